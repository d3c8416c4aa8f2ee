import { describe, expect, it } from 'vitest';
import { unitLines } from '../../pipeline/cli/summary.ts';
import { unitForFileName } from '../../pipeline/validate/find-unit.ts';

const units = [
  { kode: 'HUKUM', nama: 'Divisi Hukum dan Pengawasan', alias: ['Divisi Hukum'] },
  { kode: 'KEU', nama: 'Bagian Keuangan, Umum dan Logistik', alias: [] },
  { kode: 'DATIN', nama: 'Divisi Data dan Informasi', alias: [] },
];

describe('the unit a file name points at', () => {
  it('knows templates (LKj-<tahun>-<unit>), plain unit names, aliases and codes, in any case', () => {
    expect(unitForFileName('LKj-2025-divisi-hukum-dan-pengawasan.xlsx', units)?.kode).toBe('HUKUM');
    expect(unitForFileName('sub/Bagian Keuangan, Umum dan Logistik.xlsx', units)?.kode).toBe('KEU');
    expect(unitForFileName('divisi-hukum.xlsx', units)?.kode).toBe('HUKUM');
    expect(unitForFileName('DATIN.xlsx', units)?.kode).toBe('DATIN');
    expect(unitForFileName('laporan-akhir.xlsx', units)).toBeUndefined();
  });
});

describe('who sent what', () => {
  const status = (files: Record<string, string | null>, unreadable: string[]) =>
    unitLines({ units: units.map((u) => ({ kode: u.kode, nama: u.nama, file: files[u.kode] ?? null })), unreadable });

  it('counts a unit whose file is broken as sent but unreadable, not as not sent', () => {
    expect(
      status({ HUKUM: 'divisi-hukum-dan-pengawasan.xlsx' }, ['LKj-2025-bagian-keuangan-umum-dan-logistik.xlsx']),
    ).toEqual([
      'Unit yang sudah mengirim: 2 dari 3; sudah mengirim tetapi tidak terbaca: Bagian Keuangan, Umum dan Logistik ' +
        '(LKj-2025-bagian-keuangan-umum-dan-logistik.xlsx); belum: Divisi Data dan Informasi',
    ]);
  });

  it('lists a broken file that names no unit by its name', () => {
    expect(status({ HUKUM: 'a.xlsx', KEU: 'b.xlsx', DATIN: 'c.xlsx' }, ['rusak.xlsx'])).toEqual([
      'Unit yang sudah mengirim: 3 dari 3',
      'Berkas yang tidak terbaca (lihat galatnya di atas): rusak.xlsx',
    ]);
  });
});
