import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../pipeline/load/read-workbook.ts';
import { validateWorkbook } from '../../pipeline/validate/validate-workbook.ts';
import { checkDivision as check, iku01Row as iku01, rules } from '../fixtures/check-division.ts';
import { testReference } from '../fixtures/reference.ts';
import { removeTempDirs, tempDir, writeWorkbook } from '../fixtures/write-workbook.ts';

afterAll(removeTempDirs);

describe('validateWorkbook: a complete workbook', () => {
  it('finds the header under the title block and reads every sheet, with no problems', async () => {
    const { division, diagnostics } = await check();
    expect(diagnostics).toEqual([]);
    expect(division?.identitas).toEqual({
      unitKerja: 'Divisi Hukum dan Pengawasan',
      kodeUnit: 'HUKUM',
      tahun: 2024,
      penanggungJawab: 'Contoh Kepala Divisi',
      nip: '197508142002121003',
      tanggal: '2025-01-10',
    });
    expect(division?.capaian.map((c) => [c.kodeIku, c.target, c.triwulan, c.realisasi, c.row])).toEqual([
      ['IKU-01', 100, [null, null, null, 100], 100, 7],
      ['IKU-04', 77.5, [null, null, null, 66.05], 66.05, 8],
    ]);
    expect(division?.capaian[0]?.sel).toMatchObject({ kodeIku: 'A7', realisasi: 'I7' });
    expect(division?.analisis.map((a) => [a.kodeIku, a.penyebab])).toEqual([
      ['IKU-01', 'Publikasi rutin'],
      ['IKU-04', 'Kejenuhan pemilih'],
    ]);
    expect(division?.anggaran).toEqual([
      {
        kode: '076.01.WA.2345',
        nama: 'Dukungan manajemen',
        pagu: 150000000,
        realisasi: 140000000,
        kodeIku: 'IKU-01',
        row: 6,
        sel: { pagu: 'C6', realisasi: 'D6' },
      },
    ]);
  });

  it('accepts sheet names and headers spelled differently, and a percent-formatted realisasi', async () => {
    const { division, diagnostics } = await check({
      unit: 'divisi  HUKUM',
      sheetNames: { Capaian: ' capaian ', Anggaran: 'ANGGARAN' },
      capaianSheet: {
        cells: { E6: 'TW 1', F6: 'Realisasi\u00a0TW II', G6: 'tw3', H6: 'Triwulan IV', I6: 'Realisasi 2024' },
        numFmt: { I8: '0.00%', H8: '0.00%' },
      },
      capaian: [
        iku01(100),
        ['IKU-4', 'Tingkat partisipasi pemilih', '%', '77,5', null, null, null, 0.6605, 0.6605, '', ''],
      ],
    });
    expect(rules(diagnostics)).toEqual([]);
    expect(division?.identitas.kodeUnit).toBe('HUKUM');
    expect(division?.capaian[1]).toMatchObject({ kodeIku: 'IKU-04', target: 77.5, realisasi: 66.05 });
  });
});

describe('validateWorkbook: layouts seen in real workbooks', () => {
  it('reads a two-row header: "Realisasi" merged over the quarters, TW I–IV below, column numbers under it', async () => {
    const { division, diagnostics } = await check({
      capaianSheet: {
        rows: [
          ['CAPAIAN KINERJA'],
          [],
          [
            'No',
            'Kode IKU',
            'Indikator',
            'Satuan',
            'Target',
            'Realisasi',
            null,
            null,
            null,
            'Realisasi',
            'Sumber Data',
            'Keterangan',
          ],
          [null, null, null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV'],
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)'],
          [1, 'IKU-01', 'Persentase produk hukum yang dipublikasikan di JDIH', '%', 100, null, null, null, 100, 100],
          [2, 'IKU-04', 'Tingkat partisipasi pemilih', '%', 77.5, null, null, null, 66.05, '66,05'],
        ],
        merges: ['F3:I3', 'J3:J4', 'A3:A4'],
      },
    });
    expect(diagnostics).toEqual([]);
    expect(division?.capaian.map((c) => [c.kodeIku, c.triwulan[3], c.realisasi, c.sel?.['realisasi']])).toEqual([
      ['IKU-01', 100, 100, 'J6'],
      ['IKU-04', 66.05, 66.05, 'J7'],
    ]);
  });

  it('reads Identitas with a ":" column between label and value', async () => {
    const { division, diagnostics } = await check({
      identitas: [
        ['IDENTITAS'],
        [],
        ['Unit Kerja', ':', 'Divisi Hukum'],
        ['Tahun :', ':', '2024'],
        ['Penanggung jawab', ':', 'Nama'],
      ],
    });
    expect(diagnostics).toEqual([]);
    expect(division?.identitas).toMatchObject({
      unitKerja: 'Divisi Hukum',
      kodeUnit: 'HUKUM',
      tahun: 2024,
      penanggungJawab: 'Nama',
      nip: '',
    });
  });
});

describe('validateWorkbook: Identitas and Anggaran', () => {
  it('rejects an unknown unit and a wrong year', async () => {
    const { division, diagnostics } = await check({ unit: 'Divisi Entah', tahun: 2023 });
    expect(diagnostics.filter((d) => d.sheet === 'Identitas').map((d) => [d.rule, d.cell])).toEqual([
      ['tahun-berbeda', 'B2'],
      ['unit-tidak-dikenal', 'B1'],
    ]);
    expect(division?.identitas.kodeUnit).toBeUndefined();
  });

  it('checks budget lines: negative, above pagu, unknown program, total rows skipped', async () => {
    const { division, diagnostics } = await check({
      anggaran: [
        ['076.01.WA.2345', 'Dukungan manajemen', 100, 120, 'IKU-01'],
        ['076.02.XX.1111', 'Program lain', 'Rp 50.000', -5, ''],
        [null, 'Jumlah', 150, 115, null],
      ],
    });
    expect(diagnostics.map((d) => [d.severity, d.rule, d.cell])).toEqual([
      ['warning', 'realisasi-melebihi-pagu', 'D6'],
      ['error', 'anggaran-negatif', 'D7'],
      ['error', 'program-tidak-dikenal', 'A7'],
      ['info', 'baris-jumlah-dilewati', undefined],
    ]);
    expect(division?.anggaran.map((a) => [a.kode, a.pagu])).toEqual([
      ['076.01.WA.2345', 100],
      ['076.02.XX.1111', 50000],
    ]);
  });

  it('returns no division for a workbook without any of the four sheets', async () => {
    const abs = await writeWorkbook(path.join(await tempDir(), 'catatan.xlsx'), [
      { name: 'Sheet1', rows: [['catatan']] },
    ]);
    const { division, diagnostics } = validateWorkbook(
      await parseWorkbook(await readFile(abs), 'catatan.xlsx'),
      testReference(),
    );
    expect(division).toBeNull();
    expect(rules(diagnostics)).toEqual([
      'error:sheet-tidak-ada',
      'error:sheet-tidak-ada',
      'error:sheet-tidak-ada',
      'error:sheet-tidak-ada',
    ]);
    expect(diagnostics[1]?.message).toContain('Sheet "Capaian" tidak ditemukan. Sheet yang ada: "Sheet1".');
  });
});
