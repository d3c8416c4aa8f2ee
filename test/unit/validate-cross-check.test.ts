import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Division } from '../../schemas/division.ts';
import { parseWorkbook } from '../../pipeline/load/read-workbook.ts';
import { mergeDataset } from '../../pipeline/merge/merge-dataset.ts';
import { checkCapaianPlausible } from '../../pipeline/validate/check-capaian-plausible.ts';
import { checkSuccessClaims } from '../../pipeline/validate/check-success-claims.ts';
import { crossCheck } from '../../pipeline/validate/cross-check.ts';
import { validateWorkbook } from '../../pipeline/validate/validate-workbook.ts';
import { divisionSheets, type DivisionInput } from '../fixtures/division-workbook.ts';
import { testReference } from '../fixtures/reference.ts';
import { removeTempDirs, tempDir, writeWorkbook } from '../fixtures/write-workbook.ts';

afterAll(removeTempDirs);

const ref = testReference();
let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

async function division(file: string, input: DivisionInput): Promise<Division> {
  const abs = await writeWorkbook(path.join(dir, file), divisionSheets(input));
  const { division } = validateWorkbook(await parseWorkbook(await readFile(abs), file), ref);
  if (!division) throw new Error(`no division from ${file}`);
  return division;
}

const datin = (file = 'divisi-datin.xlsx', extra: DivisionInput = {}) =>
  division(file, {
    unit: 'Divisi Datin',
    capaian: [
      ['IKU-02', 'Persentase KPU Kab/Kota yang melaksanakan PDPB tepat waktu', '%', 100, 25, 50, 75, 100, 100, '', ''],
    ],
    analisis: [['IKU-02', 'a', 'b', 'c']],
    ...extra,
  });

