/**
 * Nothing may be wider than its page: Chromium would shrink the whole report to fit it (a 300-character link in one
 * cell took every page's text from 11 pt to 7,3 pt). Before printing, the page is laid out at the width of a
 * portrait page's text (and of a landscape page's, for `.wide` sections); only where something sticks out:
 * 1. in its table (or paragraph), every run of 30 or more characters without a space (links, file names, codes)
 *    gets break opportunities (`<wbr>`) after `/ . ? & = _ - : ,` and every 12 characters, so it wraps;
 * 2. whatever still sticks out is allowed to wrap anywhere;
 * 3. what sticks out even then is returned, with its text and the `data-sumber` of its cell, for a warning.
 * A report where nothing sticks out prints exactly as before.
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

/** Lays the page out at both page widths, wraps what sticks out, and returns what is still too wide. */
export async function fitToPage(page: Page): Promise<TooWide[]> {
  await page.emulateMediaType('print');
  const out: TooWide[] = [];
  for (const [mm, wide] of [
    [PORTRAIT_MM, false],
    [LANDSCAPE_MM, true],
  ] as const) {
    await page.setViewport({ width: Math.floor(mm * MM), height: 1000 });
    out.push(...(await page.evaluate(fitInPage, wide, MM)));
  }
  return out;
}

/**
 * In the page, for the `.wide` sections or for the others: finds the innermost elements sticking out of the text
 * width; gives the long words of their table (or paragraph) break opportunities; lets what still sticks out wrap
 * anywhere; returns what sticks out even then. Self-contained: it runs in Chromium.
 */
function fitInPage(wide: boolean, mm: number): TooWide[] {
  const MIN = 30;
  const EVERY = 12;
  const SEP = '/.?&=_\\-:,';
  const limit = document.documentElement.clientWidth + 1;
  const sticking = () => {
    const els = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
      (el) => !el.closest('svg') && Boolean(el.closest('.wide')) === wide && el.getBoundingClientRect().right > limit,
    );
    return els.filter((el) => !els.some((o) => o !== el && el.contains(o)));
  };
  const breakLongWords = (root: Element) => {
    const long = new RegExp(`\\S{${MIN}}`);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('svg, script, style') || !long.test(n.nodeValue ?? '')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (const node of nodes) {
      const frag = document.createDocumentFragment();
      (node.nodeValue ?? '').split(new RegExp(`(\\S{${MIN},})`)).forEach((part, i) => {
        if (i % 2 === 0) return void (part && frag.append(part));
        // Pieces end after a separator, or after EVERY characters without one.
        for (const piece of part.match(new RegExp(`[^${SEP}]{1,${EVERY}}[${SEP}]*|[${SEP}]+`, 'g')) ?? [part]) {
          frag.append(piece, document.createElement('wbr'));
        }
      });
      node.replaceWith(frag);
    }
  };
  let out = sticking();
  if (out.length === 0) return [];
  const boxes = new Set(out.map((el) => el.closest('table') ?? el.closest('p, li, h1, h2, h3, h4, h5, h6, div') ?? el));
  boxes.forEach(breakLongWords);
  out = sticking();
  for (const el of out) {
    for (const e of [el, el.closest<HTMLElement>('td, th, p, li, h1, h2, h3, h4, h5, h6')])
      e?.style.setProperty('overflow-wrap', 'anywhere');
  }
  return sticking().map((el) => ({
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
  return warning({
    rule: 'teks-terlalu-lebar',
    file: at?.[1] ?? 'laporan',
    ...(at ? { sheet: at[2] as string, cell: at[3] as string } : {}),
    message,
  });
}
