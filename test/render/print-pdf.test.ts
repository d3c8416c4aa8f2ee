/** The one test that prints with real Chromium: one browser for the file, the fixture printed once. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../pipeline/print/launch-browser.ts';
import { printPdf } from '../../pipeline/print/print-pdf.ts';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { renderInput } from '../fixtures/dataset.ts';

const run = promisify(execFile);

let browser: Browser;
let dir: string;
let pdfPath: string;
let pdfBytes: Uint8Array;

/** The text of one page (1-based), as poppler extracts it. */
async function pageText(page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), pdfPath, '-']);
  return stdout;
}

const lines = (text: string): string[] => text.split('\n').map((l) => l.trim());

beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'lkj-print-'));
  pdfPath = join(dir, 'lkj.pdf');
  const pdf = await printPdf(browser, renderReport(renderInput('draf')), {
    title: 'Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024',
    author: 'Sekretariat KPU Provinsi Banten',
    subject: 'Laporan Kinerja Tahun 2024',
    keywords: ['LKj', 'SAKIP', '2024'],
  });
  await writeFile(pdfPath, pdf);
  pdfBytes = pdf;
}, 120_000);

/** Bookmark titles, depth first. */
async function outlineTitles(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const titles: string[] = [];
  const visit = (item: PDFDict | undefined): void => {
    for (; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      titles.push(item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText());
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return titles;
}

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('printed report', () => {
  it('has the cover, without a page number or running header', async () => {
    const cover = await pageText(1);
    expect(cover).toContain('LAPORAN KINERJA');
    expect(cover).toContain('SEKRETARIAT KPU PROVINSI BANTEN');
    expect(cover).toContain('TAHUN 2024');
    expect(cover).not.toContain('Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024');
    expect(lines(cover)).not.toContain('i');
  });

  it('numbers the Ikhtisar page in roman and repeats the running header', async () => {
    const ikhtisar = await pageText(2);
    expect(ikhtisar).toContain('IKHTISAR EKSEKUTIF');
    expect(ikhtisar).toContain('Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024');
    expect(ikhtisar).toContain('85,23');
    expect(lines(ikhtisar)).toContain('i');
  });

  it('starts arabic numbering at 1 on the first BAB page', async () => {
    const bab = await pageText(3);
    expect(bab).toContain('BAB III');
    expect(lines(bab)).toContain('1');
    expect(lines(await pageText(4))).toContain('2');
  });

  it('prints the draft line with build time and fingerprint', async () => {
    expect(await pageText(1)).toContain('sidik 3f9a2c1e');
  });

  it('embeds every font', async () => {
    const { stdout } = await run('pdffonts', [pdfPath]);
    const rows = stdout.split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the end.
    const notEmbedded = rows.filter((r) => r.trim().split(/\s+/).at(-5) !== 'yes');
    expect(notEmbedded).toEqual([]);
    expect(stdout).toContain('Arimo-Regular');
  });

  it('carries the metadata and the outline', async () => {
    const { stdout } = await run('pdfinfo', [pdfPath]);
    expect(stdout).toMatch(/Title:\s+Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024/);
    expect(stdout).toMatch(/Creator:\s+lkj/);
    expect(stdout).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('has bookmarks for the chapters, with the spaces Chromium drops at line wraps put back', async () => {
    const titles = await outlineTitles(pdfBytes);
    expect(titles.slice(0, 3)).toEqual(['IKHTISAR EKSEKUTIF', 'BAB III AKUNTABILITAS KINERJA', 'A. Capaian Kinerja Organisasi']);
    expect(titles).toContain(
      'IKU-02 Tingkat partisipasi pemilih pada Pemilihan Gubernur dan Wakil Gubernur Banten Tahun 2024',
    );
  });

  it('gives up with a clear message past its time limit', async () => {
    const opts = { title: 't', author: 'a', subject: 's', keywords: [], timeLimitMs: 1 };
    const before = (await browser.pages()).length;
    await expect(printPdf(browser, '<p>x</p>', opts)).rejects.toThrow('Pencetakan PDF melebihi batas waktu');
    expect((await browser.pages()).length).toBe(before);
  });

  it('refuses HTML that reaches outside', async () => {
    const html = '<html><body><img src="https://example.com/x.png"></body></html>';
    await expect(printPdf(browser, html, { title: 't', author: 'a', subject: 's', keywords: [] })).rejects.toThrow(
      /sumber daya dari luar.*example\.com/,
    );
  });
});
