/**
 * End to end, as the planning staff works during collection: `npm run templates` makes one workbook per unit, the
 * divisions fill them (here: by code, with the sample data), the returned files go into an inputs folder, and the
 * real CLI builds the PDF. Also: an untouched set builds as a draft, an edited target stops the build with its cell,
 * and a broken reference file stops the template tool with a message instead of a stack trace.
 *
 * The signed PK scan in Lampiran 1 is checked on the same build: the filled folder also holds a PDF at
 * inputs/lampiran/perjanjian-kinerja.pdf, which replaces the re-typed PK (each scanned page drawn on its own report
 * page, page numbers and header kept); a file that is not a PDF stops the build with a message naming it. The
 * templates' checks read Bab III, T1–T9 and the dataset, none of which the scan touches, and a report that never
 * printed before takes two prints with or without it: one build serves both instead of two.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Diagnostic } from '../../pipeline/diagnostic.ts';
import type { Reference } from '../../schemas/reference.ts';
import { fillTemplate } from '../../pipeline/prepare/division-template/fill-template.ts';
import { readReference } from '../../pipeline/prepare/division-template/read-reference.ts';
import { writeTemplates } from '../../pipeline/prepare/division-template/write-templates.ts';
import { buildUnitWorkbooks, type UnitWorkbook } from '../../tools/samples/build-unit-workbooks.ts';
import { readPdf, type PdfContent } from '../helpers/read-pdf.ts';
import { type CliRun, ROOT, runCli, runShipped } from '../helpers/run-cli.ts';

const YAML = ['laporan.yaml', 'renstra.yaml', 'iku.yaml'];
const angka = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
/** Text compared without any whitespace: the PDF breaks lines and justifies words wherever it likes. */
const squeeze = (s: string): string => s.replace(/\s+/g, '');

let dir: string;
let ref: Reference;
let units: UnitWorkbook[];

/** An inputs folder with the sample reference data and every unit's template, filled by `fill` when given. */
async function templatesFolder(name: string, fill?: (unit: string) => UnitWorkbook['values']): Promise<string> {
  const folder = join(dir, name, 'inputs');
  await mkdir(folder, { recursive: true });
  for (const f of YAML) await copyFile(join(ROOT, 'inputs', f), join(folder, f));
  for (const { plan, path } of await writeTemplates(ref, folder)) {
    if (!fill) continue;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    fillTemplate(wb, fill(plan.unit.kode));
    await wb.xlsx.writeFile(path);
  }
  return folder;
}

/** The build's PDF text and dataset, when it wrote them. */
async function built(output: string): Promise<{ pdf: PdfContent; dataset: Dataset } | null> {
  const files = await readdir(output).catch(() => [] as string[]);
  const pdf = files.find((f) => f.endsWith('.pdf'));
  const json = files.find((f) => f.endsWith('.json'));
  if (!pdf || !json) return null;
  return {
    pdf: await readPdf(await readFile(join(output, pdf))),
    dataset: JSON.parse(await readFile(join(output, json), 'utf8')).dataset,
  };
}

/** The check report a build or `--check` wrote into `output` (pemeriksaan/laporan-pemeriksaan.json). */
async function checkReport(output: string): Promise<{ diagnostics: Diagnostic[] }> {
  return JSON.parse(await readFile(join(output, 'pemeriksaan', 'laporan-pemeriksaan.json'), 'utf8'));
}

/** A stand-in for a scanned PK (test data): two pages, each saying which it is. */
async function fakeScan(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2])
    doc.addPage([595, 842]).drawText(`PINDAIAN PK HALAMAN ${n}`, { x: 60, y: 760, size: 20, font });
  return doc.save();
}

/** Runs `npm run templates -- …args` without npm (the same bundle). */
const runTemplates = (args: string[]): Promise<CliRun> => runShipped('templates', args);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lkj-templates-e2e-'));
  const read = await readReference(join(ROOT, 'inputs'));
  if (!read.reference) throw new Error('sample reference data has errors');
  ref = read.reference;
  units = buildUnitWorkbooks(ref);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The filled templates (and the PK scan): the build both describe blocks below read. */
let filledInputs: string;
const filledOutput = () => join(dir, 'filled', 'output');
const scanPath = () => join(filledInputs, 'lampiran', 'perjanjian-kinerja.pdf');
let run: CliRun;
let result: Awaited<ReturnType<typeof built>>;

