/** Reads the `Capaian` sheet: one row per IKU with target, quarterly and annual realisasi, checked against the PK. */
import { cellAddress } from '../diagnostic.ts';
import type { CapaianRow } from '../../schemas/division.ts';
import type { IkuIndikator } from '../../schemas/iku.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { RawSheet } from '../load/types.ts';
import { checkCapaianRow } from './check-capaian-row.ts';
import type { HeaderMatch } from './find-header.ts';
import { parseNumber } from './parse-number.ts';
import { readNumberCell } from './read-number-cell.ts';
import { readTable, type TableRow } from './read-table.ts';
import { reportHiddenRow } from './report-hidden-row.ts';
import { readTextCell } from './read-text-cell.ts';
import { report, type SheetContext } from './sheet-context.ts';
import { CAPAIAN } from './sheet-layout.ts';
import { ikuRowResolver } from './iku-row-resolver.ts';
import { looksLikeCode } from './text-keys.ts';

const label = (key: string): string => CAPAIAN.columns.find((c) => c.key === key)?.label ?? key;
const NUMBER_KEYS = ['target', 'twI', 'twII', 'twIII', 'twIV', 'realisasi'];

/** Valid rows of the sheet; rows with an unknown or repeated IKU code are reported and left out. */
export function readCapaian(
  sheet: RawSheet,
  header: HeaderMatch,
  ref: Reference,
  kodeUnit: string | undefined,
  ctx: SheetContext,
): CapaianRow[] {
  const resolve = ikuRowResolver(
    ref,
    kodeUnit,
    ctx,
    (kode, first, row) =>
      `${kode} sudah diisi di baris ${first}; baris ${row} mengisinya lagi. Gabungkan menjadi satu baris dan hapus yang lain.`,
  );
  const rows: CapaianRow[] = [];
  for (const r of readTable(sheet, header)) {
    if (r.hidden) reportHiddenRow(ctx, r.row);
    const kodeCell = r.cells.get('kodeIku');
    const kode = readTextCell(ctx, kodeCell, label('kodeIku'));
    // Signature blocks under the table put text in these columns; only real numbers make a data row.
    const hasNumbers = NUMBER_KEYS.some((k) => parseNumber(r.cells.get(k), {}).kind === 'number');
    if (kode === '') {
      if (hasNumbers)
        reportMissingCode(
          ctx,
          r,
          header,
          ref.iku.indikator.filter((i) => i.unit === kodeUnit).map((i) => i.kode),
        );
      continue;
    }
    if (r.cells.size === 1 && !looksLikeCode(kode)) continue; // a heading such as "Sasaran 1: …" alone on its row
    const iku = resolve(kode, kodeCell, r.row);
    if (!iku) continue;
    rows.push(readRow(r, iku, ctx, header));
  }
  return rows;
}

function readRow(r: TableRow, iku: IkuIndikator, ctx: SheetContext, header: HeaderMatch): CapaianRow {
  const num = (key: string) => readNumberCell(ctx, r.cells.get(key), { label: label(key), satuan: iku.satuan });
  const text = (key: string) => readTextCell(ctx, r.cells.get(key), label(key));
  const sel: Record<string, string> = {};
  for (const [key, col] of header.columns) sel[key] = cellAddress(r.row, col);
  const row: CapaianRow = {
    kodeIku: iku.kode,
    indikator: text('indikator'),
    satuan: text('satuan'),
    // A range target (80–90) is not one number; it is compared as text and the PK range is used.
    target: typeof iku.target === 'number' ? num('target') : null,
    triwulan: [num('twI'), num('twII'), num('twIII'), num('twIV')],
    realisasi: num('realisasi'),
    sumberData: text('sumberData'),
    keterangan: text('keterangan'),
    row: r.row,
    sel,
  };
  checkCapaianRow(row, iku, r, ctx);
  return row;
}

/** A row of numbers without a code: only one of the unit's own codes can be right (another unit's would wrongly report for it). */
function reportMissingCode(ctx: SheetContext, r: TableRow, header: HeaderMatch, ownCodes: string[]): void {
  const col = header.columns.get('kodeIku');
  const cell = col === undefined ? undefined : cellAddress(r.row, col);
  const own = ownCodes.length
    ? `salah satu kode IKU unit ini (${ownCodes.join(', ')})`
    : 'kode IKU unit ini (lihat lembar Petunjuk)';
  const message =
    `Baris ${r.row} berisi angka tetapi Kode IKU kosong. Jika angka itu milik IKU unit ini, isi dengan ${own}; ` +
    'jika bukan, hapus isi baris ini. Jangan memakai kode IKU unit lain.';
  report(ctx, 'error', { rule: 'kode-iku-kosong', ...(cell ? { cell } : {}), message });
}
