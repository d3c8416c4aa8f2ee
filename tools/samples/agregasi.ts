/** The sample generator's own check that an annual realisasi follows from the quarters (primer §4). */
import type { z } from 'zod';
import type { agregasi } from '../../schemas/common.ts';

export type Agregasi = z.infer<typeof agregasi>;

/** Annual value from TW I–IV under an aggregation kind; null when no quarter is filled. */
export function annualFromQuarters(kind: Agregasi, quarters: readonly (number | null)[]): number | null {
  const filled = quarters.filter((q): q is number => q !== null);
  if (filled.length === 0) return null;
  const sum = filled.reduce((s, q) => s + q, 0);
  switch (kind) {
    case 'jumlah':
      return sum;
    case 'rata-rata':
      return sum / filled.length;
    case 'kumulatif':
      if (filled.some((q, i) => i > 0 && q < (filled[i - 1] ?? q))) return null;
      return filled[filled.length - 1] ?? null;
    case 'akhir':
      return filled[filled.length - 1] ?? null;
  }
}
