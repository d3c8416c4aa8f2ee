/**
 * End to end, the complete LKj: copies of the sample inputs (YAML, real .xlsx workbooks, narrative Markdown) go
 * through load, validate, merge, render and the two-pass print with real Chromium, and the PDF is read back.
 * The stages are called here in the orchestrator's order; once `pipeline/build-report.ts` prints with
 * `printReport`, the same checks can read the CLI's output instead.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasErrors } from '../../pipeline/diagnostic.ts';
import { loadInputs } from '../../pipeline/load/load-inputs.ts';
import { mergeDataset } from '../../pipeline/merge/merge-dataset.ts';
import { launchBrowser } from '../../pipeline/print/launch-browser.ts';
import { printReport, type PrintedReport } from '../../pipeline/print/print-report.ts';
import { narrativeDiagnostics } from '../../pipeline/render/narasi-slots.ts';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { PENANDA_NARASI } from '../../pipeline/render/view-narasi.ts';
import { crossCheck } from '../../pipeline/validate/cross-check.ts';
import { validateReference } from '../../pipeline/validate/validate-reference.ts';
import { validateWorkbook } from '../../pipeline/validate/validate-workbook.ts';
import { fontsOf, readPdf, type PdfContent } from '../helpers/read-pdf.ts';
import { copySample } from '../helpers/run-cli.ts';
import { watermarkedPages } from '../render/watermark-pages.ts';

interface Built {
  printed: PrintedReport;
  pdf: PdfContent;
  ms: number;
}

let browser: Browser;
let dirs: string[] = [];
let draf: Built;
let final: Built;

/** The sample (or a copy of it) built as the orchestrator builds it; no errors or warnings are expected. */
async function build(inputsDir: string): Promise<Built> {
  const start = performance.now();
  const inputs = await loadInputs(inputsDir);
  const { reference, diagnostics: refDiagnostics } = validateReference(inputs);
  if (!reference) throw new Error(JSON.stringify(refDiagnostics));
  const results = inputs.workbooks.map((wb) => validateWorkbook(wb, reference));
  const divisions = results.flatMap((r) => (r.division ? [r.division] : []));
  const diagnostics = [
    ...inputs.diagnostics,
    ...refDiagnostics,
    ...results.flatMap((r) => r.diagnostics),
    ...crossCheck(divisions, reference),
    ...narrativeDiagnostics(inputs.narrative),
  ];
  expect(hasErrors(diagnostics), JSON.stringify(diagnostics)).toBe(false);
  expect(diagnostics.filter((d) => d.rule.startsWith('narasi-'))).toEqual([]);
  const dataset = mergeDataset(divisions, reference);
  const build = { status: reference.config.status, builtAt: '2025-01-10T07:05:00.000Z', fingerprint: 'e2e00001' };
  const { config } = reference;
  const printed = await printReport(
    browser,
    (pages) => renderReport({ dataset, reference, build, narrative: inputs.narrative, pages }),
    {
      title: `Laporan Kinerja ${config.satker} Tahun ${config.tahun}`,
      author: config.satker,
      subject: `Laporan Kinerja (LKj) Tahun ${config.tahun}`,
      keywords: ['LKj', 'Laporan Kinerja', 'SAKIP', config.instansi, String(config.tahun)],
    },
  );
  return { printed, pdf: await readPdf(printed.pdf), ms: performance.now() - start };
}

