/**
 * Rounding that never changes the verdict (issue 9): a value that is not equal to a threshold that matters — 0, the
 * target, 100% capaian, a category bound — never prints equal to it (99,996 against 100 prints 99,99 or 99,996,
 * never 100; 0,004 never prints 0). Every figure of one kind is printed by one function here, so a sentence
 * shows the same digits as the table next to it.
 */
import type { KategoriBand } from '../../schemas/config.ts';
import type { IndikatorData } from '../../schemas/dataset.ts';
import { formatAman, formatAngka } from '../format.ts';

/** Decimals of every capaian, serapan and efficiency figure: one precision for a whole column. */
export const DESIMAL_PERSEN = 2;

/** Most decimals an indicator's own values are given to keep a verdict (e.g. 99,996 against target 100). */
export const DESIMAL_MAKS = 4;

const EPS = 1e-9;

/** The category bounds of the scale: a capaian printed next to its category never crosses one of them. */
export const batasKategori = (skala: readonly KategoriBand[]): number[] =>
  skala.flatMap((b) => (b.lebihDari !== undefined ? [b.lebihDari] : b.min !== undefined ? [b.min] : []));

/** A capaian or a mean of capaian, two decimals: `85,23`; never `100,00` below 100, never across a category bound. */
export const formatCapaian = (n: number, skala: readonly KategoriBand[] = []): string =>
  formatAman(n, DESIMAL_PERSEN, [100, ...batasKategori(skala)]);

/** A serapan (budget absorption) in percent, two decimals; `100,00` only when all of the pagu was spent. */
export const formatSerapan = (n: number): string => formatAman(n, DESIMAL_PERSEN, [100]);

/** Decimals (0–2) that show `v` exactly, or 2 when it has more. */
function desimal(v: number): number {
  for (let d = 0; d < DESIMAL_PERSEN; d++) if (Math.abs(Math.round(v * 10 ** d) / 10 ** d - v) < EPS) return d;
  return DESIMAL_PERSEN;
}

/** Every number of the indicator's own unit that the report prints: targets, realisasi, quarters, earlier years. */
function nilaiIndikator(ind: IndikatorData): number[] {
  const t = typeof ind.target === 'number' ? [ind.target] : [ind.target.min, ind.target.max];
  const xs = [
    ...t,
    ...ind.targetTriwulan,
    ...ind.realisasiTriwulan,
    ind.realisasi,
    ...ind.riwayat.map((r) => r.realisasi),
  ];
  return [...xs, ind.renstra.targetAkhir, ind.standarNasional?.nilai ?? null].filter((x): x is number => x !== null);
}

/**
 * The values a realisasi is judged against: the target (both bounds of a range), the quarterly targets (Lampiran 2
 * prints them beside the quarters' realisasi), the Renstra end target, the national standard, and the other years'
 * realisasi (the trend of T4 compares them).
 */
function batasIndikator(ind: IndikatorData): number[] {
  const t = typeof ind.target === 'number' ? [ind.target] : [ind.target.min, ind.target.max];
  const xs = [
    ...t,
    ...ind.targetTriwulan,
    ind.renstra.targetAkhir,
    ind.standarNasional?.nilai ?? null,
    ...ind.riwayat.map((r) => r.realisasi),
  ];
  return xs.filter((x): x is number => x !== null);
}

/** How one indicator's values are printed: the same decimals for all of them, and verdict-safe. */
export interface FormatIndikator {
  desimal: number;
  angka: (v: number) => string;
}

const cache = new WeakMap<IndikatorData, FormatIndikator>();

/**
 * One precision for all of an indicator's values (target, realisasi, quarters, earlier years): the decimals its
 * values need, at most 2, raised up to `DESIMAL_MAKS` while a value would print equal to a threshold it is not equal
 * to (or a non-zero as 0); what is still too close then rounds away from the threshold.
 */
export function formatIndikator(ind: IndikatorData): FormatIndikator {
  const hit = cache.get(ind);
  if (hit) return hit;
  const xs = nilaiIndikator(ind);
  const batas = batasIndikator(ind);
  let d = Math.max(0, ...xs.map(desimal));
  const bertabrakan = (digits: number): boolean =>
    xs.some((v) => formatAngka(v, digits) !== formatAman(v, digits, batas));
  while (d < DESIMAL_MAKS && bertabrakan(d)) d++;
  const f: FormatIndikator = { desimal: d, angka: (v) => formatAman(v, d, batas) };
  cache.set(ind, f);
  return f;
}

/** An indicator's target as printed: `77,50`, or a range `80–90`, in the indicator's precision. */
export function formatTargetIndikator(ind: IndikatorData): string {
  const { angka } = formatIndikator(ind);
  return typeof ind.target === 'number' ? angka(ind.target) : `${angka(ind.target.min)}–${angka(ind.target.max)}`;
}
