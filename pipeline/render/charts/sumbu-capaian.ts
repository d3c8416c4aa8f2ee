/**
 * The capaian axis of the charts, kept readable when the cap is off: it reaches just above the highest bar, but never
 * beyond `BATAS_SUMBU`; a bar above it is drawn up to the bound, in its own colour, with its real value as the label.
 */
import type { KategoriBand } from '../../../schemas/config.ts';
import type { CapaianResult } from '../../../schemas/dataset.ts';
import { formatAngka } from '../../format.ts';
import { capaianTeks } from '../view-capaian.ts';

/** Highest value the capaian axis shows (the highest capaian a lower-is-better formula gives). */
export const BATAS_SUMBU = 200;

/** Colour of a bar cut at the axis bound. */
export const WARNA_TERPOTONG = '#6b2c91';

/** The axis maximum for these capaian: a multiple of 20 at least 10 above the highest, at most `BATAS_SUMBU`. */
export function maksSumbu(capaian: readonly CapaianResult[]): number {
  const max = Math.max(100, ...capaian.map((c) => (c.status === 'terhitung' ? c.nilai : 0)));
  return Math.min(BATAS_SUMBU, Math.ceil((max + 10) / 20) * 20);
}

/** The axes of a capaian chart (its options for ECharts): indicator codes across, capaian in % up to `maks`. */
export function sumbuCapaian(kode: readonly string[], maks: number) {
  return {
    xAxis: { type: 'category', data: [...kode], axisLabel: { fontSize: 10, interval: 0 } },
    yAxis: {
      type: 'value',
      min: 0,
      max: maks,
      interval: 20,
      name: 'Capaian (%)',
      nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (v: number) => formatAngka(v) },
    },
  };
}

/** One bar of a capaian chart: its value (cut at the axis), its label, and whether it was cut. */
export interface BatangCapaian {
  value: number;
  label: string;
  terpotong: boolean;
}

/**
 * The bar for one capaian: the value printed in the tables with its `*`, or no bar and the status in words
 * (`belum diisi`, `tidak dapat dihitung`).
 */
export function batangCapaian(c: CapaianResult, maks: number, skala: readonly KategoriBand[]): BatangCapaian {
  if (c.status !== 'terhitung') return { value: 0, label: capaianTeks(c), terpotong: false };
  const terpotong = c.nilai > maks;
  return {
    value: Math.min(c.nilai, maks),
    label: `${capaianTeks(c, skala)}${terpotong ? ' (terpotong)' : ''}`,
    terpotong,
  };
}
