/** Decides which templates to make: one per unit of `laporan.yaml`, with that unit's IKU in reference order. */
import type { UnitKerja } from '../../../schemas/config.ts';
import type { IkuIndikator } from '../../../schemas/iku.ts';
import type { Reference } from '../../../schemas/reference.ts';
import { unitSlug } from '../../validate/find-unit.ts';

/** Empty rows prepared on the `Anggaran` sheet; a division inserts more when it needs them. */
export const ANGGARAN_ROWS = 40;

/** What one unit's template holds. */
export interface TemplatePlan {
  unit: UnitKerja;
  tahun: number;
  /** `LKj-2024-divisi-hukum-dan-pengawasan.xlsx`. */
  file: string;
  /** The unit's IKU (may be empty: a unit that only reports its budget). */
  indikator: IkuIndikator[];
  /** Prepared input rows on `Anggaran`. */
  anggaranRows: number;
}

/** One plan per reporting unit, in the order of `laporan.yaml`. */
export function planTemplates(ref: Reference): TemplatePlan[] {
  const tahun = ref.config.tahun;
  return ref.config.unitKerja.map((unit) => ({
    unit,
    tahun,
    file: `LKj-${tahun}-${unitSlug(unit.nama)}.xlsx`,
    indikator: ref.iku.indikator.filter((i) => i.unit === unit.kode),
    anggaranRows: ANGGARAN_ROWS,
  }));
}
