/** Finds a table's header row wherever it stands — under a title block, possibly split over two rows. */
import type { RawCell, RawSheet } from '../load/types.ts';
import type { ColumnSpec, SheetSpec } from './sheet-layout.ts';
import { labelKey } from './text-keys.ts';

/** Where a table's header is and which sheet column holds each spec column. */
export interface HeaderMatch {
  /** Last header row; data starts below it. */
  lastRow: number;
  /** Spec column key → 1-based sheet column. */
  columns: Map<string, number>;
  /** Spec columns not found. */
  missing: ColumnSpec[];
}

/** How far down a header may stand (title blocks, instructions, logos). */
const SCAN_ROWS = 30;

/** The best header row among the first rows (most columns recognised, the key column among them), or null. */
export function findHeader(sheet: RawSheet, spec: SheetSpec): HeaderMatch | null {
  const groupHeaders = horizontalMergeMasters(sheet.merges);
  const candidates = sheet.rows.filter((r) => r.row <= SCAN_ROWS);
  let best: { row: number; found: Map<string, number> } | null = null;
  for (const r of candidates) {
    const found = matchRow(r.cells, spec, groupHeaders, new Map());
    const keyCol = spec.columns[0]?.key ?? '';
    if (found.has(keyCol) && found.size >= 2 && (!best || found.size > best.found.size)) best = { row: r.row, found };
  }
  if (!best) return null;
  // A two-row header: `Realisasi` merged over four columns, `TW I … TW IV` in the row below.
  const next = sheet.rows.find((r) => r.row === (best?.row ?? 0) + 1);
  let lastRow = best.row;
  if (next) {
    const more = matchRow(next.cells, spec, groupHeaders, best.found);
    if (more.size > best.found.size) {
      best.found = more;
      lastRow = next.row;
    }
  }
  const missing = spec.columns.filter((c) => !best.found.has(c.key));
  return { lastRow, columns: best.found, missing };
}

function matchRow(
  cells: RawCell[],
  spec: SheetSpec,
  groupHeaders: Set<string>,
  already: Map<string, number>,
): Map<string, number> {
  const found = new Map(already);
  const usedCols = new Set(found.values());
  // Plain cells first; a title merged over several columns only names a column nobody else claims
  // (`Indikator` merged over B:C is a column; `Realisasi` over the four quarters is a group title).
  const ordered = [
    ...cells.filter((c) => !groupHeaders.has(c.address)),
    ...cells.filter((c) => groupHeaders.has(c.address)),
  ];
  for (const cell of ordered) {
    if (usedCols.has(cell.col) || cell.kind !== 'text') continue;
    const key = labelKey(cell.text);
    const column = spec.columns.find(
      (c) => !found.has(c.key) && (labelKey(c.label) === key || c.aliases.includes(key)),
    );
    if (column) {
      found.set(column.key, cell.col);
      usedCols.add(cell.col);
    }
  }
  return found;
}

/** Top-left cells of merges spanning several columns: group titles over sub-headers, not column names. */
function horizontalMergeMasters(merges: string[]): Set<string> {
  const masters = new Set<string>();
  for (const m of merges) {
    const [from, to] = m.split(':');
    const colOf = (a: string | undefined) => /^[A-Z]+/.exec(a ?? '')?.[0] ?? '';
    if (from && to && colOf(from) !== colOf(to)) masters.add(from);
  }
  return masters;
}
