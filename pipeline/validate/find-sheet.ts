/** Finds a sheet by name the way a person would: case, extra spaces and the spec's other spellings ignored. */
import type { RawSheet, RawWorkbook } from '../load/types.ts';
import { labelKey } from './text-keys.ts';

/** The first sheet whose name matches `name` or one of `aliases` (in `labelKey` form), if any. */
export function findSheet(wb: RawWorkbook, spec: { name: string; aliases: readonly string[] }): RawSheet | undefined {
  const wanted = new Set([labelKey(spec.name), ...spec.aliases]);
  return wb.sheets.find((s) => wanted.has(labelKey(s.name)));
}