describe('templates filled by code', () => {
  beforeAll(async () => {
    filledInputs = await templatesFolder('filled', (kode) => units.find((u) => u.kode === kode)!.values);
    await mkdir(join(filledInputs, 'lampiran'));
    await writeFile(scanPath(), await fakeScan());
    run = await runCli(['--inputs', filledInputs, '--output', filledOutput()]);
    result = await built(filledOutput());
  });

  it('build without errors, and every unit counts as sent', () => {
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/7 buku kerja dibaca · 0 galat/);
    expect(run.stderr).toContain('Unit yang sudah mengirim: 7 dari 7');
  });

  it('print every annual realisasi on its indicator row', () => {
    const lines = result!.pdf.pages.join('\n').split('\n');
    for (const u of units) {
      for (const row of u.values.capaian) {
        const value = angka.format(Number(row.realisasi));
        const found = lines.some((l) => l.includes(String(row.kodeIku)) && l.includes(value));
        expect(found, `${String(row.kodeIku)} with realisasi ${value}`).toBe(true);
      }
    }
  });

  it('carry every quarterly realisasi into the dataset (the report prints no quarter table)', () => {
    const indicators = result!.dataset.sasaran.flatMap((s) => s.indikator);
    for (const u of units) {
      for (const row of u.values.capaian) {
        expect(indicators.find((i) => i.kode === row.kodeIku)?.realisasiTriwulan, String(row.kodeIku)).toEqual([
          ...row.triwulan,
        ]);
      }
    }
  });

  it('print every analysis text', () => {
    const text = squeeze(result!.pdf.pages.join('\n'));
    for (const u of units) {
      for (const a of u.values.analisis) {
        for (const t of [a.penyebab, a.upaya, a.programPendukung])
          expect(text, `${String(a.kodeIku)}: ${String(t)}`).toContain(squeeze(String(t)));
      }
    }
  });

  it('print the pagu and realisasi of every kegiatan, summed from the budget lines', () => {
    const lines = result!.pdf.pages.join('\n').split('\n');
    const kegiatan = new Map<string, { pagu: number; realisasi: number }>();
    for (const l of units.flatMap((u) => u.values.anggaran)) {
      const key = String(l.kode).split('.').slice(0, 4).join('.');
      const sum = kegiatan.get(key) ?? { pagu: 0, realisasi: 0 };
      kegiatan.set(key, { pagu: sum.pagu + Number(l.pagu), realisasi: sum.realisasi + Number(l.realisasi) });
    }
    expect(kegiatan.size).toBe(8);
    for (const [kode, sum] of kegiatan) {
      const [pagu, realisasi] = [angka.format(sum.pagu), angka.format(sum.realisasi)];
      expect(
        lines.some((l) => l.includes(pagu) && l.includes(realisasi)),
        `${kode}: ${pagu} · ${realisasi}`,
      ).toBe(true);
    }
  });
});

