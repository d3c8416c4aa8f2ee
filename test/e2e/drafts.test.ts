/**
 * Drafts as a reviewer meets them, with the real CLI, the sample workbooks and real Chromium: two builds with
 * SOURCE_DATE_EPOCH give byte-identical PDF, HTML and JSON (the second one, with `--json`, also serves the test of
 * `--json` on stdout); an unchanged rebuild keeps the draft number; a changed
 * realisasi makes draf ke-2, keeps draf ke-1 under output/riwayat/, and shows the number in name, footer and metadata.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../pipeline/print/find-browser.mjs';
import { readPdf } from '../helpers/read-pdf.ts';
import { runCli, SAMPLE_EPOCH, type CliRun, type SharedSample } from '../helpers/run-cli.ts';
import { copySharedSample } from '../helpers/shared-sample.ts';
import { setFirstCellUnder } from './bad-inputs-helpers.ts';

const STEM = 'LKj-Sekretariat-KPU-Provinsi-Banten-2024';
const EPOCH = SAMPLE_EPOCH; // 2025-01-15T03:00:00Z
const EXTS = ['pdf', 'html', 'json'] as const;

let work: SharedSample;
let first: CliRun;
let changeRun: CliRun | undefined;
const secondOutput = () => join(work.dir, 'output-2');
const build = (output: string, env: NodeJS.ProcessEnv = {}, extra: string[] = []) =>
  runCli([...extra, '--inputs', work.inputs, '--output', output], env);
/**
 * A second build of the shared build's inputs into an empty folder, with SOURCE_DATE_EPOCH and `--json` (on stdout):
 * the same build serves the byte comparison and the `--json` test (--json must not change what is written), so the
 * report is printed once for both. Started by whichever of the two runs first.
 */
let secondRun: Promise<CliRun> | undefined;
const second = () => (secondRun ??= build(secondOutput(), { SOURCE_DATE_EPOCH: EPOCH, ...otherBrowser }, ['--json']));
/**
 * Where Debian's chromium-headless-shell (the browser setup installs and find-browser.mjs prefers) and its full
 * chromium are both installed, the second build prints with the other one: the bytes must not depend on which
 * Chromium binary printed (launch-browser.ts pins the font hinting for that).
 */
const SHELL = '/usr/lib/chromium/chromium-headless-shell';
const FULL = '/usr/bin/chromium';
const otherBrowser: NodeJS.ProcessEnv =
  !process.env['PUPPETEER_EXECUTABLE_PATH'] && findBrowser() === SHELL && existsSync(FULL)
    ? { PUPPETEER_EXECUTABLE_PATH: FULL }
    : {};
const files = (dir: string, base: string) => Promise.all(EXTS.map((e) => readFile(join(dir, `${base}.${e}`))));

beforeAll(async () => {
  // The run's shared sample build (made with SOURCE_DATE_EPOCH = EPOCH), copied: this file changes it.
  work = await copySharedSample();
  first = work.run;
});

afterAll(async () => {
  await rm(work.dir, { recursive: true, force: true });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('two builds of the same inputs give byte-identical PDF, HTML and JSON, dated with the epoch (also printed by another Chromium where two are installed)', async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('Draf ke-1 (draf pertama).');
    const run = await second();
    expect(run.code, run.stderr).toBe(0);
    const [a, b] = await Promise.all([
      files(work.output, `${STEM}-draf-ke-1`),
      files(secondOutput(), `${STEM}-draf-ke-1`),
    ]);
    EXTS.forEach((ext, i) => expect(Buffer.compare(a[i]!, b[i]!), ext).toBe(0));
    const doc = await PDFDocument.load(a[0]!, { updateMetadata: false });
    expect(doc.getCreationDate()?.toISOString()).toBe('2025-01-15T03:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2025-01-15T03:00:00.000Z');
    const json = JSON.parse(a[2]!.toString('utf8'));
    expect(json.build).toMatchObject({ builtAt: '2025-01-15T03:00:00.000Z', nomorDraf: 1 });
  }, 240_000);

  it('--json prints the whole result as JSON on stdout and nothing else, even while printing the PDF', async () => {
    const run = await second();
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ exitCode: 0, counts: { error: 0 }, pages: expect.any(Number) });
    // PDF, HTML and JSON of the draft, and the Lembar Reviu
    expect(result.files.map((f: string) => f.replace(/^.*LKj-[^-]+(-[^-]+)*?-2024-/, ''))).toEqual([
      'draf-ke-1.pdf',
      'draf-ke-1.html',
      'draf-ke-1.json',
      'lembar-reviu.html',
    ]);
    expect(result.reports.json).toBe(join(secondOutput(), 'pemeriksaan', 'laporan-pemeriksaan.json'));
    expect(run.stderr).not.toContain('Menyusun');
  }, 240_000);

  it('a malformed value is a usage error (exit 2) with an Indonesian message and no report', async () => {
    const run = await runCli(['--inputs', work.inputs, '--output', join(work.dir, 'output-bad'), '--check'], {
      SOURCE_DATE_EPOCH: 'kemarin',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('SOURCE_DATE_EPOCH harus berupa bilangan bulat detik sejak 1 Januari 1970 UTC');
  });
});

