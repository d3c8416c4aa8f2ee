/**
 * The capaian engine (primer §4): realisasi measured against target, with the three outcomes kept apart —
 * computed, cannot be computed, not filled. A real 0 is a value; `null` is an empty cell.
 */
import type { TargetValue } from '../../schemas/common.ts';
import type { Config } from '../../schemas/config.ts';
import type { CapaianResult } from '../../schemas/dataset.ts';

/** `R/T` for higher-is-better; one of the configured formulas for lower-is-better. */
export type Rumus = 'R/T' | '2-R/T' | 'T/R' | '(T-R)/T';

/** The policy choices that change a capaian. */
export type CapaianPolicy = Pick<Config['kebijakan'], 'batasCapaian100' | 'capaianNolNolTurun' | 'skalaKategori'>;

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
function rawCapaian(t: number, r: number, arah: 'naik' | 'turun', rumus: Rumus, policy: CapaianPolicy): number | string {
  if (arah === 'naik') {
    if (t === 0) return 'Target bernilai 0: capaian tidak dapat dihitung';
    return clean((r * 100) / t);
  }
  if (t === 0) {
    return r === 0 ? policy.capaianNolNolTurun : 'Target 0 dengan realisasi lebih dari 0: capaian tidak dapat dihitung';
  }
  switch (rumus) {
    case 'T/R':
      return r === 0 ? 'Realisasi 0 pada rumus Target/Realisasi: capaian tidak dapat dihitung' : clean((t * 100) / r);
    case '(T-R)/T':
      return clean(((t - r) * 100) / t);
    default:
      return Math.max(0, clean(((2 * t - r) * 100) / t));
  }
}

/** Drops binary floating-point noise (103.75000000000001) so equal inputs print equal values. */
const clean = (x: number): number => Math.round(x * 1e9) / 1e9;

function finish(raw: number, policy: CapaianPolicy): CapaianResult {
  const nilai = policy.batasCapaian100 ? Math.min(raw, 100) : raw;
  return { status: 'terhitung', nilai, nilaiMentah: raw, kategori: kategoriFor(nilai, policy.skalaKategori) };
}

/** The label of the highest band whose `min` is not above the value (bands may be listed in any order). */
export function kategoriFor(nilai: number, skala: CapaianPolicy['skalaKategori']): string {
  const floor = (b: { min?: number | undefined }) => b.min ?? -Infinity;
  const bands = [...skala].sort((a, b) => floor(b) - floor(a));
  // Values below the lowest band still get its label: the scale's floor is a label, not a gap.
  return (bands.find((b) => nilai >= floor(b)) ?? bands[bands.length - 1])?.label ?? '';
}

/** The formula in words, printed in the report's Metode Perhitungan. */
export function rumusText(rumus: Rumus): string {
  switch (rumus) {
    case 'R/T':
      return 'Capaian = Realisasi / Target × 100%';
    case '2-R/T':
      return 'Capaian = (2 − Realisasi / Target) × 100%';
    case 'T/R':
      return 'Capaian = Target / Realisasi × 100%';
    case '(T-R)/T':
      return 'Capaian = (Target − Realisasi) / Target × 100%';
  }
}
