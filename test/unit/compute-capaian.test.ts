import { describe, expect, it } from 'vitest';
import { computeCapaian, kategoriFor, type CapaianPolicy } from '../../pipeline/merge/compute-capaian.ts';
import { annualRealisasi } from '../../pipeline/merge/annual-realisasi.ts';

const skala = [
  { min: 85, label: 'Sangat Berhasil' },
  { min: 70, label: 'Berhasil' },
  { min: 55, label: 'Cukup Berhasil' },
  { label: 'Tidak Berhasil' },
];
const capped: CapaianPolicy = {
  batasCapaian100: true,
  capaianNolNolTurun: 100,
  skalaKategori: skala,
  kategoriDari: 'dibatasi',
};
const uncapped: CapaianPolicy = { ...capped, batasCapaian100: false };
const naik = (target: number | { min: number; max: number } | null, realisasi: number | null, p = capped) =>
  computeCapaian({ target, realisasi, arah: 'naik', rumus: 'R/T' }, p);
const turun = (
  target: number | { min: number; max: number },
  realisasi: number | null,
  rumus: '2-R/T' | 'T/R' = '2-R/T',
  p = capped,
) => computeCapaian({ target, realisasi, arah: 'turun', rumus }, p);
const FORMULAS = ['2-R/T', 'T/R'] as const;

// Every expected number below is worked out by hand in the comment next to it, not taken from the code.
describe('computeCapaian on real reported rows (primer §6)', () => {
  it('KPU Kab. Sarolangun 2019, partisipasi: target 80, realisasi 83 → printed 100 (capped), raw 103,75', () => {
    // 83 / 80 × 100 = 103,75
    expect(naik(80, 83)).toEqual({ status: 'terhitung', nilai: 100, nilaiMentah: 103.75, kategori: 'Sangat Berhasil' });
    expect(naik(80, 83, uncapped)).toEqual({
      status: 'terhitung',
      nilai: 103.75,
      nilaiMentah: 103.75,
      kategori: 'Sangat Berhasil',
    });
  });
  it('KPU Kab. Sarolangun 2019, berhak memilih tapi tidak terdaftar (lower is better): 0,2 / 0,2 → 100 under every formula', () => {
    // 2-R/T: (2 − 0,2/0,2) × 100 = 100; T/R: 0,2/0,2 × 100 = 100
    for (const rumus of FORMULAS) {
      expect(turun(0.2, 0.2, rumus)).toEqual({
        status: 'terhitung',
        nilai: 100,
        nilaiMentah: 100,
        kategori: 'Sangat Berhasil',
      });
      expect(turun(0.2, 0.2, rumus, uncapped)).toMatchObject({ nilai: 100 });
    }
  });
  it('KPU Prov. Kaltim 2020, laporan keuangan: 2 Lap / 2 Lap → 100, the highest band', () => {
    expect(naik(2, 2)).toEqual({ status: 'terhitung', nilai: 100, nilaiMentah: 100, kategori: 'Sangat Berhasil' });
  });
  it('partisipasi Pilgub Banten 2024: 66,05 of 77,5 → 85,23 (Sangat Berhasil)', () => {
    // 66,05 / 77,5 × 100 = 85,2258…
    const c = naik(77.5, 66.05);
    expect(c.status === 'terhitung' && c.nilai.toFixed(4)).toBe('85.2258');
  });
});

describe('computeCapaian edge cases, higher is better', () => {
  it('R = T gives 100; R = 0 is a value (0), an empty cell is not', () => {
    expect(naik(24, 24)).toMatchObject({ nilai: 100 });
    expect(naik(10, 0)).toEqual({ status: 'terhitung', nilai: 0, nilaiMentah: 0, kategori: 'Tidak Berhasil' });
    expect(naik(10, null)).toEqual({ status: 'belum-diisi', alasan: 'Realisasi belum diisi' });
  });
  it('T = 0 or no target cannot be computed, with the reason', () => {
    expect(naik(0, 5)).toEqual({
      status: 'tidak-dapat-dihitung',
      alasan: 'Target bernilai 0: capaian tidak dapat dihitung',
    });
    expect(naik(0, 0)).toMatchObject({ status: 'tidak-dapat-dihitung' });
    expect(naik(null, 5)).toEqual({ status: 'tidak-dapat-dihitung', alasan: 'Target tidak tersedia' });
  });
  it('range 80–90: above compares with 90, below with 80, inside (and on a bound) is 100', () => {
    expect(naik({ min: 80, max: 90 }, 92, uncapped)).toMatchObject({ nilai: 102.222222222 }); // 92/90
    expect(naik({ min: 80, max: 90 }, 70)).toMatchObject({ nilai: 87.5 }); // 70/80
    expect(naik({ min: 80, max: 90 }, 85)).toMatchObject({ nilai: 100 });
    expect(naik({ min: 80, max: 90 }, 80)).toMatchObject({ nilai: 100 });
    expect(naik({ min: 80, max: 90 }, 90)).toMatchObject({ nilai: 100 });
  });
});