describe('inputs/lampiran/perjanjian-kinerja.pdf', () => {
  it('replaces the re-typed PK in Lampiran 1: one report page per scanned page, right after the heading page', async () => {
    expect(run.code, run.stderr).toBe(0);
    const pdf = result!.pdf;
    const heading = pdf.outline.find((o) => o.title.startsWith('LAMPIRAN 1'))!;
    const page = (k: number) => (pdf.pages[heading.pageIndex + k] ?? '').replace(/\s+/g, ' ');
    expect(page(0)).toContain('dilampirkan sebagai pindaian pada 2 halaman berikut');
    expect(page(1)).toContain('PINDAIAN PK HALAMAN 1');
    expect(page(2)).toContain('PINDAIAN PK HALAMAN 2');
    // the report's running header stays on the scanned pages
    expect(page(1)).toContain('Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024');
    expect(pdf.pages.join('\n')).not.toContain('selanjutnya disebut pihak pertama');
    const lembar = await readFile(
      join(filledOutput(), 'LKj-Sekretariat-KPU-Provinsi-Banten-2024-lembar-reviu.html'),
      'utf8',
    );
    expect(lembar).toContain('Lampiran 1: pindaian PK yang ditandatangani (inputs/lampiran/).');
  });

  it('that is not a PDF stops the build (exit 1) with a message naming it', async () => {
    await writeFile(scanPath(), 'bukan pdf');
    const bad = await runCli(['--inputs', filledInputs, '--output', filledOutput(), '--check']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Berkas lampiran/perjanjian-kinerja.pdf tidak dapat dibaca sebagai PDF');
    expect(bad.stderr).toContain('Pindai ulang Perjanjian Kinerja yang ditandatangani dan simpan sebagai PDF');
  });
});

describe('an untouched set of templates', () => {
  it('builds as a draft: exit 0, a warning per missing value, "belum diisi" for every indicator', async () => {
    const inputs = await templatesFolder('untouched');
    const run = await runCli(['--inputs', inputs, '--output', join(dir, 'untouched', 'output')]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/7 buku kerja dibaca · 0 galat · \d+ peringatan/);
    expect(run.stderr.match(/\[realisasi-kosong\]|realisasi-kosong/g)?.length ?? 0).toBeGreaterThanOrEqual(
      ref.iku.indikator.length,
    );
    // The check report the build wrote: no errors, and of the workbooks' own warnings only the empty realisasi and
    // analysis (the report-wide checks also miss the narrative and the budget not yet written), one realisasi per IKU.
    const { diagnostics } = await checkReport(join(dir, 'untouched', 'output'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ofWorkbooks = diagnostics.filter((d) => d.severity === 'warning' && d.file?.endsWith('.xlsx'));
    expect(new Set(ofWorkbooks.map((d) => d.rule))).toEqual(new Set(['realisasi-kosong', 'analisis-kosong']));
    expect(diagnostics.filter((d) => d.rule === 'realisasi-kosong')).toHaveLength(ref.iku.indikator.length);
    const result = await built(join(dir, 'untouched', 'output'));
    const lines = result!.pdf.pages.join('\n').split('\n');
    for (const iku of ref.iku.indikator) {
      expect(
        lines.some((l) => l.includes(iku.kode) && l.includes('belum diisi')),
        iku.kode,
      ).toBe(true);
    }
  });
});

describe('a template whose target was edited', () => {
  it('stops the build with exit 1, naming the workbook and the cell', async () => {
    const inputs = await templatesFolder('edited');
    const file = 'LKj-2024-divisi-hukum-dan-pengawasan.xlsx';
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(inputs, file));
    wb.getWorksheet('Capaian')!.getCell('D5').value = 50;
    await wb.xlsx.writeFile(join(inputs, file));
    const run = await runCli(['--inputs', inputs, '--output', join(dir, 'edited', 'output'), '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain('Capaian!D5');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // The one error, as the check report records it: IKU-07's target is 5 in the PK
    const { diagnostics } = await checkReport(join(dir, 'edited', 'output'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        rule: 'target-berbeda',
        file,
        sheet: 'Capaian',
        cell: 'D5',
        expected: '5',
        actual: '50',
      }),
    ]);
  });
});

describe('npm run templates', () => {
  it('writes the templates into the output folder and names them', async () => {
    const output = join(dir, 'cli', 'templates');
    const run = await runTemplates(['--output', output]);
    expect(run.code).toBe(0);
    expect(await readdir(output)).toHaveLength(7);
    expect(run.stdout).toContain('LKj-2024-divisi-hukum-dan-pengawasan.xlsx');
    expect(run.stdout).toContain('batas pengumpulan 10 Januari 2025');
  });

  it('stops with exit 2 and says what to do when a template cannot be saved (a folder of its name in the way), writing none', async () => {
    const output = join(dir, 'cli', 'blocked');
    const name = 'LKj-2024-divisi-hukum-dan-pengawasan.xlsx';
    await mkdir(join(output, name), { recursive: true });
    const run = await runTemplates(['--output', output]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toContain(
      `Tidak dapat menyimpan ${join(output, name)}: ada folder bernama "${name}" di tempat berkas itu. ` +
        'Pindahkan, hapus atau ganti nama folder itu, lalu jalankan perintahnya lagi. ' +
        `Tidak satu pun templat ditulis; isi folder ${output} tidak diubah.`,
    );
    // All or nothing: not the templates of the units before it either
    expect(await readdir(output)).toEqual([name]);
  });

  it('stops with exit 2 and an Indonesian message, no stack trace, when a reference file is broken', async () => {
    const inputs = join(dir, 'broken');
    await mkdir(inputs, { recursive: true });
    for (const f of YAML) await copyFile(join(ROOT, 'inputs', f), join(inputs, f));
    const iku = await readFile(join(inputs, 'iku.yaml'), 'utf8');
    await writeFile(join(inputs, 'iku.yaml'), iku.replace('target: 77.5', 'target: tujuh puluh'));
    const run = await runTemplates(['--inputs', inputs, '--output', join(dir, 'broken-out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('iku.yaml');
    expect(run.stderr).toContain('Templat TIDAK dibuat');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(join(dir, 'broken-out')).catch(() => [])).toEqual([]);
  });
});
