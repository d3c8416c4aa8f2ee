/**
 * Staff-written Markdown → HTML for the narrative slots. Raw HTML is escaped (`html: false`), pictures are local
 * files embedded as numbered figures (`markdown-gambar.ts`; nothing is ever loaded from outside), headings are moved below the
 * report's own levels so they nest under the section they are written in, and tables get the report's table style.
 * A paragraph `Tabel: <judul>` right above a table becomes that table's numbered caption (listed in Daftar Tabel).
 */
import MarkdownIt from 'markdown-it';
import { TEXT_LIMITS } from '../load/limits.ts';
import { escapeHtml } from './escape-html.ts';
import { imageRefsOf, pictureTokens, type ImageRef, type NarasiGambar } from './markdown-gambar.ts';
import { keepSmallTables } from './markdown-tabel.ts';
import type { Judul } from './view-types.ts';

type Markdown = InstanceType<typeof MarkdownIt>;

/** A `#` heading in a narrative file becomes this level (BAB is h1, its sections h2). */
const TINGKAT_JUDUL_NARASI = 3;

function createMarkdown(): Markdown {
  // The same depth as `narrative-depth.ts` checks, so what it warns about is exactly what is cut.
  const md = new MarkdownIt({
    html: false,
    linkify: false,
    typographer: false,
    breaks: false,
    maxNesting: TEXT_LIMITS.narrativeNesting,
  });
  const rules = md.renderer.rules;
  const shift = (tag: string): string => `h${Math.min(6, Number(tag.slice(1)) + TINGKAT_JUDUL_NARASI - 1)}`;
  rules.heading_open = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    token.tag = shift(token.tag);
    token.attrJoin('class', 'judul-narasi');
    return self.renderToken(tokens, idx, options);
  };
  rules.heading_close = (tokens, idx, options, _env, self) => {
    tokens[idx]!.tag = shift(tokens[idx]!.tag);
    return self.renderToken(tokens, idx, options);
  };
  rules.table_open = (tokens, idx, options, _env, self) => {
    const utuh = (tokens[idx]!.meta as { utuh?: boolean } | null)?.utuh === true;
    tokens[idx]!.attrJoin('class', utuh ? 'tabel tabel-narasi tabel-utuh' : 'tabel tabel-narasi');
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

let cached: Markdown | undefined;

/** `Tabel: Jumlah Pegawai` (any case, then the caption). */
const CAPTION = /^tabel\s*:\s*(\S[\s\S]*)$/i;

/** The caption heading, as `partials/judul-tabel.hbs` prints it. */
function captionHtml(j: Judul): string {
  const e = escapeHtml;
  return `<h6 class="judul-tabel" id="${e(j.id)}"><span class="nomor-tabel">${e(j.nomor)}</span> ${e(j.teks)}</h6>\n`;
}

/** The pictures the Markdown text names (`![judul](berkas)`), for the build's checks. */
export function imageRefs(text: string): ImageRef[] {
  return imageRefsOf((cached ??= createMarkdown()).parse(text, {}));
}

/**
 * The Markdown text as an HTML fragment, safe to print unescaped. `tabel` numbers a caption written as
 * `Tabel: …` above a table; without it such a paragraph stays a paragraph. `gambar` numbers and embeds pictures;
 * without it a picture prints as `[Gambar: judul]`.
 */
export function markdownHtml(text: string, tabel?: (teks: string) => Judul, gambar?: NarasiGambar): string {
  const md = (cached ??= createMarkdown());
  const tokens = md.parse(text, {});
  pictureTokens(tokens, gambar);
  keepSmallTables(tokens);
  for (let i = 0; tabel && i + 3 < tokens.length; i++) {
    const [open, inline, close, next] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!, tokens[i + 3]!];
    const m = inline.type === 'inline' ? CAPTION.exec(inline.content.trim()) : null;
    if (open.type !== 'paragraph_open' || close.type !== 'paragraph_close' || next.type !== 'table_open' || !m)
      continue;
    // The paragraph's tokens become one block of ready HTML (raw HTML in the text itself is still escaped).
    Object.assign(open, {
      type: 'html_block',
      tag: '',
      nesting: 0,
      content: captionHtml(tabel(m[1]!.replace(/\s+/g, ' '))),
    });
    tokens.splice(i + 1, 2);
  }
  return md.renderer.render(tokens, md.options, {});
}
