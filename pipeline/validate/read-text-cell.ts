/** Reads a text column (Indikator, Sumber Data, Keterangan, Analisis…), reporting cells whose value is unusable. */
import type { RawCell } from '../load/types.ts';
import { report, type SheetContext } from './sheet-context.ts';

/** The cell's text, trimmed with single spaces; '' when empty or when the cell holds an error or uncomputed formula. */
export function readTextCell(ctx: SheetContext, cell: RawCell | undefined, label: string): string {
  if (!cell) return '';
  if (cell.kind === 'formula-no-result') {
    reportFormulaNoResult(ctx, cell, label);
    return '';
  }
  if (cell.kind === 'error') {
    const message = `Kolom ${label} berisi galat Excel ${cell.text}. Perbaiki rumus di sel ini atau ketik isinya langsung.`;
    report(ctx, 'error', { rule: 'sel-galat', cell: cell.address, message, actual: cell.text });
    return '';
  }
  if (cell.kind === 'date') return cell.text;
  return cell.text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/** The error for a formula saved without its value (files written by scripts, not by Excel). */
export function reportFormulaNoResult(ctx: SheetContext, cell: RawCell, label: string): void {
  const message =
    `Kolom ${label} berisi rumus ${cell.text} yang nilainya belum dihitung (berkas kemungkinan dibuat oleh program lain). ` +
    'Buka berkas ini di Excel atau LibreOffice lalu simpan ulang agar nilainya terhitung.';
  report(ctx, 'error', { rule: 'rumus-tanpa-hasil', cell: cell.address, message, actual: cell.text });
}
