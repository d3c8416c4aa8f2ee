/**
 * End to end, the complete LKj as `npm run build-report` makes it: the shipped CLI built the sample (YAML, real .xlsx
 * workbooks, narrative Markdown) with real Chromium once for the whole run (test/helpers/global-setup.ts); this file
 * reads that draft back. The final report is checked in final.test.ts, which builds one.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../pipeline/diagnostic.ts';
import { launchBrowser } from '../../pipeline/print/launch-browser.ts';
import { PENANDA_NARASI } from '../../pipeline/render/view-narasi.ts';
import { fontsOf, readPdf, type PdfContent } from '../helpers/read-pdf.ts';
import { sharedSample } from '../helpers/shared-sample.ts';
import { watermarkedPages } from '../render/watermark-pages.ts';

/**
 * One report as the CLI wrote it: the PDF, its HTML, what the JSON says about the build, the PDF read back (pdf.js) and
 * loaded once with pdf-lib for the tests that look at its structure (fonts, page sizes, watermark), which only read it.
 */
interface Built {
  printed: { pdf: Uint8Array; html: string };
  build: { fingerprint: string };
  diagnostics: Diagnostic[];
  pdf: PdfContent;
  doc: PDFDocument;
}

let browser: Browser;
let draf: Built;

/** The report the CLI wrote into `output` (the one `LKj-*.pdf` there, its `.html` and `.json`). */
async function readBuilt(output: string): Promise<Built> {
  const stem = (await readdir(output)).find((f) => f.startsWith('LKj-') && f.endsWith('.pdf'))?.slice(0, -4);
  if (!stem) throw new Error(`no report in ${output}`);
  const pdf = await readFile(join(output, `${stem}.pdf`));
  const json = JSON.parse(await readFile(join(output, `${stem}.json`), 'utf8'));
  const html = await readFile(join(output, `${stem}.html`), 'utf8');
  return {
    printed: { pdf, html },
    build: json.build,
    diagnostics: json.diagnostics,
    pdf: await readPdf(pdf),
    doc: await PDFDocument.load(pdf, { updateMetadata: false }),
  };
}

beforeAll(async () => {
  const shared = await sharedSample();
  expect(shared.run.code, shared.run.stderr).toBe(0);
  draf = await readBuilt(shared.output);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

const squash = (s: string): string => s.replace(/\s+/g, '');
const decode = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

/** The page label printed in the footer of each page (`''` on the cover): the lowest line that is only a number. */
const footerLabels = (pdf: PdfContent): string[] =>
  pdf.pages.map(
    (p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^([ivxlc]+|\d+)$/.test(l))
        .at(-1) ?? '',
  );

/** Every line of Daftar Isi, Daftar Tabel and Daftar Gambar as the HTML that was printed has it. */
function listEntries(html: string) {
  const re =
    /<li class="tingkat-(\d)"><a href="#([^"]+)">(?:<span class="nomor">([^<]*)<\/span> )?<span class="teks">([^<]*)<\/span><span class="titik"><\/span><span class="halaman">([^<]*)<\/span>/g;
  return [...html.matchAll(re)].map((m) => ({
    id: m[2]!,
    judul: decode(`${m[3] ?? ''} ${m[4]!}`.trim()),
    halaman: m[5]!,
  }));
}

const CHAPTERS = [
  'KATA PENGANTAR',
  'IKHTISAR EKSEKUTIF',
  'DAFTAR ISI',
  'DAFTAR TABEL',
  'DAFTAR GAMBAR',
  'BAB I PENDAHULUAN',
  'BAB II PERENCANAAN KINERJA',
  'BAB III AKUNTABILITAS KINERJA',
  'BAB IV PENUTUP',
  'LAMPIRAN 1 PERJANJIAN KINERJA TAHUN 2024',
  'LAMPIRAN 2 RENCANA AKSI TAHUN 2024',
  'LAMPIRAN 3 METODE PERHITUNGAN INDIKATOR KINERJA',
  'LAMPIRAN 4 PENGUKURAN KINERJA TAHUN 2024',
  'LAMPIRAN 5 PERJANJIAN KINERJA TAHUN 2025',
  'LAMPIRAN 6 RENCANA AKSI TAHUN 2025',
  'LAMPIRAN 7 TINDAK LANJUT REKOMENDASI HASIL EVALUASI SAKIP',
  'LAMPIRAN 8 SUMBER DATA',
  'LAMPIRAN 9 PERNYATAAN TELAH DIREVIU',
];

