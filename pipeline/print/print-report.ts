/**
 * Prints the report with real page numbers in Daftar Isi, Daftar Tabel and Daftar Gambar, in passes: the first
 * print has placeholders; the pages where the listed headings landed are read from the PDF outline and the report
 * is rendered and printed again with them; this repeats until a print confirms the numbers it shows (at most
 * three prints). The number column has a fixed width, so the second print normally confirms at once.
 */
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'puppeteer';
import type { PageLabels } from '../render/render-report.ts';
import { labelPages } from './label-pages.ts';
import { printRaw, type PrintOptions } from './print-pdf.ts';
import { readOutline } from './read-outline.ts';
import { setPdfMetadata } from './set-pdf-metadata.ts';

/** Most prints one report may take. */
export const MAKS_CETAK = 3;

/** The finished PDF, the HTML it was printed from (for `output/`), and how many prints it took. */
export interface PrintedReport {
  pdf: Uint8Array;
  html: string;
  passes: number;
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
): Promise<PrintedReport> {
  const { timeLimitMs, ...metadata } = meta;
  let shown: PageLabels | null = null;
  for (let pass = 1; pass <= MAKS_CETAK; pass++) {
    const html = render(shown);
    const { pdf, headings, watermark } = await printRaw(browser, html, timeLimitMs);
    const found = labelPages(headings, readOutline(await PDFDocument.load(pdf, { updateMetadata: false })));
    if (shown !== null && sameLabels(found, shown)) {
      const finished = await setPdfMetadata(pdf, metadata, headings.map((h) => h.text), watermark);
      return { pdf: finished, html, passes: pass };
    }
    shown = found;
  }
  throw new Error(
    `Nomor halaman pada Daftar Isi belum stabil setelah ${MAKS_CETAK} kali cetak (tata letak berubah setiap kali ` +
      'nomor halaman diperbarui). Laporkan kepada pengembang beserta berkas masukan.',
  );
}
