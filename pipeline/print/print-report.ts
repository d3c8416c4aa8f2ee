/**
 * Prints the report with real page numbers in Daftar Isi, Daftar Tabel and Daftar Gambar, in passes: the first
 * print has placeholders; the pages where the listed headings landed are read from the PDF outline and the report
 * is rendered and printed again with them; this repeats until a print confirms the numbers it shows (at most
 * three prints). The number column has a fixed width, so the second print normally confirms at once; given the
 * labels of an earlier print of the same report (a rebuild), the first print usually confirms them.
 * A later pass prints the page already loaded with only its labels changed (`PrintSession.relabel`), which must
 * read as the report rendered with them; otherwise it loads the rendered report afresh. Either way the PDF is the
 * HTML returned (drafts.test.ts: a report printed in two passes has the bytes of its one-pass rebuild).
 */
import { createHash } from 'node:crypto';
import type { Browser } from 'puppeteer';
import type { PageLabels } from '../render/render-report.ts';
import { labelPages } from './label-pages.ts';
import type { TooWide } from './fit-to-page.ts';
import { openPrint, type PrintOptions, type PrintSession, type RawPrint } from './print-pdf.ts';
import { readOutline } from './read-outline.ts';
import { loadPrintedPdf, setPdfMetadata } from './set-pdf-metadata.ts';

/** Most prints one report may take. */
export const MAKS_CETAK = 3;

/** The finished PDF, the HTML it was printed from (for `output/`), and how many prints it took. */
export interface PrintedReport {
  pdf: Uint8Array;
  html: string;
  passes: number;
  pages: number;
  /** The page labels the PDF shows (heading id → label), a good first guess for the next print of this report. */
  labels: PageLabels;
  /** What is wider than its page even after wrapping: printed as it is, for a warning. */
  tooWide: TooWide[];
}

const sameLabels = (a: PageLabels, b: PageLabels): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * `render(null)` must give the report with placeholder page numbers, `render(labels)` the report showing those
 * labels (`renderReport({ …, pages })`). Throws when the numbers still move after `MAKS_CETAK` prints.
 */
export async function printReport(
  browser: Browser,
  render: (pages: PageLabels | null) => string,
  meta: PrintOptions,
  /** Labels of an earlier print of this report: when the first print confirms them, one print is enough. */
  guess: PageLabels | null = null,
): Promise<PrintedReport> {
  const { timeLimitMs, ...metadata } = meta;
  const session = await openPrint(browser, timeLimitMs);
  try {
    return await printPasses(session, render, metadata, guess);
  } finally {
    await session.close();
  }
}

async function printPasses(
  session: PrintSession,
  render: (pages: PageLabels | null) => string,
  metadata: Omit<PrintOptions, 'timeLimitMs'>,
  guess: PageLabels | null,
): Promise<PrintedReport> {
  let shown: PageLabels | null = guess;
  for (let pass = 1; pass <= MAKS_CETAK; pass++) {
    const html = render(shown);
    // Null on the first pass (nothing loaded yet) and whenever the loaded page cannot just be relabelled
    const again: RawPrint | null = shown ? await session.relabel(html, shown) : null;
    const { pdf, headings, watermark, tooWide } = again ?? (await session.print(html));
    // Parsed once: the outline is read from it, and the confirmed print is finished from the same document.
    const doc = await loadPrintedPdf(pdf);
    const found = labelPages(headings, readOutline(doc));
    if (shown !== null && sameLabels(found, shown)) {
      // The document ID follows from what was printed, so the same HTML gives the same bytes (SOURCE_DATE_EPOCH).
      const documentId = metadata.documentId ?? createHash('sha256').update(html).digest('hex').slice(0, 32);
      const pages = doc.getPageCount();
      const finished = await setPdfMetadata(
        doc,
        { ...metadata, documentId },
        headings.map((h) => h.text),
        watermark,
      );
      return { pdf: finished, html, passes: pass, pages, labels: found, tooWide };
    }
    shown = found;
  }
  throw new Error(
    `Nomor halaman pada Daftar Isi belum stabil setelah ${MAKS_CETAK} kali cetak (tata letak berubah setiap kali ` +
      'nomor halaman diperbarui). Laporkan kepada pengembang beserta berkas masukan.',
  );
}
