import { describe, expect, it } from 'vitest';
import { computeCapaian, kategoriFor, type CapaianPolicy } from '../../pipeline/merge/compute-capaian.ts';
import { annualRealisasi } from '../../pipeline/merge/annual-realisasi.ts';

const skala = [
  { min: 85, label: 'Sangat Berhasil' },
  { min: 70, label: 'Berhasil' },
  { min: 55, label: 'Cukup Berhasil' },
  { label: 'Tidak Berhasil' },
];
const capped: CapaianPolicy = { batasCapaian100: true, capaianNolNolTurun: 100, skalaKategori: skala };
const uncapped: CapaianPolicy = { ...capped, batasCapaian100: false };
const naik = (target: number | { min: number; max: number } | null, realisasi: number | null, p = capped) =>
  computeCapaian({ target, realisasi, arah: 'naik', rumus: 'R/T' }, p);
const turun = (target: number, realisasi: number | null, rumus: '2-R/T' | 'T/R' | '(T-R)/T' = '2-R/T', p = capped) =>
  computeCapaian({ target, realisasi, arah: 'turun', rumus }, p);

describe('computeCapaian, higher is better', () => {
  it('partisipasi Pilgub Banten 2024: 66,05 of 77,5 is 85,23 (Sangat Berhasil)', () => {
    const c = naik(77.5, 66.05);
    expect(c.status).toBe('terhitung');
    if (c.status !== 'terhitung') return;
    expect(c.nilai.toFixed(2)).toBe('85.23');
    expect(c.kategori).toBe('Sangat Berhasil');
  });
  it('caps at 100 and keeps the raw value (Sarolangun 2019: 83 of 80)', () => {
    expect(naik(80, 83)).toEqual({ status: 'terhitung', nilai: 100, nilaiMentah: 103.75, kategori: 'Sangat Berhasil' });
    expect(naik(80, 83, uncapped)).toMatchObject({ nilai: 103.75, nilaiMentah: 103.75 });
  });
  it('a real 0 is a value, an empty cell is not', () => {
    expect(naik(10, 0)).toMatchObject({ status: 'terhitung', nilai: 0, kategori: 'Tidak Berhasil' });
    expect(naik(10, null)).toEqual({ status: 'belum-diisi', alasan: 'Realisasi belum diisi' });
  });
  it('target 0 or no target cannot be computed', () => {
    expect(naik(0, 5)).toMatchObject({ status: 'tidak-dapat-dihitung' });
    expect(naik(null, 5)).toMatchObject({ status: 'tidak-dapat-dihitung', alasan: 'Target tidak tersedia' });
  });
  it('range targets compare with the bound on the realisasi side', () => {
    expect(naik({ min: 80, max: 90 }, 92, uncapped)).toMatchObject({ nilai: 102.222222222 });
    expect(naik({ min: 80, max: 90 }, 70)).toMatchObject({ nilai: 87.5 });
    expect(naik({ min: 80, max: 90 }, 85)).toMatchObject({ nilai: 100 });
  });
});

describe('computeCapaian, lower is better', () => {
  it('0,2 of 0,2 is 100 under every formula but (T-R)/T', () => {
    expect(turun(0.2, 0.2)).toMatchObject({ nilai: 100 });
    expect(turun(0.2, 0.2, 'T/R')).toMatchObject({ nilai: 100 });
    expect(turun(0.2, 0.2, '(T-R)/T')).toMatchObject({ nilai: 0 });
  });
  it('half the allowed value: 150 raw with 2-R/T, 200 with T/R, 50 with (T-R)/T', () => {
    expect(turun(2, 1, '2-R/T', uncapped)).toMatchObject({ nilai: 150 });
    expect(turun(2, 1, 'T/R', uncapped)).toMatchObject({ nilai: 200 });
    expect(turun(2, 1, '(T-R)/T', uncapped)).toMatchObject({ nilai: 50 });
    expect(turun(2, 1)).toMatchObject({ nilai: 100, nilaiMentah: 150 });
  });
  it('2-R/T never goes below 0', () => {
    expect(turun(2, 6)).toMatchObject({ nilai: 0 });
  });
  it('0 target with 0 realisasi follows the policy; with more than 0 it cannot be computed', () => {
    expect(turun(0, 0)).toMatchObject({ status: 'terhitung', nilai: 100 });
    expect(turun(0, 0, '2-R/T', { ...capped, capaianNolNolTurun: 0 })).toMatchObject({ nilai: 0 });
    expect(turun(0, 1)).toMatchObject({ status: 'tidak-dapat-dihitung' });
  });
  it('T/R with realisasi 0 cannot be computed', () => {
    expect(turun(2, 0, 'T/R')).toMatchObject({ status: 'tidak-dapat-dihitung' });
  });
});

describe('kategoriFor', () => {
  it('band edges are inclusive at the lower bound', () => {
    expect(kategoriFor(85, skala)).toBe('Sangat Berhasil');
    expect(kategoriFor(84.99, skala)).toBe('Berhasil');
    expect(kategoriFor(70, skala)).toBe('Berhasil');
    expect(kategoriFor(69.99, skala)).toBe('Cukup Berhasil');
    expect(kategoriFor(54.99, skala)).toBe('Tidak Berhasil');
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
