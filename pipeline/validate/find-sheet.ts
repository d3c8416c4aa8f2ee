/** Finds a sheet by name the way a person would: case, extra spaces and the spec's other spellings ignored. */
import type { RawSheet, RawWorkbook } from '../load/types.ts';
import { labelKey } from './text-keys.ts';

/** Every sheet whose name matches `name` or one of `aliases` (in `labelKey` form), in tab order. */
export function matchingSheets(wb: RawWorkbook, spec: { name: string; aliases: readonly string[] }): RawSheet[] {
  const wanted = new Set([labelKey(spec.name), ...spec.aliases]);
  return wb.sheets.filter((s) => wanted.has(labelKey(s.name)));
}

/** A sheet the user cannot see on the tabs. */
export const isHidden = (s: RawSheet): boolean => s.state === 'hidden' || s.state === 'veryHidden';

/** The sheet to read for `spec`: the first visible match; a hidden one only when no visible sheet matches. */
export function findSheet(wb: RawWorkbook, spec: { name: string; aliases: readonly string[] }): RawSheet | undefined {
  const matches = matchingSheets(wb, spec);
  return matches.find((s) => !isHidden(s)) ?? matches[0];
}
