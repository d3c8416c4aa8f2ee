/**
 * The capaian engine (primer §4): realisasi measured against target, with the three outcomes kept apart —
 * computed, cannot be computed, not filled. A real 0 is a value; `null` is an empty cell.
 */
import type { TargetValue } from '../../schemas/common.ts';
import type { Config, KategoriBand } from '../../schemas/config.ts';
import type { CapaianResult } from '../../schemas/dataset.ts';

/** `R/T` for higher-is-better; one of the configured formulas for lower-is-better. */
export type Rumus = 'R/T' | '2-R/T' | 'T/R';

/** The policy choices that change a capaian. */
export type CapaianPolicy = Pick<
  Config['kebijakan'],
  'batasCapaian100' | 'capaianNolNolTurun' | 'skalaKategori' | 'kategoriDari'
>;

/**
 * Highest raw capaian of a lower-is-better indicator: what `2-R/T` gives for realisasi 0, the best case. `T/R`
 * grows without bound as realisasi falls to 0, so it is held to the same ceiling and realisasi 0 is computable.
 */
export const CAPAIAN_MAKS_TURUN = 200;

/** What one capaian needs to know about its indicator. */
export interface CapaianInput {
  target: TargetValue | null;
  realisasi: number | null;
  arah: 'naik' | 'turun';
  rumus: Rumus;
}

/** Computes capaian (in percent) for one indicator and one year, applying the cap and the category scale. */
export function computeCapaian(input: CapaianInput, policy: CapaianPolicy): CapaianResult {
  const { realisasi, arah, rumus } = input;
  if (realisasi === null) return { status: 'belum-diisi', alasan: 'Realisasi belum diisi' };
  if (input.target === null) return { status: 'tidak-dapat-dihitung', alasan: 'Target tidak tersedia' };
  const target = effectiveTarget(input.target, realisasi);
  if (target === 'dalam-rentang') return finish(100, policy);
  const raw = rawCapaian(target, realisasi, arah, rumus, policy);
  return typeof raw === 'string' ? { status: 'tidak-dapat-dihitung', alasan: raw } : finish(raw, policy);
}

/**
 * A range target compares with the bound on the realisasi's side (primer §4): above the range the upper bound,
 * below it the lower bound; inside the range the target is met.
 */
function effectiveTarget(target: TargetValue, realisasi: number): number | 'dalam-rentang' {
  if (typeof target === 'number') return target;
  if (realisasi > target.max) return target.max;
  if (realisasi < target.min) return target.min;
  return 'dalam-rentang';
}

/** The formula itself; a string is the reason it cannot be computed. */
function rawCapaian(
  t: number,
  r: number,
  arah: 'naik' | 'turun',
  rumus: Rumus,
  policy: CapaianPolicy,
): number | string {
  if (arah === 'naik') {
    if (t === 0) return 'Target bernilai 0: capaian tidak dapat dihitung';
    return clean((r * 100) / t);
  }
  if (t === 0) {
    return r === 0 ? policy.capaianNolNolTurun : 'Target 0 dengan realisasi lebih dari 0: capaian tidak dapat dihitung';
  }
  if (rumus === 'T/R') return r === 0 ? CAPAIAN_MAKS_TURUN : Math.min(CAPAIAN_MAKS_TURUN, clean((t * 100) / r));
  return Math.max(0, clean(((2 * t - r) * 100) / t));
}

/** Drops binary floating-point noise (103.75000000000001) so equal inputs print equal values. */
const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

/** A computed capaian: the cap as configured, the category from the value the policy names. */
export function finish(
  raw: number,
  policy: CapaianPolicy,
  nilai = policy.batasCapaian100 ? Math.min(raw, 100) : raw,
): CapaianResult {
  const kategori = kategoriFor(policy.kategoriDari === 'mentah' ? raw : nilai, policy.skalaKategori);
  return { status: 'terhitung', nilai, nilaiMentah: raw, kategori };
}

/** The lower bound of a band and whether the band starts just above it (`lebihDari`). */
const bound = (b: KategoriBand): { v: number; exclusive: boolean } =>
  b.lebihDari !== undefined ? { v: b.lebihDari, exclusive: true } : { v: b.min ?? -Infinity, exclusive: false };

/** The bands highest first: by bound, and `lebihDari: x` above `min: x`. */
export function bandsDescending<B extends KategoriBand>(skala: readonly B[]): B[] {
  return [...skala].sort((a, b) => bound(b).v - bound(a).v || Number(bound(b).exclusive) - Number(bound(a).exclusive));
}

/** The label of the highest band whose bound the value reaches (bands may be listed in any order). */
export function kategoriFor(nilai: number, skala: readonly KategoriBand[]): string {
  const bands = bandsDescending(skala);
  const reaches = (b: KategoriBand): boolean => (bound(b).exclusive ? nilai > bound(b).v : nilai >= bound(b).v);
  // Values below the lowest band still get its label: the scale's floor is a label, not a gap.
  return (bands.find(reaches) ?? bands[bands.length - 1])?.label ?? '';
}

/** The formula in words, printed in the report's Metode Perhitungan. */
export function rumusText(rumus: Rumus): string {
  switch (rumus) {
    case 'R/T':
      return 'Capaian = Realisasi / Target × 100%';
    case '2-R/T':
      return 'Capaian = (2 − Realisasi / Target) × 100%, paling rendah 0%';
    case 'T/R':
      return `Capaian = Target / Realisasi × 100%, paling tinggi ${CAPAIAN_MAKS_TURUN}% (juga untuk realisasi 0)`;
  }
}
