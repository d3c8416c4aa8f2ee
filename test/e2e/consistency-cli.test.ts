/**
 * The whole-report checks end to end, as a user meets them: a copy of the sample whose planning documents, workbooks
 * (real .xlsx, edited with exceljs) and narrative disagree in one place per check, then the real CLI with `--check
 * --json`. On a draft every disagreement is a warning naming its file and place; in a `final` report the ones that
 * would print two contradicting figures are errors and the build stops.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../pipeline/diagnostic.ts';
import { copySample, runCli } from '../helpers/run-cli.ts';

let work: Awaited<ReturnType<typeof copySample>>;
let draf: { exitCode: number; diagnostics: Diagnostic[] };
let final: { exitCode: number; diagnostics: Diagnostic[] };
let finalCode: number | null;
/** The line of the sentence added to narasi/kesimpulan.md. */
let claimLine = 0;

const KEU = 'bagian-keuangan-umum-dan-logistik.xlsx';
const HUKUM = 'divisi-hukum-dan-pengawasan.xlsx';
const SDM = 'divisi-sdm-dan-litbang.xlsx';
const PARMAS = 'divisi-sosialisasi-pendidikan-pemilih-dan-partisipasi-masyarakat.xlsx';

/** Types `value` into the `column` cell of `kode`'s row in the Capaian sheet (General format); returns the cell. */
async function setRealisasi(file: string, kode: string, value: number, column = 'Realisasi'): Promise<string> {
  const path = join(work.inputs, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('Capaian');
  let header = 0;
  let col = 0;
  let row = 0;
  ws?.eachRow((r, n) =>
    r.eachCell((c, k) => {
      if (String(c.value).trim() === column) [header, col] = [n, k];
      if (k === 1 && c.value === kode) row = n;
    }),
  );
  if (!ws || !header || !row) throw new Error(`${kode} not found in ${file}`);
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.numFmt = 'General';
  await wb.xlsx.writeFile(path);
  return cell.address;
}

async function edit(file: string, from: string, to: string): Promise<void> {
  const path = join(work.inputs, file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  await writeFile(path, text.replace(from, to));
}

const cells: Record<string, string> = {};
const json = (stdout: string) => JSON.parse(stdout) as { exitCode: number; diagnostics: Diagnostic[] };

beforeAll(async () => {
  work = await copySample();
  // Planning documents: IKU-09's Renstra target of 2024, IKU-03's Rencana Aksi, the PK budget of 076.01.WA.
  await edit('renstra.yaml', "'2023': 94, '2024': 95 }", "'2023': 94, '2024': 94 }");
  await edit('iku.yaml', 'targetTriwulan: [4, 6, 8, 6]', 'targetTriwulan: [4, 6, 8, 5]');
  await edit('iku.yaml', 'anggaran: 38512640000', 'anggaran: 39012640000');
  // Annual realisasi against quarters, one per aggregation; and a percentage typed as a fraction.
  cells['IKU-09'] = await setRealisasi(KEU, 'IKU-09', 96.3); // rata-rata of 92,4 · 94,1 · 95,6 · 96,3 is 94,6
  cells['IKU-07'] = await setRealisasi(HUKUM, 'IKU-07', 5); // akhir: TW IV is 6,25
  cells['IKU-08'] = await setRealisasi(SDM, 'IKU-08', 45); // kumulatif: TW IV is 39
  cells['IKU-03'] = await setRealisasi(PARMAS, 'IKU-03', 30); // jumlah: 5 + 7 + 9 + 6 = 27
  // 66,05% typed as a fraction in General cells (TW IV and the year)
  cells['IKU-02 TW IV'] = await setRealisasi(PARMAS, 'IKU-02', 0.6605, 'Realisasi TW IV');
  cells['IKU-02'] = await setRealisasi(PARMAS, 'IKU-02', 0.6605);
  // The narrative, and a coverage threshold the sample's efficiency table does not reach.
  const kesimpulan = join(work.inputs, 'narasi', 'kesimpulan.md');
  const text = (await readFile(kesimpulan, 'utf8')).trimEnd();
  claimLine = text.split('\n').length + 2;
  await writeFile(kesimpulan, `${text}\n\nSemua target Perjanjian Kinerja Tahun 2024 telah tercapai.\n`);
  await edit('laporan.yaml', 'batasPengumpulan:', 'pemeriksaan:\n  cakupanAnggaranMinimum: 95\n\nbatasPengumpulan:');
  const run = await runCli(['--check', '--json', '--inputs', work.inputs, '--output', work.output]);
  draf = json(run.stdout);
  await edit('laporan.yaml', 'status: draf', 'status: final');
  const runFinal = await runCli(['--check', '--json', '--inputs', work.inputs, '--output', work.output]);
  finalCode = runFinal.code;
  final = json(runFinal.stdout);
});

afterAll(async () => {
  await rm(work.dir, { recursive: true, force: true });
});

const find = (ds: Diagnostic[], rule: string, file?: string) =>
  ds.filter((d) => d.rule === rule && (file === undefined || d.file === file));

describe('a draft with documents that disagree: warnings that name the place and both values', () => {
  it('builds (exit 0) with no error', () => {
    expect(draf.exitCode).toBe(0);
    expect(draf.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('PK target against the Renstra target of the year: both files and lines', () => {
    const [d] = find(draf.diagnostics, 'pk-renstra-berbeda');
    expect(d).toMatchObject({
      severity: 'warning',
      file: 'iku.yaml',
      line: expect.any(Number),
      expected: '94',
      actual: '95',
    });
    expect(d?.message).toMatch(
      /^Target PK IKU-09 tahun 2024 adalah 95 \(iku\.yaml baris \d+\), tetapi target Renstra tahun itu 94 \(renstra\.yaml baris \d+\)\./,
    );
  });

  it('PK budget against the sum of the budget lines, with the workbooks that hold them', () => {
    const [d] = find(draf.diagnostics, 'pagu-pk-berbeda');
    expect(d).toMatchObject({
      severity: 'warning',
      file: 'iku.yaml',
      line: expect.any(Number),
      expected: 'Rp 39.012.640.000',
      actual: 'Rp 38.512.640.000',
    });
    expect(d?.message).toContain(`${KEU} Rp 30.650.000.000`);
    expect(d?.message).toContain('selisih Rp 500.000.000');
  });

  it('Rencana Aksi quarters against the annual target', () => {
    expect(find(draf.diagnostics, 'rencana-aksi-tidak-sesuai')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'iku.yaml',
        line: expect.any(Number),
        expected: '24',
        actual: '23',
      }),
    ]);
  });

  it('the annual realisasi against its quarters, for every aggregation, on the Realisasi cell', () => {
    const at = (rule: string, file: string, kode: string, expected: string, actual: string) =>
      expect(find(draf.diagnostics, rule, file), rule).toEqual([
        expect.objectContaining({ severity: 'warning', sheet: 'Capaian', cell: cells[kode], expected, actual }),
      ]);
    at('rata-rata-triwulan-berbeda', KEU, 'IKU-09', '94,6', '96,3');
    at('triwulan-akhir-berbeda', HUKUM, 'IKU-07', '6,25', '5');
    at('triwulan-iv-berbeda', SDM, 'IKU-08', '39', '45');
    at('jumlah-triwulan-berbeda', PARMAS, 'IKU-03', '27', '30');
  });

  it('a percentage typed as a fraction, with the value probably meant', () => {
    expect(find(draf.diagnostics, 'persen-seperti-pecahan', PARMAS)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Capaian',
        cell: cells['IKU-02 TW IV'],
        actual: '0,6605',
        expected: '66,05',
      }),
      expect.objectContaining({
        severity: 'warning',
        sheet: 'Capaian',
        cell: cells['IKU-02'],
        actual: '0,6605',
        expected: '66,05',
      }),
    ]);
  });

  it("the efficiency table's coverage under the configured minimum", () => {
    expect(find(draf.diagnostics, 'cakupan-efisiensi-rendah')).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'laporan.yaml', expected: '≥ 95%' }),
    ]);
  });

  it('the narrative that says every target was met, with file and line', () => {
    const d = find(draf.diagnostics, 'narasi-tidak-sesuai-angka').find((x) => x.line === claimLine);
    expect(d).toMatchObject({ severity: 'warning', file: 'narasi/kesimpulan.md' });
    expect(d?.message).toMatch(
      /^Kalimat "Semua target Perjanjian Kinerja Tahun 2024 telah tercapai\." menyatakan semua target tercapai, padahal hanya \d+ dari 10 indikator mencapai target \(belum: .*IKU-02 capaian 0,85%/,
    );
  });

  it('the narrative that names an indicator as not met once its realisasi says it is met', () => {
    // IKU-07's annual realisasi was set to its target (5): the sample's "(IKU-07) belum mencapai target" is now wrong.
    const d = find(draf.diagnostics, 'narasi-tidak-sesuai-angka').find((x) => x.message.includes('IKU-07'));
    expect(d).toMatchObject({ severity: 'warning', file: 'narasi/kesimpulan.md', line: expect.any(Number) });
    expect(d?.message).toMatch(
      /menyebut IKU-07 belum mencapai target, padahal IKU-07 capaian 100% \(target tercapai\)/,
    );
  });
});

describe('the same inputs in a final report', () => {
  it('stops the build: the contradictions a signed report would print are errors (exit 2, the PK is configuration)', () => {
    expect(finalCode).toBe(2);
    const errors = new Set(final.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule));
    for (const rule of [
      'pk-renstra-berbeda',
      'pagu-pk-berbeda',
      'rencana-aksi-tidak-sesuai',
      'rata-rata-triwulan-berbeda',
      'triwulan-akhir-berbeda',
      'triwulan-iv-berbeda',
      'jumlah-triwulan-berbeda',
    ]) {
      expect(errors, rule).toContain(rule);
    }
  });

  it('keeps the judgement calls as warnings: plausibility, coverage and the narrative', () => {
    const warnings = new Set(final.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.rule));
    for (const rule of ['persen-seperti-pecahan', 'cakupan-efisiensi-rendah', 'narasi-tidak-sesuai-angka'])
      expect(warnings, rule).toContain(rule);
  });
});
