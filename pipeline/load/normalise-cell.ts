/** Folds exceljs' many cell-value shapes (formula, rich text, hyperlink, date, error) into one plain RawCell. */
import ExcelJS from 'exceljs';
import type { CellKind, RawCell } from './types.ts';

type Folded = { kind: CellKind; text: string; number?: number } | null;

/** A plain RawCell for one exceljs cell, or null when the cell is empty or the hidden part of a merge. */
export function normaliseCell(cell: ExcelJS.Cell): RawCell | null {
  // Only the top-left cell of a merge holds the value; the others would repeat it.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const folded = fold(cell.value);
  if (folded === null) return null;
  const raw: RawCell = { row: Number(cell.row), col: Number(cell.col), address: cell.address, ...folded };
  const numFmt = cell.numFmt;
  if (typeof numFmt === 'string' && numFmt !== '' && numFmt !== 'General') raw.numFmt = numFmt;
  return raw;
}

function fold(v: unknown): Folded {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', number: v, text: String(v) } : null;
  if (typeof v === 'string') return v.trim() === '' ? null : { kind: 'text', text: v };
  if (typeof v === 'boolean') return { kind: 'boolean', text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return foldDate(v);
  if (typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if ('error' in o) return { kind: 'error', text: String(o['error']) };
  if ('formula' in o || 'sharedFormula' in o) return foldFormula(o);
  if (Array.isArray(o['richText'])) return fold(richTextOf(o['richText']));
  // Hyperlink: its text may itself be rich text (exceljs issue #964).
  if ('hyperlink' in o) return fold(o['text'] ?? o['hyperlink']);
  if ('text' in o) return fold(o['text']);
  return null;
}

function foldFormula(o: Record<string, unknown>): Folded {
  const result = o['result'];
  if (result === undefined || result === null) {
    const formula = String(o['formula'] ?? o['sharedFormula'] ?? '');
    return { kind: 'formula-no-result', text: formula.startsWith('=') ? formula : `=${formula}` };
  }
  return fold(result);
}

function foldDate(d: Date): Folded {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return null;
  const iso = d.toISOString();
  // Excel dates carry no zone; exceljs reads them as UTC midnight, so a whole day prints as YYYY-MM-DD.
  return { kind: 'date', number: ms, text: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso };
}

function richTextOf(parts: unknown[]): string {
  return parts.map((p) => (p && typeof p === 'object' && 'text' in p ? String(p.text) : '')).join('');
}
