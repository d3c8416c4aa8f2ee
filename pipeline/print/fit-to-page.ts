/**
 * Nothing may be wider than its page: Chromium would shrink the whole report to fit it (a 300-character link in one
 * cell took every page's text from 11 pt to 7,3 pt). Before printing, in the page:
 * 1. every run of 30 or more characters without a space (links, file names, codes) gets break opportunities
 *    (`<wbr>`) after `/ . ? & = _ - : ,` and every 12 characters, so it wraps in a table cell or a paragraph;
 * 2. the page is laid out at the width of a portrait page's text (and of a landscape page's, for `.wide` sections),
 *    and whatever still sticks out is allowed to wrap anywhere and measured again;
 * 3. what sticks out even then is returned, with its text and the `data-sumber` of its cell, for a warning.
 */
import type { Page } from 'puppeteer';
import { warning, type Diagnostic } from '../diagnostic.ts';

/** Something printed wider than its page, even after wrapping. */
export interface TooWide {
  /** Its text (the start of it), as the reader sees it. */
  text: string;
  /** Where it comes from (`divisi-x.xlsx, Analisis!B7`), when its table cell says so. */
  source: string;
  /** How far it sticks out, in millimetres. */
  overMm: number;
}

const MM = 96 / 25.4;
/** Width of the text area: A4 portrait 210 mm − 25 − 20 mm margins; landscape 297 mm − 22 − 20 mm (report.css). */
const PORTRAIT_MM = 165;
const LANDSCAPE_MM = 255;

/** Breaks long words in `page`, then measures at both page widths; returns what is still too wide. */
export async function fitToPage(page: Page): Promise<TooWide[]> {
  await page.emulateMediaType('print');
  await page.evaluate(breakLongWords, 30, 12);
  const out: TooWide[] = [];
  for (const [mm, wide] of [[PORTRAIT_MM, false], [LANDSCAPE_MM, true]] as const) {
    await page.setViewport({ width: Math.floor(mm * MM), height: 1000 });
    out.push(...(await page.evaluate(findTooWide, wide, MM)));
  }
  return out;
}

/** In the page: `<wbr>` inside every run of `min` or more non-space characters (not in SVG, scripts or styles). */
function breakLongWords(min: number, every: number): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('svg, script, style, title') || !new RegExp(`\\S{${min}}`).test(n.nodeValue ?? '')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const parts = (node.nodeValue ?? '').split(new RegExp(`(\\S{${min},})`));
    const frag = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 0) return void (part && frag.append(part));
      // Pieces end after a separator, or after `every` characters without one.
      for (const piece of part.match(new RegExp(`[^/.?&=_\\-:,]{1,${every}}[/.?&=_\\-:,]*|[/.?&=_\\-:,]+`, 'g')) ?? [part]) {
        frag.append(piece, document.createElement('wbr'));
      }
    });
    node.replaceWith(frag);
  }
}

/** In the page: the innermost elements (of `.wide` sections or of the others) sticking out of the text width. */
function findTooWide(wide: boolean, mm: number): TooWide[] {
  const limit = document.documentElement.clientWidth + 1;
  const sticking = () =>
    [...document.body.querySelectorAll<HTMLElement>('*')].filter(
      (el) => !el.closest('svg') && Boolean(el.closest('.wide')) === wide && el.getBoundingClientRect().right > limit,
    );
  const innermost = (els: HTMLElement[]) => els.filter((el) => !els.some((o) => o !== el && el.contains(o)));
  // Second chance: let the culprits (and their cells) wrap anywhere, then measure again.
  for (const el of innermost(sticking())) {
    for (const e of [el, el.closest<HTMLElement>('td, th, p, li, h1, h2, h3, h4, h5, h6')]) e?.style.setProperty('overflow-wrap', 'anywhere');
  }
  return innermost(sticking()).map((el) => ({
    text: (el.innerText || el.textContent || el.tagName).replace(/\s+/g, ' ').trim().slice(0, 80),
    source: el.closest('[data-sumber]')?.getAttribute('data-sumber') ?? '',
    overMm: Math.round((el.getBoundingClientRect().right - limit) / mm),
  }));
}

/** The warning for one `TooWide`: the text, where it comes from when known, and what to do. */
export function tooWideDiagnostic(t: TooWide): Diagnostic {
  const at = /^(.+?\.xlsx), ([^!]+)!([A-Z]+\d+)/.exec(t.source);
  const where = t.source ? ` (sumber: ${t.source})` : '';
  const message =
    `Teks "${t.text}"${where} lebih lebar dari halaman (menonjol ${t.overMm} mm) walaupun sudah dipenggal; bagian itu ` +
    'dicetak melewati batas kanan halaman. Sisipkan spasi pada teks itu atau persingkat, lalu susun ulang laporan.';
  return warning({ rule: 'teks-terlalu-lebar', file: at?.[1] ?? 'laporan', ...(at ? { sheet: at[2] as string, cell: at[3] as string } : {}), message });
}
