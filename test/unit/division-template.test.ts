/**
 * The division workbook templates (`npm run templates`), generated from the sample reference data with real exceljs
 * into temporary folders, then read back the way Excel would show them. How the build reads them back (an untouched
 * set, an edited target) is checked end to end, with the shipped CLI, in test/e2e/division-templates.test.ts.
 *
 * The set is generated once for the file (`generated`); the tests that read it share it.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reference } from '../../schemas/reference.ts';
import { buildTemplate } from '../../pipeline/prepare/division-template/build-template.ts';
import { planTemplates } from '../../pipeline/prepare/division-template/plan-templates.ts';
import { readReference } from '../../pipeline/prepare/division-template/read-reference.ts';
import { writeTemplates, type WrittenTemplate } from '../../pipeline/prepare/division-template/write-templates.ts';
import { makeSamples } from '../../tools/make-samples.ts';
import { ROOT } from '../helpers/run-cli.ts';

const YAML = ['laporan.yaml', 'renstra.yaml', 'iku.yaml'];
const SAMPLE_INPUTS = join(ROOT, 'inputs');

let dir: string;
let ref: Reference;
/** Every unit's template, written once into `dir/generated`. */
let generated: WrittenTemplate[];

/** A temporary inputs folder holding the sample reference YAML files. */
async function inputsFolder(name: string): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  for (const f of YAML) await copyFile(join(SAMPLE_INPUTS, f), join(folder, f));
  return folder;
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** exceljs keeps a sheet's protection here but leaves it out of its typings. */
const protectionOf = (ws: ExcelJS.Worksheet) =>
  (
    ws as unknown as {
      sheetProtection?: Partial<ExcelJS.WorksheetProtection> & { sheet?: boolean; hashValue?: string };
    }
  ).sheetProtection;

const hukum = () => planTemplates(ref).find((p) => p.unit.kode === 'HUKUM')!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lkj-templates-'));
  const read = await readReference(SAMPLE_INPUTS);
  if (!read.reference) throw new Error('sample reference data has errors');
  ref = read.reference;
  generated = await writeTemplates(ref, join(dir, 'generated'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('generating the templates', () => {
  it('writes one template per unit of laporan.yaml, named with the year and the unit', async () => {
    const written = generated;
    expect(written).toHaveLength(ref.config.unitKerja.length);
    expect((await readdir(join(dir, 'generated'))).sort()).toEqual(
      [
        'LKj-2024-bagian-keuangan-umum-dan-logistik.xlsx',
        'LKj-2024-divisi-data-dan-informasi.xlsx',
        'LKj-2024-divisi-hukum-dan-pengawasan.xlsx',
        'LKj-2024-divisi-perencanaan-dan-logistik.xlsx',
        'LKj-2024-divisi-sdm-dan-litbang.xlsx',
        'LKj-2024-divisi-sosialisasi-pendidikan-pemilih-dan-partisipasi-masyarakat.xlsx',
        'LKj-2024-divisi-teknis-penyelenggaraan.xlsx',
      ].sort(),
    );
    for (const { plan, path } of written) {
      const wb = await open(path);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'Identitas', 'Capaian', 'Analisis', 'Anggaran']);
      expect(sheet(wb, 'Identitas').getCell('B3').value).toBe(plan.unit.nama);
      expect(sheet(wb, 'Identitas').getCell('B4').value).toBe(2024);
    }
  });

  it('gives the same bytes every time, so regenerating does not churn', async () => {
    await writeTemplates(ref, join(dir, 'again'));
    for (const f of await readdir(join(dir, 'generated'))) {
      expect(Buffer.compare(await readFile(join(dir, 'generated', f)), await readFile(join(dir, 'again', f))), f).toBe(
        0,
      );
    }
  });
});