describe('draft numbers', () => {
  it('a rebuild from unchanged inputs (no SOURCE_DATE_EPOCH) keeps number, text and time: the same bytes', async () => {
    const before = await files(work.output, `${STEM}-draf-ke-1`);
    const run = await build(work.output);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Draf ke-1: masukan tidak berubah sejak draf ini, jadi nomornya tetap.');
    const after = await files(work.output, `${STEM}-draf-ke-1`);
    // The same text on every page. Identical bytes (checked next) imply it; parsing both PDFs (a second of CPU) is
    // only needed to show which page differs when the bytes do.
    if (Buffer.compare(after[0]!, before[0]!) !== 0) {
      const [p1, p2] = await Promise.all([readPdf(before[0]!), readPdf(after[0]!)]);
      expect(p2.pages).toEqual(p1.pages);
    }
    EXTS.forEach((ext, i) => expect(Buffer.compare(after[i]!, before[i]!), ext).toBe(0));
    expect((await readdir(join(work.output, 'riwayat'))).sort()).toEqual(['draf-0001.json', 'draf-0001.pdf']);
  }, 240_000);

  it('a changed realisasi makes draf ke-2: numbered in file name, footer and metadata; draf ke-1 kept in riwayat', async () => {
    await cp(work.inputs, join(work.dir, 'inputs-ke-1'), { recursive: true });
    const victim = (await readdir(work.inputs)).filter((f) => f.endsWith('.xlsx')).sort()[0]!;
    await setFirstCellUnder(join(work.inputs, victim), 'Capaian', /^Realisasi$/, 3);
    const kesimpulan = join(work.inputs, 'narasi', 'kesimpulan.md');
    const text = await readFile(kesimpulan, 'utf8');
    await writeFile(kesimpulan, `${text.trimEnd()}\n\nParagraf tambahan hasil reviu Kepala Bagian.\n`);
    const run = await build(work.output);
    changeRun = run;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Draf ke-2 (baru; draf sebelumnya ke-1).');
    const top = (await readdir(work.output)).filter((f) => f.startsWith(STEM)).sort();
    expect(top).toEqual([...EXTS.map((e) => `${STEM}-draf-ke-2.${e}`), `${STEM}-lembar-reviu.html`].sort());
    expect((await readdir(join(work.output, 'riwayat'))).sort()).toEqual([
      'draf-0001.json',
      'draf-0001.pdf',
      'draf-0002.json',
      'draf-0002.pdf',
    ]);
    const pdf = await readPdf(await readFile(join(work.output, `${STEM}-draf-ke-2.pdf`)));
    expect(pdf.pages[1]).toMatch(
      /DRAF ke-2, bukan dokumen resmi · disusun \d+ \w+ \d{4} \d{2}\.\d{2} WIB · kode berkas [0-9a-f]{12}/,
    );
    expect(pdf.info['Title']).toBe('Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024 (Draf ke-2)');
    const kept = JSON.parse(await readFile(join(work.output, 'riwayat', 'draf-0001.json'), 'utf8'));
    expect(Object.keys(kept).sort()).toEqual([
      'dataset',
      'diagnostics',
      'dibuat',
      'gambar',
      'halaman',
      'narrative',
      'nomor',
      'sidik',
    ]);
    expect(kept.narrative['kata-pengantar']).toContain('Puji syukur');
    // The sample's picture, by its path under narasi/ and the SHA-256 of its bytes
    const svg = await readFile(join(work.inputs, 'narasi', 'struktur-organisasi.svg'));
    expect(kept.gambar).toEqual({ 'struktur-organisasi.svg': createHash('sha256').update(svg).digest('hex') });
  }, 240_000);
});

describe('what changed since the last draft', () => {
  it('is summarised on the terminal and written as HTML and Markdown under output/perubahan/', async () => {
    expect(changeRun?.code).toBe(0);
    const stderr = changeRun!.stderr;
    expect(stderr).toMatch(
      /Perubahan sejak draf ke-1: 1 indikator berubah di 1 unit \(realisasi 1, capaian 1[^)]*\)[^\n]*1 paragraf narasi di 1 bagian/,
    );
    expect(stderr).toContain(`Rincian untuk peninjau: ${join(work.output, 'perubahan', 'draf-ke-1-ke-2.html')}`);
    expect((await readdir(join(work.output, 'perubahan'))).sort()).toEqual([
      'draf-ke-1-ke-2.html',
      'draf-ke-1-ke-2.md',
    ]);
    const before = JSON.parse(await readFile(join(work.output, 'riwayat', 'draf-0001.json'), 'utf8'));
    const after = JSON.parse(await readFile(join(work.output, 'riwayat', 'draf-0002.json'), 'utf8'));
    type Ind = { kode: string; realisasi: number | null; namaUnit: string };
    const all = (r: { dataset: { sasaran: { indikator: Ind[] }[] } }) => r.dataset.sasaran.flatMap((s) => s.indikator);
    const changed = all(after).filter((i) => all(before).find((o) => o.kode === i.kode)?.realisasi !== i.realisasi);
    expect(changed.map((i) => i.realisasi)).toEqual([3]);
    const old = all(before).find((o) => o.kode === changed[0]!.kode)!;
    const html = await readFile(join(work.output, 'perubahan', 'draf-ke-1-ke-2.html'), 'utf8');
    expect(html).toContain(`<h3>${changed[0]!.namaUnit}</h3>`);
    expect(html).toMatch(
      new RegExp(
        `<tr><th>Realisasi</th><td class="lama">${String(old.realisasi).replace('.', ',')}</td><td class="baru">3</td></tr>`,
      ),
    );
    expect(html).toContain('<ins>Paragraf tambahan hasil reviu Kepala Bagian.</ins>');
    const md = await readFile(join(work.output, 'perubahan', 'draf-ke-1-ke-2.md'), 'utf8');
    expect(md).toContain('| Realisasi |');
    expect(md).toContain('- Paragraf baru: **Paragraf tambahan hasil reviu Kepala Bagian.**');
  });
});
