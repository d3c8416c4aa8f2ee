/** Reads the `Analisis` sheet: per IKU, the causes of success or failure, the remedies and supporting programs. */
import { cellAddress } from '../diagnostic.ts';
import type { AnalisisRow } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { RawSheet } from '../load/types.ts';
import type { HeaderMatch } from './find-header.ts';
import { readTable } from './read-table.ts';
import { readTextCell } from './read-text-cell.ts';
import { reportHiddenRow } from './report-hidden-row.ts';
import type { SheetContext } from './sheet-context.ts';
import { ANALISIS } from './sheet-layout.ts';
import { ikuRowResolver } from './iku-row-resolver.ts';
import { looksLikeCode } from './text-keys.ts';

const label = (key: string): string => ANALISIS.columns.find((c) => c.key === key)?.label ?? key;

/** Rows with a known IKU code; unknown or repeated codes are reported and left out. */
export function readAnalisis(
  sheet: RawSheet,
  header: HeaderMatch,
  ref: Reference,
  kodeUnit: string | undefined,
  ctx: SheetContext,
): AnalisisRow[] {
  const resolve = ikuRowResolver(
    ref,
    kodeUnit,
    ctx,
    (kode, first, row) =>
      `Analisis ${kode} sudah diisi di baris ${first}; baris ${row} mengisinya lagi. Gabungkan isinya menjadi satu baris.`,
  );
  const rows: AnalisisRow[] = [];
  for (const r of readTable(sheet, header)) {
    if (r.hidden) reportHiddenRow(ctx, r.row);
    const text = (key: string) => readTextCell(ctx, r.cells.get(key), label(key));
    const kodeCell = r.cells.get('kodeIku');
    const kode = text('kodeIku');
    // A sasaran heading or a note under the table.
    if (kode === '' || (r.cells.size === 1 && !looksLikeCode(kode))) continue;
    const iku = resolve(kode, kodeCell, r.row);
    if (!iku) continue;
    const sel: Record<string, string> = {};
    for (const [key, col] of header.columns) sel[key] = cellAddress(r.row, col);
    rows.push({
      kodeIku: iku.kode,
      penyebab: text('penyebab'),
      upaya: text('upaya'),
      programPendukung: text('programPendukung'),
      row: r.row,
      sel,
    });
  }
  return rows;
}