describe('one template', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await open(generated.find((w) => w.plan.unit.kode === 'RENLOG')!.path);
  });

  it("holds exactly the unit's IKU rows with code, indicator, satuan and annual target", () => {
    const ws = sheet(wb, 'Capaian');
    const mine = ref.iku.indikator.filter((i) => i.unit === 'RENLOG');
    expect(mine.map((i) => i.kode)).toEqual(['IKU-05', 'IKU-06']);
    mine.forEach((iku, i) => {
      const row = ws.getRow(5 + i);
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]).toEqual([
        iku.kode,
        iku.nama,
        iku.satuan,
        iku.target,
      ]);
    });
    expect(ws.getCell('A7').value).toBeNull();
    expect(sheet(wb, 'Analisis').getCell('A4').value).toBe('IKU-05');
    expect(sheet(wb, 'Analisis').getCell('A5').value).toBe('IKU-06');
  });

  it('shows the quarterly targets in the note of the target cell and in the message of each quarter cell', () => {
    const ws = sheet(wb, 'Capaian');
    expect(String(ws.getCell('D6').note)).toContain(
      'TW I 2 Dokumen · TW II 1 Dokumen · TW III 1 Dokumen · TW IV 2 Dokumen',
    );
    expect(ws.getCell('F6').dataValidation.prompt).toContain('Target TW II: 1 Dokumen.');
    expect(ws.getCell('G5').dataValidation.prompt).toContain('Target TW III: 25%.');
    expect(ws.getCell('G5').dataValidation.prompt).toContain('akumulasi sampai akhir TW III');
  });

  it('locks the reference cells under a protection without password and unlocks the yellow input cells', () => {
    for (const ws of wb.worksheets) {
      expect(protectionOf(ws)?.sheet, ws.name).toBe(true);
      expect(protectionOf(ws)?.hashValue, ws.name).toBeUndefined();
    }
    const capaian = sheet(wb, 'Capaian');
    for (const a of ['A5', 'B5', 'C5', 'D5', 'D4', 'I4'])
      expect(capaian.getCell(a).protection?.locked, a).not.toBe(false);
    for (const a of ['E5', 'F5', 'G5', 'H5', 'I5', 'J5', 'K5']) {
      const cell = capaian.getCell(a);
      expect(cell.protection?.locked, a).toBe(false);
      expect(cell.fill, a).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFF2CC' } });
      expect(cell.dataValidation?.showInputMessage, a).toBe(true);
      expect(cell.dataValidation?.prompt, a).toBeTruthy();
    }
    const identitas = sheet(wb, 'Identitas');
    expect(identitas.getCell('B3').protection?.locked).not.toBe(false);
    expect(identitas.getCell('B4').protection?.locked).not.toBe(false);
    for (const a of ['B5', 'B6', 'B7']) expect(identitas.getCell(a).protection?.locked, a).toBe(false);
    expect(sheet(wb, 'Analisis').getCell('A4').protection?.locked).not.toBe(false);
    expect(sheet(wb, 'Analisis').getCell('B4').protection?.locked).toBe(false);
  });

  it('guards the numbers: percentages 0–100 as decimals, documents as whole numbers, dates as dates', () => {
    const capaian = sheet(wb, 'Capaian');
    expect(capaian.getCell('E5').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      showErrorMessage: true,
    });
    expect(capaian.getCell('I5').dataValidation.prompt).toContain('misalnya 66,05 (di Excel berbahasa Inggris: 66.05)');
    expect(capaian.getCell('E6').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(capaian.getCell('E6').numFmt).toBe('#,##0');
    expect(sheet(wb, 'Identitas').getCell('B7').dataValidation).toMatchObject({ type: 'date' });
    expect(sheet(wb, 'Identitas').getCell('B6').numFmt).toBe('@');
  });

  it('leaves Anggaran empty with 40 input rows: a list of the unit IKU, money not below 0, codes under a known program', () => {
    const ws = sheet(wb, 'Anggaran');
    expect(ws.getCell('A4').value).toBeNull();
    expect(ws.getCell('A43').protection?.locked).toBe(false);
    expect(ws.getCell('A44').protection?.locked).not.toBe(false);
    expect(ws.getCell('E4').dataValidation).toMatchObject({ type: 'list', formulae: ['"IKU-05,IKU-06"'] });
    expect(ws.getCell('C4').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(ws.getCell('A9').dataValidation.formulae[0]).toBe('OR(LEFT(A9,9)="076.01.WA",LEFT(A9,9)="076.01.CQ")');
    expect(protectionOf(ws)).toMatchObject({ insertRows: true, deleteRows: true });
  });

  it('keeps every input message and error within the lengths Excel accepts, without cutting any', () => {
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const dv = cell.dataValidation;
          if (!dv) return;
          expect((dv.promptTitle ?? '').length, cell.address).toBeLessThanOrEqual(32);
          expect((dv.prompt ?? '').length, cell.address).toBeLessThanOrEqual(255);
          expect((dv.error ?? '').length, cell.address).toBeLessThanOrEqual(225);
          expect(`${dv.prompt ?? ''}${dv.error ?? ''}`, cell.address).not.toContain('…');
        }),
      );
    }
  });

  it('explains itself on the first sheet: purpose, deadline, contact, and each indicator in words', () => {
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Petunjuk');
    const text = ws
      .getSheetValues()
      .flatMap((r) => (Array.isArray(r) ? r.filter((v) => typeof v === 'string') : []))
      .join('\n');
    expect(text).toContain('10 Januari 2025');
    expect(text).toContain(ref.config.kontak);
    expect(text).toContain(
      'Kumulatif: nilai TW berjalan adalah akumulasi sampai triwulan itu; TW IV = capaian tahunan.',
    );
    expect(text).toContain('Jumlah: isi hasil triwulan itu saja');
    expect(text).toContain('Semakin tinggi semakin baik.');
    expect(text).toContain('Capaian = Realisasi / Target × 100%');
    expect(text).toContain('ketik 66,05 untuk 66,05%');
    expect(text).toContain('076.01.WA.4369\nDukungan Perencanaan Program, Anggaran, Data dan Informasi');
  });

  it('describes a lower-is-better indicator with its own formula', async () => {
    const hukumWb = await buildTemplate(hukum(), ref);
    const text = sheet(hukumWb, 'Petunjuk')
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string')
      .join('\n');
    expect(text).toContain('Semakin rendah semakin baik.');
    expect(text).toContain('Capaian = Target / Realisasi × 100%');
    expect(text).toContain(ref.iku.indikator.find((i) => i.kode === 'IKU-07')!.definisi);
  });
});

describe('the samples in inputs/', () => {
  it('are the templates filled with the sample data, byte for byte (run `npm run samples` after changing either)', async () => {
    const folder = await inputsFolder('samples');
    const units = await makeSamples(folder);
    for (const u of units) {
      expect(
        Buffer.compare(await readFile(join(folder, u.file)), await readFile(join(SAMPLE_INPUTS, u.file))),
        u.file,
      ).toBe(0);
    }
  });
});
