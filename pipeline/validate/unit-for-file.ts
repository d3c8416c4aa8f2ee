/**
 * Which unit a workbook file is from, by its name alone: for files that could not be read, so that a broken file
 * counts as "sent, but unreadable" rather than "not sent". Templates are named `LKj-<tahun>-<unit>.xlsx`, older
 * files `<unit>.xlsx`; the unit is matched by the slug of its name, an alias, or its code.
 */
import path from 'node:path';
import type { UnitKerja } from '../../schemas/config.ts';
import { unitSlug } from '../prepare/division-template/unit-slug.ts';

/** The unit a file name points at, or undefined. */
export function unitForFileName(file: string, units: readonly UnitKerja[]): UnitKerja | undefined {
  const stem = unitSlug(path.basename(file).replace(/\.[^.]*$/, '')).replace(/^lkj-\d{4}-/, '');
  return units.find((u) => [u.nama, ...u.alias, u.kode].some((name) => unitSlug(name) === stem));
}