describe('computeCapaian edge cases, lower is better', () => {
  it('R = T gives exactly 100 under every formula', () => {
    for (const rumus of FORMULAS)
      for (const t of [2, 5, 0.2, 7.3])
        expect(turun(t, t, rumus, uncapped)).toMatchObject({ nilai: 100, nilaiMentah: 100 });
  });
  it('R = 0, the best case, is computed: 200 raw under every formula, 100 when capped', () => {
    // 2-R/T: (2 − 0) × 100 = 200; T/R is held to the same ceiling (200) instead of dividing by 0
    for (const rumus of FORMULAS) {
      expect(turun(5, 0, rumus, uncapped)).toMatchObject({ status: 'terhitung', nilai: 200, nilaiMentah: 200 });
      expect(turun(5, 0, rumus)).toEqual({
        status: 'terhitung',
        nilai: 100,
        nilaiMentah: 200,
        kategori: 'Sangat Berhasil',
      });
    }
  });
  it('half the allowed value: 150 with 2-R/T, 200 with T/R; 6,25 against 5: 75 and 80', () => {
    expect(turun(2, 1, '2-R/T', uncapped)).toMatchObject({ nilai: 150 }); // (2 − 1/2) × 100
    expect(turun(2, 1, 'T/R', uncapped)).toMatchObject({ nilai: 200 }); // 2/1 × 100
    expect(turun(5, 6.25, '2-R/T')).toMatchObject({ nilai: 75, kategori: 'Berhasil' }); // (2 − 1,25) × 100
    expect(turun(5, 6.25, 'T/R')).toMatchObject({ nilai: 80, kategori: 'Berhasil' }); // 5/6,25 × 100
  });
  it('T/R never exceeds 200, even for a tiny realisasi', () => {
    expect(turun(5, 0.01, 'T/R', uncapped)).toMatchObject({ nilai: 200 }); // 5/0,01 × 100 = 50.000 → 200
    expect(turun(5, 2.6, 'T/R', uncapped)).toMatchObject({ nilai: 192.307692308 }); // 5/2,6 × 100
  });
  it('2-R/T never goes below 0 (realisasi at least twice the target)', () => {
    expect(turun(2, 4)).toMatchObject({ nilai: 0 });
    expect(turun(2, 6)).toMatchObject({ nilai: 0, kategori: 'Tidak Berhasil' });
  });
  it('T = 0: with R = 0 the policy value (default 100), with R above 0 cannot be computed', () => {
    expect(turun(0, 0)).toMatchObject({ status: 'terhitung', nilai: 100 });
    expect(turun(0, 0, 'T/R', { ...capped, capaianNolNolTurun: 0 })).toMatchObject({ nilai: 0 });
    expect(turun(0, 1)).toEqual({
      status: 'tidak-dapat-dihitung',
      alasan: 'Target 0 dengan realisasi lebih dari 0: capaian tidak dapat dihitung',
    });
  });
  it('range 0,1–0,3 lower is better: above compares with 0,3, below with 0,1', () => {
    expect(turun({ min: 0.1, max: 0.3 }, 0.45, '2-R/T')).toMatchObject({ nilai: 50 }); // (2 − 0,45/0,3) × 100
    expect(turun({ min: 0.1, max: 0.3 }, 0.05, '2-R/T', uncapped)).toMatchObject({ nilai: 150 }); // (2 − 0,05/0,1) × 100
    expect(turun({ min: 0.1, max: 0.3 }, 0.2, 'T/R')).toMatchObject({ nilai: 100 });
  });
});

describe('category as policy', () => {
  const diAtas100 = [
    { lebihDari: 100, label: 'Sangat Berhasil' },
    { min: 85, label: 'Berhasil' },
    { min: 70, label: 'Cukup Berhasil' },
    { label: 'Kurang Berhasil' },
  ];
  it('a band above 100 is reached from the raw value when kategoriDari is mentah, never from the capped one', () => {
    const mentah: CapaianPolicy = { ...capped, skalaKategori: diAtas100, kategoriDari: 'mentah' };
    const dibatasi: CapaianPolicy = { ...mentah, kategoriDari: 'dibatasi' };
    expect(naik(80, 83, mentah)).toEqual({
      status: 'terhitung',
      nilai: 100,
      nilaiMentah: 103.75,
      kategori: 'Sangat Berhasil',
    });
    expect(naik(80, 83, dibatasi)).toMatchObject({ nilai: 100, kategori: 'Berhasil' });
    // exactly 100 is not "above 100"
    expect(naik(2, 2, mentah)).toMatchObject({ kategori: 'Berhasil' });
  });
});

describe('kategoriFor', () => {
  it('band edges are inclusive at min, exclusive at lebihDari', () => {
    expect(kategoriFor(85, skala)).toBe('Sangat Berhasil');
    expect(kategoriFor(84.99, skala)).toBe('Berhasil');
    expect(kategoriFor(70, skala)).toBe('Berhasil');
    expect(kategoriFor(69.99, skala)).toBe('Cukup Berhasil');
    expect(kategoriFor(54.99, skala)).toBe('Tidak Berhasil');
    const s = [{ lebihDari: 100, label: 'A' }, { min: 100, label: 'B' }, { label: 'C' }];
    expect([kategoriFor(100.001, s), kategoriFor(100, s), kategoriFor(99.99, s)]).toEqual(['A', 'B', 'C']);
  });
  it('does not depend on the order the scale is written in', () => {
    expect(kategoriFor(72, [...skala].reverse())).toBe('Berhasil');
  });
});

describe('annualRealisasi', () => {
  it('kumulatif takes TW IV, jumlah sums complete years, akhir the last filled, rata-rata the mean', () => {
    expect(annualRealisasi([25, 50, 75, 100], 'kumulatif')).toBe(100);
    expect(annualRealisasi([25, 50, 75, null], 'kumulatif')).toBeNull();
    expect(annualRealisasi([0, 1, 0, 1], 'jumlah')).toBe(2);
    expect(annualRealisasi([0, 1, null, 1], 'jumlah')).toBeNull();
    expect(annualRealisasi([null, 90, 93, null], 'akhir')).toBe(93);
    expect(annualRealisasi([90, 92, null, 94], 'rata-rata')).toBe(92);
    expect(annualRealisasi([null, null, null, null], 'rata-rata')).toBeNull();
  });
});
