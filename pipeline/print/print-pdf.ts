/** Print stage: self-contained HTML → A4 PDF with Chromium, offline, within a time limit. */
import type { Browser, HTTPRequest, Page } from 'puppeteer';
import { fitToPage, type TooWide } from './fit-to-page.ts';
import type { PdfMetadata } from './set-pdf-metadata.ts';

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

/**
 * One print as Chromium makes it, within the time limit; the caller finishes it with `setPdfMetadata`. Uses a new
 * page of the given browser and always closes it. Any request for a non-inline resource (network, `file://`) is
 * aborted and then reported as an error, so a template that references an outside file fails the build instead of
 * printing without it.
 */
export async function printRaw(browser: Browser, html: string, timeLimitMs = PRINT_TIME_LIMIT_MS): Promise<RawPrint> {
  const page = await browser.newPage();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Pencetakan PDF melebihi batas waktu ${Math.round(timeLimitMs / 1000)} detik.`)),
      timeLimitMs,
    );
  });
  try {
    return await Promise.race([printPage(page, html), deadline]);
  } finally {
    clearTimeout(timer);
    // Closing the page also ends a print still running after the deadline.
    await page.close().catch(() => undefined);
  }
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
  // `outline` makes Chromium write bookmarks from the headings, and with them it tags the PDF whatever `tagged`
  // says (measured on the 37-page sample: 235 KB untagged, 816 KB tagged with outline as Chromium writes it,
  // about 0,35 MB once pdf-lib re-saves it with object streams), so `tagged` stays on for accessibility.
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    outline: true,
    tagged: true,
    timeout: PDF_TIMEOUT_MS,
  });
  return { pdf, headings, watermark, tooWide };
}