describe('the complete sample report', () => {
  it('is built without errors and with every narrative slot filled', () => {
    expect(draf.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(draf.diagnostics.filter((d) => d.rule.startsWith('narasi-'))).toEqual([]);
  });

  it('has every chapter as a bookmark and printed on its page', () => {
    const top = draf.pdf.outline.filter((o) => o.depth === 0);
    expect(top.map((o) => o.title)).toEqual(CHAPTERS);
    for (const o of top) expect(squash(draf.pdf.pages[o.pageIndex]!)).toContain(squash(o.title));
  });

  it('numbers the front matter i, ii, … from the Kata Pengantar and the body 1, 2, … from BAB I, cover unnumbered', () => {
    const labels = footerLabels(draf.pdf);
    const bab1 = draf.pdf.outline.find((o) => o.title === 'BAB I PENDAHULUAN')!.pageIndex;
    const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
    expect(labels[0]).toBe('');
    // The running header: on every page after the cover, never on the cover.
    const header = 'Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024';
    expect(draf.pdf.pages[0]).toContain('LAPORAN KINERJA');
    expect(draf.pdf.pages[0]).not.toContain(header);
    expect(draf.pdf.pages[2]).toContain(header);
    expect(labels.slice(1, bab1)).toEqual(roman.slice(0, bab1 - 1));
    expect(labels.slice(bab1)).toEqual(labels.slice(bab1).map((_, i) => String(i + 1)));
  });

  it('gives every Daftar Isi, Daftar Tabel and Daftar Gambar entry the page where its heading is printed', () => {
    const entries = listEntries(draf.printed.html);
    const labels = footerLabels(draf.pdf);
    const pageOf = (title: string): number => draf.pdf.outline.find((o) => o.title === title)!.pageIndex;
    const lists = draf.pdf.pages.slice(pageOf('DAFTAR ISI'), pageOf('BAB I PENDAHULUAN')).join('\n');
    expect(entries.length).toBeGreaterThan(60);
    for (const e of entries) {
      const page = labels.indexOf(e.halaman);
      expect(page, `${e.judul}: no page is labelled ${e.halaman}`).toBeGreaterThan(0);
      expect(squash(draf.pdf.pages[page]!), `${e.judul} on the page labelled ${e.halaman}`).toContain(squash(e.judul));
      expect(squash(lists), `${e.judul} with ${e.halaman} in the lists`).toContain(squash(`${e.judul}${e.halaman}`));
      const bookmark = draf.pdf.outline.find((o) => squash(o.title) === squash(e.judul));
      expect(bookmark?.pageIndex, `${e.judul}: bookmark`).toBe(page);
    }
  });

  it("embeds every font, all the report's Arimo (the organisation chart's SVG too), sets the metadata, stays small", async () => {
    const fonts = await fontsOf(draf.doc);
    expect(fonts.map((f) => f.name).join(' ')).toMatch(/Arimo-Regular/);
    expect(fonts.map((f) => f.name.replace(/^\/[A-Z]{6}\+/, '')).filter((n) => !n.startsWith('Arimo'))).toEqual([]);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(draf.pdf.info).toMatchObject({
      Title: 'Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024 (Draf ke-1)',
      Author: 'Sekretariat KPU Provinsi Banten',
      Subject: 'Laporan Kinerja (LKj) Tahun 2024',
      Creator: 'lkj',
    });
    expect(String(draf.pdf.info['Keywords'])).toContain('SAKIP');
    expect(draf.printed.pdf.length).toBeLessThan(2 * 1024 * 1024);
  });

  it('puts back in the bookmarks the spaces Chromium drops where a heading wraps', () => {
    const titles = draf.pdf.outline.map((o) => o.title);
    expect(titles).toContain('IKU-02 Tingkat partisipasi pemilih pada Pemilihan Gubernur dan Wakil Gubernur Banten');
    for (const e of listEntries(draf.printed.html)) {
      const bookmark = titles.find((t) => squash(t) === squash(e.judul));
      expect(bookmark, `bookmark of ${e.judul}`).toBe(e.judul.replace(/\s+/g, ' '));
    }
  });

  it('leaves no placeholder box when every narrative file is present', () => {
    expect(draf.pdf.pages.filter((p) => p.includes(PENANDA_NARASI))).toEqual([]);
    expect(draf.pdf.pages.join('\n')).toContain('Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) mewajibkan');
  });

  it('prints the Rencana Aksi on landscape pages and everything else portrait', async () => {
    const doc = draf.doc;
    const start = draf.pdf.outline.find((o) => o.title.startsWith('LAMPIRAN 2'))!.pageIndex;
    const end = draf.pdf.outline.find((o) => o.title.startsWith('LAMPIRAN 3'))!.pageIndex;
    expect(end).toBeGreaterThan(start);
    doc.getPages().forEach((page, i) => {
      const { width, height } = page.getSize();
      const landscape = i >= start && i < end;
      expect([Math.round(width), Math.round(height)], `page ${i + 1}`).toEqual(landscape ? [842, 595] : [595, 842]);
    });
  });
});

describe('a draft', () => {
  it('stamps the draft watermark and the build line on every page of a draft', async () => {
    expect(await watermarkedPages(draf.doc)).toEqual(draf.pdf.pages.map(() => true));
    expect(draf.pdf.pages.filter((p) => !/DRAF ke-1, bukan dokumen resmi/.test(p))).toEqual([]);
    expect(draf.build.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(draf.pdf.pages.filter((p) => !p.includes(`kode berkas ${draf.build.fingerprint}`))).toEqual([]);
  });
});

describe('the HTML written next to the PDF', () => {
  it('shows the same content on screen: every chapter visible, the real page numbers, the watermark', async () => {
    const page = await browser.newPage();
    try {
      await page.emulateMediaType('screen');
      await page.setContent(draf.printed.html, { waitUntil: 'load' });
      const visible = await page.$$eval('h1', (hs) => hs.filter((h) => (h as HTMLElement).offsetHeight > 0).length);
      expect(visible).toBe(CHAPTERS.length);
      expect(await page.$eval('.draf-watermark', (e) => getComputedStyle(e).display)).not.toBe('none');
      expect(listEntries(draf.printed.html).every((e) => e.halaman !== '…')).toBe(true);
    } finally {
      await page.close();
    }
  });
});
