/** Print stage: self-contained HTML → A4 PDF with Chromium, offline, within a time limit. */
import type { Browser, HTTPRequest, Page } from 'puppeteer';
import { fitToPage, type TooWide } from './fit-to-page.ts';
import type { PdfMetadata } from './set-pdf-metadata.ts';
import { HALAMAN_SEMENTARA } from '../render/daftar.ts';
import { escapeHtml } from '../render/escape-html.ts';
import type { PageLabels } from '../render/render-report.ts';

/** Limit for the whole print (load, fonts, PDF, metadata); Chromium's own PDF timeout is below it. */
export const PRINT_TIME_LIMIT_MS = 180_000;
const PDF_TIMEOUT_MS = 120_000;

/** Only inline content may load: the HTML must carry its fonts and images as `data:` URIs. */
const isAllowed = (url: string): boolean => url.startsWith('data:') || url.startsWith('about:');

/** Options of `printReport`: the PDF metadata, and a time limit for tests. */
export type PrintOptions = PdfMetadata & { timeLimitMs?: number };

/** How the pages a heading stands on are numbered: not at all, lower-case roman, arabic (`data-penomoran`). */
export type Penomoran = 'tanpa' | 'romawi' | 'arab';

/** A heading (h1–h6) of the printed page, in document order. */
export interface PrintedHeading {
  /** The element's `id`, `''` when it has none. */
  id: string;
  text: string;
  penomoran: Penomoran;
}

/** Chromium's PDF (outline and tags, no metadata yet), the page's headings, and its watermark text. */
export interface RawPrint {
  pdf: Uint8Array;
  headings: PrintedHeading[];
  /** Text of the page's `.draf-watermark` element, `''` when it has none; the finishing step stamps it. */
  watermark: string;
  /** What is wider than its page even after wrapping (`fit-to-page.ts`); printed as it is, and warned about. */
  tooWide: TooWide[];
}

/** One page kept open for the prints of one report (`printReport`). */
export interface PrintSession {
  /**
   * Loads `html` and prints it as Chromium makes it; the caller finishes the PDF with `setPdfMetadata`. Any request
   * for a non-inline resource (network, `file://`) is aborted and then reported as an error, so a template that
   * references an outside file fails the build instead of printing without it.
   */
  print(html: string): Promise<RawPrint>;
  /**
   * Prints the loaded report again showing `labels` in its lists, when `html` (the report rendered with them) differs
   * from the loaded one in those labels only: each `<a href="#id"><span class="halaman">` gets its label, as the
   * template writes it, and nothing is loaded, laid out for width or measured again (setContent and the width fitting
   * are ≈ half of a print's CPU). Returns `null` when the page's labels do not then read as `html`'s: load it instead.
   */
  relabel(html: string, labels: PageLabels): Promise<RawPrint | null>;
  close(): Promise<void>;
}

/** A new page of `browser` for the prints of one report, each within `timeLimitMs`; `close` always closes it. */
export async function openPrint(browser: Browser, timeLimitMs = PRINT_TIME_LIMIT_MS): Promise<PrintSession> {
  const page = await browser.newPage();
  let loaded: Omit<RawPrint, 'pdf'> | null = null;
  const limited = async <T>(work: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Pencetakan PDF melebihi batas waktu ${Math.round(timeLimitMs / 1000)} detik.`)),
        timeLimitMs,
      );
    });
    try {
      return await Promise.race([work, deadline]);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    async print(html) {
      const raw = await limited(printPage(page, html));
      loaded = { headings: raw.headings, watermark: raw.watermark, tooWide: raw.tooWide };
      return raw;
    },
    async relabel(html, labels) {
      if (!loaded) return null;
      // As the template wrote them (escaped); a label only the escapers disagree on loads the page afresh.
      const expected = [...html.matchAll(/<span class="halaman">([^<]*)<\/span>/g)].map((m) => m[1]!);
      const shown = await page.evaluate(
        (labels: Record<string, string>, placeholder: string) => {
          const out: string[] = [];
          for (const span of Array.from(document.querySelectorAll('span.halaman'))) {
            const href = span.parentElement?.getAttribute('href') ?? '';
            if (span.parentElement?.tagName === 'A' && href.startsWith('#'))
              span.textContent = labels[href.slice(1)] ?? placeholder;
            out.push(span.textContent ?? '');
          }
          return out;
        },
        labels,
        HALAMAN_SEMENTARA,
      );
      if (shown.length !== expected.length || shown.some((t, i) => escapeHtml(t) !== expected[i])) return null;
      return { ...loaded, pdf: await limited(savePdf(page)) };
    },
    // Closing the page also ends a print still running after the deadline.
    close: () => page.close().catch(() => undefined),
  };
}

/** Loads the HTML offline and prints it; also returns the headings, to read the outline and repair its titles. */
async function printPage(page: Page, html: string): Promise<RawPrint> {
  const blocked: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    if (req.isInterceptResolutionHandled()) return;
    if (isAllowed(req.url())) return void req.continue();
    blocked.push(req.url());
    void req.abort('blockedbyclient');
  });
  await page.setContent(html, { waitUntil: 'load', timeout: PDF_TIMEOUT_MS });
  // Every function this module and fit-to-page.ts run in the page: from the TypeScript sources under tsx
  // (`npx tsx pipeline/cli.ts`), esbuild's keepNames wraps their named inner functions in a `__name` helper the page
  // does not have, so it gets an identity one (the shipped bundle and Vitest's transform add none). A string, so that
  // no transform touches it.
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (blocked.length > 0) {
    throw new Error(
      `HTML laporan meminta sumber daya dari luar, yang tidak diizinkan: ${blocked.slice(0, 5).join(', ')}` +
        (blocked.length > 5 ? ` (dan ${blocked.length - 5} lainnya)` : ''),
    );
  }
  const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) =>
    hs.map((h) => ({
      id: h.id,
      text: (h as HTMLElement).innerText,
      penomoran: (h.closest('[data-penomoran]')?.getAttribute('data-penomoran') ?? 'tanpa') as Penomoran,
    })),
  );
  const tooWide = await fitToPage(page);
  const watermark = await page.$$eval('.draf-watermark', (els) =>
    els
      .map((e) => e.textContent?.trim() ?? '')
      .join(' ')
      .trim(),
  );
  return { pdf: await savePdf(page), headings, watermark, tooWide };
}

/** The loaded page as a PDF. */
function savePdf(page: Page): Promise<Uint8Array> {
  // `outline` makes Chromium write bookmarks from the headings, and with them it tags the PDF whatever `tagged`
  // says (measured on the 37-page sample: 235 KB untagged, 816 KB tagged with outline as Chromium writes it,
  // about 0,35 MB once pdf-lib re-saves it with object streams), so `tagged` stays on for accessibility.
  return page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    outline: true,
    tagged: true,
    timeout: PDF_TIMEOUT_MS,
  });
}
