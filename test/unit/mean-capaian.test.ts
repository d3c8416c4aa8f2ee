import { describe, expect, it } from 'vitest';
import type { CapaianPolicy } from '../../pipeline/merge/compute-capaian.ts';
import { meanCapaian } from '../../pipeline/merge/mean-capaian.ts';
import type { CapaianResult } from '../../schemas/dataset.ts';

const skala = [
  { lebihDari: 100, label: 'Istimewa' },
  { min: 85, label: 'Sangat Berhasil' },
  { min: 70, label: 'Berhasil' },
  { label: 'Kurang' },
];
const policy: CapaianPolicy = {
  batasCapaian100: true,
  capaianNolNolTurun: 100,
  skalaKategori: skala,
  kategoriDari: 'dibatasi',
};
const done = (nilai: number, nilaiMentah = nilai): CapaianResult => ({
  status: 'terhitung',
  nilai,
  nilaiMentah,
  kategori: '',
});
const kosong: CapaianResult = { status: 'belum-diisi', alasan: 'Realisasi belum diisi' };
const tdd: CapaianResult = { status: 'tidak-dapat-dihitung', alasan: 'Target bernilai 0' };

describe('meanCapaian (a sasaran over its indicators, the report over its sasaran)', () => {
  it('means the printed values and, apart, the raw ones; leaves out what has no number', () => {
    // (100 + 65) / 2 = 82,5 printed; (112,5 + 65) / 2 = 88,75 raw
    expect(meanCapaian([done(100, 112.5), done(65), kosong, tdd], policy, 'indikator')).toEqual({
      status: 'terhitung',
      nilai: 82.5,
      nilaiMentah: 88.75,
      kategori: 'Berhasil',
    });
  });
  it('takes the category from the raw mean when the policy says mentah', () => {
    // raw (140 + 100) / 2 = 120 → above 100
    expect(meanCapaian([done(100, 140), done(100)], { ...policy, kategoriDari: 'mentah' }, 'indikator')).toMatchObject({
      nilai: 100,
      nilaiMentah: 120,
      kategori: 'Istimewa',
    });
  });
  it('a sasaran whose only indicator is unfilled is "belum diisi", not "tidak dapat dihitung"', () => {
    expect(meanCapaian([kosong], policy, 'indikator')).toEqual({
      status: 'belum-diisi',
      alasan: '1 indikator belum diisi',
    });
  });
  it('"tidak dapat dihitung" only when everything was filled and nothing could be computed', () => {
    expect(meanCapaian([tdd, tdd], policy, 'indikator')).toEqual({
      status: 'tidak-dapat-dihitung',
      alasan: 'Capaian 2 indikator tidak dapat dihitung',
    });
    expect(meanCapaian([kosong, tdd], policy, 'indikator')).toEqual({
      status: 'belum-diisi',
      alasan: '1 indikator belum diisi; 1 indikator tidak dapat dihitung',
    });
  });
});
