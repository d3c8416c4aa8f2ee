/**
 * Printing the fixture with real Chromium: one browser for the file, the draft printed once with `printReport`
 * (two passes for real page numbers). Read back with pdf.js and pdf-lib only: no system tools.
 */
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../pipeline/print/launch-browser.ts';
import { printPdf } from '../../pipeline/print/print-pdf.ts';
import { printReport, type PrintedReport } from '../../pipeline/print/print-report.ts';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { renderInput } from '../fixtures/dataset.ts';
import { fontsOf, readPdf, type PdfContent } from '../helpers/read-pdf.ts';
import { watermarkedPages } from './watermark-pages.ts';

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
  it('has the cover, without a page number or running header', () => {
    const cover = pdf.pages[0]!;
    expect(cover).toContain('LAPORAN KINERJA');
    expect(cover).toContain('SEKRETARIAT KPU PROVINSI BANTEN');
    expect(cover).not.toContain('Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024');
    expect(lines(cover)).not.toContain('i');
  });

  it('numbers the front matter in roman from the Kata Pengantar and repeats the running header', () => {
    expect(pdf.pages[1]).toContain('KATA PENGANTAR');
    expect(lines(pdf.pages[1]!)).toContain('i');
    expect(pdf.pages[2]).toContain('IKHTISAR EKSEKUTIF');
    expect(pdf.pages[2]).toContain('Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024');
    expect(lines(pdf.pages[2]!)).toContain('ii');
  });

  it('starts arabic numbering at 1 on the BAB I page, and Daftar Isi says so', () => {
    const bab1 = pdf.pages.findIndex((p) => p.includes('BAB I\nPENDAHULUAN'));
    expect(lines(pdf.pages[bab1]!)).toContain('1');
    expect(lines(pdf.pages[bab1 + 1]!)).toContain('2');
    expect(printed.html).toMatch(/<span class="teks">PENDAHULUAN<\/span><span class="titik"><\/span><span class="halaman">1<\/span>/);
  });

  it('confirms its page numbers in the second print', () => {
    expect(printed.passes).toBe(2);
  });

  it('prints the draft line on every page and stamps the watermark on every page', async () => {
    expect(pdf.pages.every((p) => p.includes('sidik 3f9a2c1e'))).toBe(true);
    expect(await watermarkedPages(printed.pdf)).toEqual(pdf.pages.map(() => true));
  });

  it('embeds every font', async () => {
    const fonts = await fontsOf(printed.pdf);
    expect(fonts.map((f) => f.name).join(' ')).toMatch(/Arimo-Regular/);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('carries the metadata and bookmarks for chapters, with the spaces Chromium drops at line wraps put back', () => {
    expect(pdf.info).toMatchObject({ Title: META.title, Author: META.author, Subject: META.subject, Creator: 'lkj', Keywords: 'LKj SAKIP 2024' });
    const chapters = pdf.outline.filter((o) => o.depth === 0).map((o) => o.title);
    expect(chapters.slice(0, 6)).toEqual(['KATA PENGANTAR', 'IKHTISAR EKSEKUTIF', 'DAFTAR ISI', 'DAFTAR TABEL', 'DAFTAR GAMBAR', 'BAB I PENDAHULUAN']);
    expect(pdf.outline.map((o) => o.title)).toContain(
      'IKU-02 Tingkat partisipasi pemilih pada Pemilihan Gubernur dan Wakil Gubernur Banten Tahun 2024',
    );
  });

  it('prints the Rencana Aksi on landscape A4 and the rest on portrait A4', async () => {
    const doc = await PDFDocument.load(printed.pdf);
    const start = pdf.outline.find((o) => o.title.startsWith('LAMPIRAN 2'))!.pageIndex;
    const end = pdf.outline.find((o) => o.title.startsWith('LAMPIRAN 3'))!.pageIndex;
    doc.getPages().forEach((page, i) => {
      const { width, height } = page.getSize();
      const landscape = i >= start && i < end;
      expect([Math.round(width), Math.round(height)], `page ${i + 1}`).toEqual(landscape ? [842, 595] : [595, 842]);
    });
  });

  it('leaves watermark and draft line out of a final report', async () => {
    const final = await printPdf(browser, renderReport(renderInput('final')), META);
    expect((await readPdf(final)).pages.join('\n')).not.toMatch(/DRAF|sidik/);
    expect((await watermarkedPages(final)).some(Boolean)).toBe(false);
  });

  it('gives up with a clear message past its time limit', async () => {
    const opts = { ...META, timeLimitMs: 1 };
    const before = (await browser.pages()).length;
    await expect(printPdf(browser, '<p>x</p>', opts)).rejects.toThrow('Pencetakan PDF melebihi batas waktu');
    expect((await browser.pages()).length).toBe(before);
  });

  it('refuses HTML that reaches outside', async () => {
    const html = '<html><body><img src="https://example.com/x.png"></body></html>';
    await expect(printPdf(browser, html, META)).rejects.toThrow(/sumber daya dari luar.*example\.com/);
  });
});
