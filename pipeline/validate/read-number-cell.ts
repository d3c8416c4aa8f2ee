/** Reads a numeric column (Target, Realisasi, Pagu…) and reports why a cell is not a usable number. */
import { cellAddress } from '../diagnostic.ts';
import type { RawCell } from '../load/types.ts';
import { MAX_SANE_NUMBER, SANE_LIMIT_TEXT, outOfRange } from './number-range.ts';
import { parseNumber } from './parse-number.ts';
import { reportFormulaNoResult } from './read-text-cell.ts';
import { report, type SheetContext } from './sheet-context.ts';

/** Which cell is read and how it is described to the user. */
export interface NumberColumn {
  /** Column name as the user sees it: `Realisasi`, `Realisasi TW II`, `Pagu`. */
  label: string;
  /** The indicator's satuan (`%`, `Lap`) or `Rp` for money. */
  satuan?: string;
}

/** The number in the cell, or null when it is empty or unusable (an error or warning is recorded then). */
export function readNumberCell(ctx: SheetContext, cell: RawCell | undefined, col: NumberColumn): number | null {
  const parsed = parseNumber(cell, col.satuan === undefined ? {} : { satuan: col.satuan });
  if (parsed.kind === 'empty') return null;
  if (parsed.kind === 'number' && !(Math.abs(parsed.value) <= MAX_SANE_NUMBER)) {
    if (cell)
      report(ctx, 'error', {
        rule: 'angka-di-luar-jangkauan',
        cell: cell.address,
        message: outOfRange(col.label, cell.text),
        actual: cell.text,
        expected: `≤ ${SANE_LIMIT_TEXT}`,
      });
    return null;
  }
  if (parsed.kind === 'number') {
    // Rupiah have no fractions of a thousandth: `50.000` is fifty thousand without doubt.
    const obvious = col.satuan === 'Rp' && Number.isInteger(parsed.value);
    if (parsed.note !== undefined && cell && !obvious) {
      const message = `${col.label} ${parsed.note} Periksa bahwa angkanya benar.`;
      report(ctx, 'warning', { rule: 'angka-ambigu', cell: cell.address, message, actual: cell.text });
    }
    return parsed.value;
  }
  if (!cell) return null;
  if (cell.kind === 'formula-no-result') reportFormulaNoResult(ctx, cell, col.label);
  else if (cell.kind === 'error') {
    const message = `${col.label} berisi galat Excel ${cell.text}. Perbaiki rumus di sel ini atau ketik angkanya langsung.`;
    report(ctx, 'error', { rule: 'sel-galat', cell: cell.address, message, actual: cell.text, expected: 'angka' });
  } else
    report(ctx, 'error', {
      rule: 'bukan-angka',
      cell: cell.address,
      message: notANumber(cell, col, parsed.reason),
      actual: cell.text,
      expected: 'angka',
    });
  return null;
}

function notANumber(cell: RawCell, col: NumberColumn, reason: string): string {
  const why = reason === 'bukan angka' ? '' : `: ${reason}`;
  const dateHint =
    cell.kind === 'date'
      ? ' Excel mengubah isian menjadi tanggal; ubah format sel menjadi Number lalu ketik ulang angkanya.'
      : '';
  return `${col.label} "${cell.text}" bukan angka${why}.${dateHint} ${howToType(col.satuan)}`;
}

/** Satuan whose values are counts of things (Dokumen, Kali, Lap, orang…): the example is a whole number. */
const isCount = (satuan: string) => !/^(%|persen|nilai|indeks|skor|poin|rp)$/i.test(satuan.trim());

/** How to type a number of this satuan, with an example that fits it. */
function howToType(satuan: string | undefined): string {
  if (satuan === 'Rp') return 'Isi dengan angka rupiah, misalnya 1.250.000 atau 1250000.';
  if (satuan === undefined) return 'Isi dengan angka, misalnya 85 atau 85,5.';
  if (satuan === '%') return 'Isi dengan angka persen, misalnya 85 atau 85,5 (boleh dengan tanda "%").';
  if (isCount(satuan)) return `Isi dengan bilangan bulat, misalnya 12 (boleh ditulis "12 ${satuan}").`;
  return `Isi dengan angka, misalnya 85 atau 85,5 (tanpa satuan lain selain "${satuan}").`;
}

/** Excel address of a row's cell in a column, for messages about cells that may be empty. */
export const addressOf = (row: number, col: number | undefined): string | undefined =>
  col === undefined ? undefined : cellAddress(row, col);
