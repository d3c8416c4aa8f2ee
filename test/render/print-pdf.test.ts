/**
 * The print stage alone with real Chromium: the fixture report printed with `printReport` (two passes for real page
 * numbers, the second on the loaded page with its labels changed), a time limit, and HTML that reaches outside. What
 * the printed report looks like (numbering, running header, watermark, fonts, metadata, bookmarks, page sizes, final
 * vs draft) is checked once, on the sample the CLI built, in test/e2e/complete-report.test.ts.
 */
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../pipeline/print/launch-browser.ts';
import { openPrint } from '../../pipeline/print/print-pdf.ts';
import { printReport, type PrintedReport } from '../../pipeline/print/print-report.ts';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { renderInput } from '../fixtures/dataset.ts';
import { readPdf, type PdfContent } from '../helpers/read-pdf.ts';

const META = {
  title: 'Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024',
  author: 'Sekretariat KPU Provinsi Banten',
  subject: 'Laporan Kinerja Tahun 2024',
  keywords: ['LKj', 'SAKIP', '2024'],
};

let browser: Browser;
let printed: PrintedReport;
let pdf: PdfContent;

beforeAll(async () => {
  browser = await launchBrowser();
  printed = await printReport(browser, (pages) => renderReport({ ...renderInput('draf'), pages }), META);
  pdf = await readPdf(printed.pdf);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim());

describe('printed report', () => {
  it('starts arabic numbering at 1 on the BAB I page, and Daftar Isi says so', () => {
    const bab1 = pdf.pages.findIndex((p) => p.includes('BAB I\nPENDAHULUAN'));
    expect(lines(pdf.pages[bab1]!)).toContain('1');
    expect(lines(pdf.pages[bab1 + 1]!)).toContain('2');
    expect(printed.html).toMatch(
      /<span class="teks">PENDAHULUAN<\/span><span class="titik"><\/span><span class="halaman">1<\/span>/,
    );
  });

  it('confirms its page numbers in the second print', () => {
    expect(printed.passes).toBe(2);
  });

  it('prints the second pass on the loaded page with only its labels changed: the pages of the report loaded afresh with them', async () => {
    // printReport's second print relabelled the page it had printed with placeholders (print-report.ts); the same
    // report loaded afresh with those labels, as a rebuild's first print loads it, must give the same pages.
    const render = (pages: Record<string, string> | null) => renderReport({ ...renderInput('draf'), pages });
    const labels = printed.labels;
    const session = await openPrint(browser);
    try {
      const fresh = await session.print(render(labels));
      expect((await readPdf(fresh.pdf)).pages).toEqual(pdf.pages);
      // As printReport's second pass finds it: the page printed with placeholders. Labels other than those the HTML
      // shows (one changed): not printed as if it were that HTML; the labels it shows: printed.
      await session.print(render(null));
      const [first] = Object.keys(labels);
      expect(await session.relabel(render(labels), { ...labels, [first!]: '999' })).toBeNull();
      expect(await session.relabel(render(labels), labels)).not.toBeNull();
    } finally {
      await session.close();
    }
  });

  it('gives up with a clear message past its time limit', async () => {
    const opts = { ...META, timeLimitMs: 1 };
    const before = (await browser.pages()).length;
    await expect(printReport(browser, () => '<p>x</p>', opts)).rejects.toThrow('Pencetakan PDF melebihi batas waktu');
    expect((await browser.pages()).length).toBe(before);
  });

  it('refuses HTML that reaches outside', async () => {
    const html = '<html><body><img src="https://example.com/x.png"></body></html>';
    await expect(printReport(browser, () => html, META)).rejects.toThrow(/sumber daya dari luar.*example\.com/);
  });
});