describe('crossCheck', () => {
  it('rejects an indicator reported by two workbooks, naming both files and cells', async () => {
    const hukum = await division('divisi-hukum.xlsx', {
      capaian: [
        ['IKU-01', 'Persentase produk hukum yang dipublikasikan di JDIH', '%', 100, null, null, null, 100, 100, '', ''],
        [],
        [
          'IKU-02',
          'Persentase KPU Kab/Kota yang melaksanakan PDPB tepat waktu',
          '%',
          100,
          25,
          50,
          75,
          100,
          100,
          '',
          '',
        ],
      ],
    });
    const ds = crossCheck([await datin(), hukum], ref);
    const dup = ds.filter((d) => d.rule === 'iku-ganda-antarberkas');
    expect(dup).toEqual([
      {
        severity: 'error',
        rule: 'iku-ganda-antarberkas',
        file: 'divisi-hukum.xlsx',
        sheet: 'Capaian',
        cell: 'A9',
        expected: 'Divisi Data dan Informasi',
        message:
          'IKU-02 dilaporkan oleh dua buku kerja: divisi-datin.xlsx (Capaian!A7) dan divisi-hukum.xlsx (Capaian!A9). Satu IKU hanya ' +
          'dilaporkan oleh satu unit; hapus baris itu dari buku kerja yang bukan milik penanggung jawabnya (Divisi Data dan Informasi).',
      },
    ]);
    // The same row is also reported by a unit that is not responsible for it.
    expect(ds.filter((d) => d.rule === 'iku-bukan-unitnya').map((d) => [d.file, d.cell, d.actual])).toEqual([
      ['divisi-hukum.xlsx', 'A9', 'Divisi Hukum dan Pengawasan'],
    ]);
  });

  it('warns once per unit that sent nothing, headed by the unit and naming its IKU', async () => {
    const ds = crossCheck([await datin('datin-2.xlsx')], ref);
    const missing = ds.filter((d) => d.rule === 'iku-tidak-dilaporkan');
    expect(missing.map((d) => [d.severity, d.file, d.expected])).toEqual([
      ['warning', 'Divisi Hukum dan Pengawasan (belum mengirim)', 'IKU-01, IKU-04'],
      ['warning', 'Bagian Keuangan, Umum dan Logistik (belum mengirim)', 'IKU-03, IKU-05'],
    ]);
    expect(missing[1]?.message).toBe(
      'Bagian Keuangan, Umum dan Logistik belum mengirim buku kerja, jadi IKU berikut tercatat "belum diisi" di laporan: ' +
        'IKU-03 (Jumlah laporan keuangan yang disusun tepat waktu); IKU-05 (' +
        (ref.iku.indikator.find((i) => i.kode === 'IKU-05')?.nama ?? '') +
        '). Kirim templat unit ini (npm run templates, berkas LKj-2024-bagian-keuangan-umum-dan-logistik.xlsx) dan simpan berkas yang kembali di folder masukan.',
    );
  });

  it("points an unreported IKU at the responsible unit's own workbook when there is one", async () => {
    const hukum = await division('hukum-3.xlsx', {
      capaian: [
        ['IKU-01', 'Persentase produk hukum yang dipublikasikan di JDIH', '%', 100, null, null, null, 100, 100, '', ''],
      ],
    });
    const ds = crossCheck([hukum], ref).filter((d) => d.rule === 'iku-tidak-dilaporkan' && d.expected === 'IKU-04');
    expect(ds).toEqual([expect.objectContaining({ file: 'hukum-3.xlsx', sheet: 'Capaian' })]);
  });

  it('warns when two workbooks come from the same unit, and rejects budget lines counted twice', async () => {
    const a = await datin('datin-a.xlsx', { anggaran: [['076.01.WA', 'Program Dukungan Manajemen', 500, 400, '']] });
    const b = await datin('datin-b.xlsx', {
      capaian: [],
      anggaran: [['076.01.WA.2345', 'Dukungan manajemen', 100, 90, '']],
    });
    const ds = crossCheck([a, b], ref);
    expect(ds.filter((d) => d.rule === 'unit-ganda').map((d) => [d.file, d.actual])).toEqual([
      ['datin-b.xlsx', 'datin-a.xlsx'],
    ]);
    expect(ds.filter((d) => d.rule === 'anggaran-terhitung-ganda')).toEqual([
      expect.objectContaining({ severity: 'error', file: 'datin-a.xlsx', sheet: 'Anggaran', actual: '076.01.WA' }),
    ]);
  });

  it('names each sheet as the workbook spells it, where the reader accepted another spelling', async () => {
    // Two workbooks from one unit, a budget line over another, a capaian of 200 %, an analysis claiming success next to
    // a capaian of 50 %: problems found across workbooks or after the merge, on sheets not spelled as the template.
    const sheetNames = {
      Identitas: 'IDENTITAS UNIT',
      Capaian: 'Capaian Kinerja',
      Analisis: 'analisa',
      Anggaran: 'REALISASI ANGGARAN',
    };
    const iku01 = ['IKU-01', 'Persentase produk hukum yang dipublikasikan di JDIH', '%', 100, null, null, null, 100];
    const a = await division('hukum-a.xlsx', {
      sheetNames,
      capaian: [[...iku01, 100, '', '']],
      anggaran: [['076.01.WA', 'Program Dukungan Manajemen', 500, 400, '']],
    });
    const b = await division('hukum-b.xlsx', {
      sheetNames,
      capaian: [
        ['IKU-04', 'Tingkat partisipasi pemilih', '%', 77.5, null, null, null, null, 155, '', ''],
        [...iku01, 50, '', ''],
      ],
      analisis: [['IKU-01', 'Semua target tercapai.', 'Pertahankan', 'JDIH']],
      anggaran: [['076.01.WA.2345', 'Dukungan manajemen', 100, 90, '']],
    });
    expect(a.sheets).toEqual({
      identitas: 'IDENTITAS UNIT',
      capaian: 'Capaian Kinerja',
      analisis: 'analisa',
      anggaran: 'REALISASI ANGGARAN',
    });
    const across = crossCheck([a, b], ref);
    const sheetOf = (rule: string) => across.filter((d) => d.rule === rule).map((d) => [d.file, d.sheet]);
    expect(sheetOf('unit-ganda')).toEqual([['hukum-b.xlsx', 'IDENTITAS UNIT']]);
    expect(sheetOf('anggaran-terhitung-ganda')).toEqual([['hukum-a.xlsx', 'REALISASI ANGGARAN']]);
    const hukum = { ...a, capaian: [], file: 'hukum-c.xlsx' };
    const unreported = crossCheck([hukum], ref).find(
      (d) => d.rule === 'iku-tidak-dilaporkan' && d.expected === 'IKU-04',
    );
    expect(unreported).toMatchObject({ file: 'hukum-c.xlsx', sheet: 'Capaian Kinerja' });
    expect(unreported?.message).toContain('Tambahkan baris IKU-04 di sheet Capaian Kinerja buku kerja ini.');
    const datinB = await datin('datin-c.xlsx', { sheetNames, capaian: [[...iku01, 100, '', '']] });
    const twice = crossCheck([a, datinB], ref).find((d) => d.rule === 'iku-ganda-antarberkas');
    expect(twice).toMatchObject({ file: 'datin-c.xlsx', sheet: 'Capaian Kinerja', cell: 'A7' });
    expect(twice?.message).toContain('hukum-a.xlsx (Capaian Kinerja!A7) dan datin-c.xlsx (Capaian Kinerja!A7)');
    const merged = mergeDataset([b], ref);
    expect(checkCapaianPlausible(merged, [b], ref).map((d) => [d.rule, d.sheet, d.cell])).toEqual([
      ['capaian-tidak-wajar', 'Capaian Kinerja', 'I7'],
    ]);
    const claim = checkSuccessClaims(merged, [b]);
    expect(claim.map((d) => [d.rule, d.sheet, d.cell])).toEqual([['klaim-tidak-sesuai', 'analisa', 'B6']]);
    expect(claim[0]?.message).toContain('periksa kembali angka realisasi di sheet Capaian Kinerja.');
  });
});
