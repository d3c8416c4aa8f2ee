/** Budget lines are summed per program and kegiatan; a line together with its own sub-lines would count twice. */
import type { Division } from '../../schemas/division.ts';
import { error, type Diagnostic } from '../diagnostic.ts';

/** Errors for each budget line whose code is the parent of another line's code (`076.01.WA` over `076.01.WA.2345`). */
export function checkBudgetNesting(divisions: Division[]): Diagnostic[] {
  const lines = divisions.flatMap((d) => d.anggaran.map((a) => ({ file: d.file, sheet: d.sheets.anggaran, ...a })));
  // Every proper prefix of every code, mapped to the first line below it: one pass, not a pairwise scan.
  const firstChild = new Map<string, (typeof lines)[number]>();
  for (const l of lines) {
    const parts = l.kode.split('.');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (!firstChild.has(prefix)) firstChild.set(prefix, l);
    }
  }
  const out: Diagnostic[] = [];
  for (const parent of lines) {
    const child = firstChild.get(parent.kode);
    if (!child) continue;
    const place = child.file === parent.file ? `baris ${child.row}` : `${child.file} baris ${child.row}`;
    const message =
      `Baris ${parent.row} (${parent.kode}) adalah induk dari ${child.kode} (${place}), sehingga anggarannya akan terhitung dua kali. ` +
      'Tulis rinciannya saja, atau induknya saja.';
    out.push(
      error({ rule: 'anggaran-terhitung-ganda', file: parent.file, sheet: parent.sheet, message, actual: parent.kode }),
    );
  }
  return out;
}
