/** Print stage: self-contained HTML → A4 PDF with Chromium, offline, within a time limit. */
import type { Browser, HTTPRequest, Page } from 'puppeteer';
import { setPdfMetadata, type PdfMetadata } from './set-pdf-metadata.ts';

/** Limit for the whole print (load, fonts, PDF, metadata); Chromium's own PDF timeout is below it. */
export const PRINT_TIME_LIMIT_MS = 180_000;
const PDF_TIMEOUT_MS = 120_000;

/** Only inline content may load: the HTML must carry its fonts and images as `data:` URIs. */
const isAllowed = (url: string): boolean => url.startsWith('data:') || url.startsWith('about:');

/** Options of `printPdf`: the PDF metadata, and a time limit for tests. */
export type PrintOptions = PdfMetadata & { timeLimitMs?: number };

/**
 * The report as PDF bytes. Uses a new page of the given browser and always closes it. Any request for a
 * non-inline resource (network, `file://`) is aborted and then reported as an error, so a template that
 * references an outside file fails the build instead of printing without it.
 */
export async function printPdf(browser: Browser, html: string, opts: PrintOptions): Promise<Uint8Array> {
  const { timeLimitMs = PRINT_TIME_LIMIT_MS, ...meta } = opts;
  const page = await browser.newPage();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Pencetakan PDF melebihi batas waktu ${Math.round(timeLimitMs / 1000)} detik.`)),
      timeLimitMs,
    );
  });
  try {
    const { pdf, headings } = await Promise.race([printPage(page, html), deadline]);
    return await setPdfMetadata(pdf, meta, headings);
  } finally {
    clearTimeout(timer);
    // Closing the page also ends a print still running after the deadline.
    await page.close().catch(() => undefined);
  }
}

/** Loads the HTML offline and prints it; also returns the headings' texts, to repair the PDF outline. */
async function printPage(page: Page, html: string): Promise<{ pdf: Uint8Array; headings: string[] }> {
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
  const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => (h as HTMLElement).innerText));
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    outline: true,
    tagged: true,
    timeout: PDF_TIMEOUT_MS,
  });
  return { pdf, headings };
}
