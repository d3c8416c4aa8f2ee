/** Recognises a unit kerja however a workbook spells it: by name, alias or code from `laporan.yaml`. */
import type { UnitKerja } from '../../schemas/config.ts';
import { textKey } from './text-keys.ts';

/** The unit whose name, alias or code matches `written` (case, spacing and punctuation ignored). */
export function findUnit(written: string, units: readonly UnitKerja[]): UnitKerja | undefined {
  const key = textKey(written);
  return units.find((u) => [u.nama, u.kode, ...u.alias].some((s) => textKey(s) === key));
}
