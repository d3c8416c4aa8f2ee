import { describe, expect, it } from 'vitest';
import { bulatkanAman, formatPersen } from '../../pipeline/format.ts';
import {
  formatCapaian,
  formatIndikator,
  formatSerapan,
  formatTargetIndikator,
} from '../../pipeline/render/format-nilai.ts';
import { formatEfisiensi } from '../../pipeline/render/view-efisiensi.ts';
import type { IndikatorData } from '../../schemas/dataset.ts';
import { dataset } from '../fixtures/dataset.ts';

const skala = [{ min: 85, label: 'A' }, { min: 70, label: 'B' }, { label: 'C' }];
const base = dataset.sasaran[0]!.indikator[0]!;

/** An indicator with these values (no quarters, no standard), for the precision rules. */
function ind(
  target: IndikatorData['target'],
  realisasi: number | null,
  riwayat: (number | null)[] = [],
): IndikatorData {
  const tahun = riwayat.map((r, i) => ({ tahun: 2021 + i, realisasi: r, capaian: base.capaian }));
  return {
    ...base,
    target,
    realisasi,
    targetTriwulan: [null, null, null, null],
    realisasiTriwulan: [null, null, null, null],
    riwayat: [...tahun, { tahun: 2024, realisasi, capaian: base.capaian }],
    standarNasional: null,
    renstra: { ...base.renstra, targetAkhir: typeof target === 'number' ? target : target.max },
  };
}

describe('a verdict never changes in print', () => {
  it('a value below 100 never prints 100,00; a non-zero never prints 0,00', () => {
    expect(formatCapaian(99.996)).toBe('99,99');
    expect(formatCapaian(99.994)).toBe('99,99');
    expect(formatCapaian(100)).toBe('100,00');
    expect(formatCapaian(100.004)).toBe('100,01');
    expect(formatCapaian(0.004)).toBe('0,01');
    expect(formatCapaian(0)).toBe('0,00');
    expect(formatSerapan(99.999)).toBe('99,99');
    expect(formatPersen(99.996)).toBe('99,99');
    expect(bulatkanAman(-0.004, 2)).toBe(-0.01);
  });
  it('a capaian printed next to its category never crosses the category bound', () => {
    expect(formatCapaian(84.996, skala)).toBe('84,99'); // Berhasil, not "85,00 Berhasil"
    expect(formatCapaian(69.999, skala)).toBe('69,99');
    expect(formatCapaian(85, skala)).toBe('85,00');
    expect(formatCapaian(100.003, [{ lebihDari: 100, label: 'di atas 100' }])).toBe('100,01');
  });
  it('ordinary values round as usual', () => {
    expect(formatCapaian((66.05 / 77.5) * 100, skala)).toBe('85,23');
    expect(formatCapaian(93.47294850026667, skala)).toBe('93,47');
  });
  it('efficiency never prints 0,00 when it is not 0, and keeps its sign', () => {
    expect(formatEfisiensi(-0.004, 'selisih')).toBe('-0,01');
    expect(formatEfisiensi(0.004, 'selisih')).toBe('+0,01');
    expect(formatEfisiensi(0.9999, 'rasio')).toBe('0,99');
  });
});

describe("one precision for all of an indicator's values", () => {
  it('IKPA 93,12 | 95,41 | 94,6 against 95 prints 93,12 | 95,41 | 94,60 and 95,00', () => {
    const i = ind(95, 94.6, [93.12, 95.41]);
    const { angka } = formatIndikator(i);
    expect([93.12, 95.41, 94.6].map(angka)).toEqual(['93,12', '95,41', '94,60']);
    expect(formatTargetIndikator(i)).toBe('95,00');
  });
  it('whole counts stay whole: 24 Kali, 27 Kali', () => {
    const i = ind(24, 27, [17, 22]);
    expect(formatIndikator(i).angka(27)).toBe('27');
    expect(formatTargetIndikator(i)).toBe('24');
  });
  it('99,996 against target 100 gets the digits that tell them apart', () => {
    const i = ind(100, 99.996);
    expect(formatIndikator(i).angka(99.996)).toBe('99,996');
    expect(formatTargetIndikator(i)).toBe('100,000');
  });
  it('0,004 never prints 0', () => {
    const i = ind(0.2, 0.004);
    expect(formatIndikator(i).angka(0.004)).toBe('0,004');
    expect(formatTargetIndikator(i)).toBe('0,200');
  });
  it('beyond four decimals, rounds away from the target', () => {
    const i = ind(100, 99.99999);
    expect(formatIndikator(i).angka(99.99999)).toBe('99,9999');
  });
  it('two years that differ never print equal (the trend says they differ)', () => {
    const i = ind(95, 94.604, [94.6]);
    expect([94.6, 94.604].map(formatIndikator(i).angka)).toEqual(['94,600', '94,604']);
  });
  it('a quarter never prints equal to its quarterly target when it differs (Lampiran 2)', () => {
    const i = {
      ...ind(100, 100),
      targetTriwulan: [25, 50, 75, 100] as IndikatorData['targetTriwulan'],
      realisasiTriwulan: [24.996, 50, 75, 100] as IndikatorData['realisasiTriwulan'],
    };
    expect(formatIndikator(i).angka(24.996)).toBe('24,996');
    expect(formatIndikator(i).angka(25)).toBe('25,000');
  });
  it('a range prints both bounds in the indicator precision', () => {
    expect(formatTargetIndikator(ind({ min: 70, max: 80 }, 68.4))).toBe('70,0–80,0');
  });
});
