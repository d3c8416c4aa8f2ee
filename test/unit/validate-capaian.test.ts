import { afterAll, describe, expect, it } from 'vitest';
import { checkDivision as check, iku01Row as iku01, rules } from '../fixtures/check-division.ts';
import { removeTempDirs } from '../fixtures/write-workbook.ts';

afterAll(removeTempDirs);

describe('validateWorkbook: problems in Capaian', () => {
  it('reports a realisasi that is not a number with the exact message and cell', async () => {
    const { division, diagnostics } = await check({ capaian: [iku01('abc')] });
    expect(diagnostics.filter((d) => d.rule !== 'iku-tidak-dilaporkan')).toEqual([
      {
        severity: 'error',
        rule: 'bukan-angka',
        file: 'divisi-hukum.xlsx',
        sheet: 'Capaian',
        cell: 'I7',
        message:
          'Realisasi "abc" bukan angka. Isi dengan angka persen, misalnya 85 atau 85,5 (boleh dengan tanda "%").',
        expected: 'angka',
        actual: 'abc',
      },
    ]);
    expect(division?.capaian[0]?.realisasi).toBeNull();
  });

  it('treats an empty realisasi as not filled in (a warning), not as an error', async () => {
    const { division, diagnostics } = await check({ capaian: [iku01(null)] });
    expect(rules(diagnostics)).toEqual(['warning:realisasi-kosong']);
    expect(diagnostics[0]?.cell).toBe('I7');
    expect(division?.capaian[0]?.realisasi).toBeNull();
  });

  it("rejects an unknown IKU code, listing the unit's own codes", async () => {
    const { division, diagnostics } = await check({ capaian: [iku01(100, { 0: 'IKU-99' })] });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'iku-tidak-dikenal',
        cell: 'A7',
        actual: 'IKU-99',
        expected: 'IKU-01, IKU-04',
        message:
          'Kode IKU "IKU-99" tidak ada dalam daftar IKU tahun 2024. Kode IKU untuk Divisi Hukum dan Pengawasan: IKU-01, IKU-04.',
      }),
    ]);
    expect(division?.capaian).toEqual([]);
  });

  it('rejects a target different from the PK, giving the PK target in Indonesian format', async () => {
    const { diagnostics } = await check({
      capaian: [['IKU-04', 'Tingkat partisipasi pemilih', '%', 80, null, null, null, 66.05, 66.05, '', '']],
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'target-berbeda',
        cell: 'D7',
        expected: '77,5',
        actual: '80',
        message:
          'Target IKU-04 tertulis 80, padahal target Perjanjian Kinerja 77,5%. Ganti dengan 77,5; jika PK berubah, minta iku.yaml diperbarui.',
      }),
    ]);
  });

  it('warns about a different indicator name or satuan, giving the expected text', async () => {
    const { diagnostics } = await check({
      capaian: [
        iku01(100, { 1: 'Produk hukum di JDIH', 2: 'persen' }),
        iku01(100, { 0: 'IKU-04', 1: 'tingkat  partisipasi PEMILIH', 2: 'Lap', 3: 77.5, 7: 70, 8: 70 }),
      ],
    });
    expect(diagnostics.map((d) => [d.rule, d.cell, d.expected])).toEqual([
      ['indikator-berbeda', 'B7', 'Persentase produk hukum yang dipublikasikan di JDIH'],
      ['satuan-berbeda', 'C8', '%'],
    ]);
  });

  it('rejects an IKU reported twice in the same workbook', async () => {
    const { division, diagnostics } = await check({ capaian: [iku01(100), iku01(90, { 0: 'iku 01' })] });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', rule: 'iku-ganda', cell: 'A8' })]);
    expect(division?.capaian.map((c) => c.realisasi)).toEqual([100]);
  });

  it('reports a formula saved without its value, asking to open and save the file', async () => {
    const { diagnostics } = await check({ capaian: [iku01({ formula: 'H7' })] });
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'rumus-tanpa-hasil', cell: 'I7', actual: '=H7' }),
    ]);
    expect(diagnostics[0]?.message).toContain('simpan ulang');
  });

  it('takes the cached result of a formula', async () => {
    const { division, diagnostics } = await check({ capaian: [iku01({ formula: 'H7', result: 100 })] });
    expect(diagnostics).toEqual([]);
    expect(division?.capaian[0]?.realisasi).toBe(100);
  });

  it('warns when a cumulative indicator goes down, and when quarters of a summed one miss the total', async () => {
    const { diagnostics } = await check({
      unit: 'Divisi Data dan Informasi',
      capaian: [
        [
          'IKU-02',
          'Persentase KPU Kab/Kota yang melaksanakan PDPB tepat waktu',
          '%',
          100,
          25,
          50,
          40,
          100,
          100,
          '',
          '',
        ],
        ['IKU-03', 'Jumlah laporan keuangan yang disusun tepat waktu', 'Lap', '2 Lap', 0, 1, 0, 2, 2, '', ''],
      ],
      analisis: [
        ['IKU-02', 'a', 'b', 'c'],
        ['IKU-03', 'a', 'b', 'c'],
      ],
    });
    expect(diagnostics.map((d) => [d.severity, d.rule, d.cell])).toEqual([
      ['warning', 'triwulan-menurun', 'G7'],
      ['warning', 'jumlah-triwulan-berbeda', 'I8'],
    ]);
    expect(diagnostics[1]?.message).toContain('adalah 3');
  });

  it('reads hidden rows but says so, and skips blank rows and sasaran headings', async () => {
    const { division, diagnostics } = await check({
      capaian: [
        ['Sasaran 1: Meningkatnya kepatuhan hukum'],
        iku01(100),
        [],
        [],
        iku01(66.05, { 0: 'IKU-04', 1: 'Tingkat partisipasi pemilih', 3: 77.5, 7: 66.05 }),
        [],
        [null, null, null, null, null, null, null, null, 'Serang, 10 Januari 2025'],
        [null, null, null, null, null, null, null, null, 'NIP. 197508142002121003'],
      ],
      capaianSheet: { hiddenRows: [11] },
    });
    expect(rules(diagnostics)).toEqual(['info:baris-tersembunyi']);
    expect(division?.capaian.map((c) => c.row)).toEqual([8, 11]);
  });

  it('names a missing column and its accepted spelling', async () => {
    const { diagnostics } = await check({ capaianSheet: { cells: { F6: 'Triwulan Dua' } } });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'kolom-tidak-ada',
        sheet: 'Capaian',
        expected: 'Realisasi TW II',
      }),
    ]);
    expect(diagnostics[0]?.message).toBe(
      'Kolom "Realisasi TW II" tidak ditemukan di sheet Capaian (baris judul: 6). Tambahkan kolom berjudul "Realisasi TW II" (boleh juga: "tw ii", "realisasi tw ii", "capaian tw ii").',
    );
  });
});
