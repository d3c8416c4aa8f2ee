/**
 * Recognising a unit kerja of `laporan.yaml`: from what a workbook writes (name, alias or code, however spelled),
 * and from a workbook's file name alone (for files that could not be read, so that a broken file counts as "sent,
 * but unreadable" rather than "not sent"). Templates are named `LKj-<tahun>-<unit-slug>.xlsx`, older files
 * `<unit>.xlsx`.
 */
import path from 'node:path';
import type { UnitKerja } from '../../schemas/config.ts';
import { textKey } from './text-keys.ts';

/** File-name slug of a unit name: `Bagian Keuangan, Umum dan Logistik` → `bagian-keuangan-umum-dan-logistik`. */
export const unitSlug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The unit whose name, alias or code matches `written` (case, spacing and punctuation ignored). */
export function findUnit(written: string, units: readonly UnitKerja[]): UnitKerja | undefined {
  const key = textKey(written);
  return units.find((u) => [u.nama, u.kode, ...u.alias].some((s) => textKey(s) === key));
}

/** The unit a file name points at (by the slug of its name, an alias, or its code), or undefined. */
export function unitForFileName(file: string, units: readonly UnitKerja[]): UnitKerja | undefined {
  const stem = unitSlug(path.basename(file).replace(/\.[^.]*$/, '')).replace(/^lkj-\d{4}-/, '');
  return units.find((u) => [u.nama, ...u.alias, u.kode].some((name) => unitSlug(name) === stem));
}