beforeAll(async () => {
  browser = await launchBrowser();
  const a = await copySample();
  const b = await copySample();
  dirs = [a.dir, b.dir];
  const yaml = join(b.inputs, 'laporan.yaml');
  await writeFile(yaml, (await readFile(yaml, 'utf8')).replace(/^status: draf$/m, 'status: final'));
  draf = await build(a.inputs);
  final = await build(b.inputs);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const squash = (s: string): string => s.replace(/\s+/g, '');
const decode = (s: string): string =>
  s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

/** The page label printed in the footer of each page (`''` on the cover): the lowest line that is only a number. */
const footerLabels = (pdf: PdfContent): string[] =>
  pdf.pages.map((p) => p.split('\n').map((l) => l.trim()).filter((l) => /^([ivxlc]+|\d+)$/.test(l)).at(-1) ?? '');

/** Every line of Daftar Isi, Daftar Tabel and Daftar Gambar as the HTML that was printed has it. */
function listEntries(html: string) {
  const re =
    /<li class="tingkat-(\d)"><a href="#([^"]+)">(?:<span class="nomor">([^<]*)<\/span> )?<span class="teks">([^<]*)<\/span><span class="titik"><\/span><span class="halaman">([^<]*)<\/span>/g;
  return [...html.matchAll(re)].map((m) => ({ id: m[2]!, judul: decode(`${m[3] ?? ''} ${m[4]!}`.trim()), halaman: m[5]! }));
}

const CHAPTERS = [
  'KATA PENGANTAR', 'IKHTISAR EKSEKUTIF', 'DAFTAR ISI', 'DAFTAR TABEL', 'DAFTAR GAMBAR', 'BAB I PENDAHULUAN',
  'BAB II PERENCANAAN KINERJA', 'BAB III AKUNTABILITAS KINERJA', 'BAB IV PENUTUP', 'LAMPIRAN 1 PERJANJIAN KINERJA TAHUN 2024',
  'LAMPIRAN 2 RENCANA AKSI TAHUN 2024', 'LAMPIRAN 3 METODE PERHITUNGAN INDIKATOR KINERJA',
];

describe('the complete sample report', () => {
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

  it('embeds every font, sets the metadata, and stays well under 5 MB in at most three prints', async () => {
    expect((await fontsOf(draf.printed.pdf)).filter((f) => !f.embedded)).toEqual([]);
    expect(draf.pdf.info).toMatchObject({
      Title: 'Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024',
      Author: 'Sekretariat KPU Provinsi Banten',
      Subject: 'Laporan Kinerja (LKj) Tahun 2024',
    });
    expect(String(draf.pdf.info['Keywords'])).toContain('SAKIP');
    expect(draf.printed.pdf.length).toBeLessThan(2 * 1024 * 1024);
    expect(draf.printed.passes).toBeLessThanOrEqual(3);
  });

  it('leaves no placeholder box when every narrative file is present', () => {
    expect(draf.pdf.pages.filter((p) => p.includes(PENANDA_NARASI))).toEqual([]);
    expect(draf.pdf.pages.join('\n')).toContain('Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) mewajibkan');
  });

  it('prints the Rencana Aksi on landscape pages and everything else portrait', async () => {
    const doc = await PDFDocument.load(draf.printed.pdf);
    const start = draf.pdf.outline.find((o) => o.title.startsWith('LAMPIRAN 2'))!.pageIndex;
    const end = draf.pdf.outline.find((o) => o.title.startsWith('LAMPIRAN 3'))!.pageIndex;
    expect(end).toBeGreaterThan(start);
    const landscape = doc.getPages().map((p) => p.getWidth() > p.getHeight());
    expect(landscape).toEqual(landscape.map((_, i) => i >= start && i < end));
  });
});

describe('draft and final', () => {
  it('stamps the draft watermark and the build line on every page of a draft', async () => {
    expect(await watermarkedPages(draf.printed.pdf)).toEqual(draf.pdf.pages.map(() => true));
    expect(draf.pdf.pages.filter((p) => !p.includes('DRAF, bukan dokumen resmi'))).toEqual([]);
    expect(draf.pdf.pages[0]).toContain('sidik e2e00001');
  });

  it('has neither in the final report, which is otherwise the same report', async () => {
    expect(await watermarkedPages(final.printed.pdf)).toEqual(final.pdf.pages.map(() => false));
    expect(final.pdf.pages.join('\n')).not.toMatch(/DRAF|sidik/);
    expect(final.pdf.outline.map((o) => o.title)).toEqual(draf.pdf.outline.map((o) => o.title));
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
