/**
 * Pictures in parsed narrative Markdown: a paragraph holding only pictures becomes numbered figures (`Gambar 1.1`,
 * listed in Daftar Gambar) with the picture embedded as a `data:` URI; a picture inside a sentence, or one the
 * report may not print, is printed as words instead (the build reports why, see `narasi-gambar.ts`).
 */
import type MarkdownIt from 'markdown-it';
import { escapeHtml as e } from './escape-html.ts';
import type { RuleCode } from '../rules.ts';
import { withReportFont } from './svg-report-font.ts';
import type { Judul } from './view-types.ts';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** A picture the report can print, or why it cannot (`narasi-gambar.ts` resolves a reference to one). */
export type GambarHasil =
  { ok: true; kunci: string; dataUri: string } | { ok: false; rule: RuleCode; alasan: string; galat: boolean };

/** How a narrative slot numbers and finds its pictures. */
export interface NarasiGambar {
  /** The next figure number of the chapter the slot stands in. */
  judul(teks: string): Judul;
  resolve(src: string): GambarHasil;
}

/** A picture reference as written: its file, its caption, and whether it stands in a paragraph of its own. */
export interface ImageRef {
  src: string;
  judul: string;
  sendiri: boolean;
}

const onlyPictures = (children: readonly Token[]): boolean =>
  children.every((c) => c.type === 'image' || c.type === 'softbreak' || (c.type === 'text' && c.content.trim() === ''));

/** Every picture in the token stream, in order. */
export function imageRefsOf(tokens: readonly Token[]): ImageRef[] {
  return tokens.flatMap((t, i) => {
    if (t.type !== 'inline' || !t.children) return [];
    const sendiri = tokens[i - 1]?.type === 'paragraph_open' && onlyPictures(t.children);
    return t.children
      .filter((c) => c.type === 'image')
      .map((c) => ({ src: String(c.attrGet('src') ?? ''), judul: c.content, sendiri }));
  });
}

function figureHtml(img: Token, gambar: NarasiGambar): string {
  const src = String(img.attrGet('src') ?? '');
  const r = gambar.resolve(src);
  if (!r.ok) return `<div class="gambar-kosong" role="note">Gambar tidak dapat dicetak: ${e(r.alasan)}</div>\n`;
  const j = gambar.judul(img.content.trim() || r.kunci);
  return (
    `<figure class="gambar gambar-narasi"><div class="gambar-isi"><img src="${e(withReportFont(r.dataUri))}" alt="${e(img.content)}"></div>` +
    `<figcaption><h6 class="judul-gambar" id="${e(j.id)}"><span class="nomor-tabel">${e(j.nomor)}</span> ${e(j.teks)}</h6></figcaption></figure>\n`
  );
}

/** Rewrites the tokens in place: picture paragraphs become figures, other pictures `[Gambar: judul]`. */
export function pictureTokens(tokens: Token[], gambar: NarasiGambar | undefined): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'inline' || !t.children?.some((c) => c.type === 'image')) continue;
    const open = tokens[i - 1];
    if (
      gambar &&
      open?.type === 'paragraph_open' &&
      tokens[i + 1]?.type === 'paragraph_close' &&
      onlyPictures(t.children)
    ) {
      const html = t.children
        .filter((c) => c.type === 'image')
        .map((c) => figureHtml(c, gambar))
        .join('');
      Object.assign(open, { type: 'html_block', tag: '', nesting: 0, content: html });
      tokens.splice(i, 2);
      i--;
      continue;
    }
    for (const c of t.children)
      if (c.type === 'image')
        Object.assign(c, { type: 'text', tag: '', content: `[Gambar: ${c.content}]`, children: null });
  }
}
