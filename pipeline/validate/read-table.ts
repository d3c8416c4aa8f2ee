/** The data rows under a header: each row's cells by spec column, blank rows and column-number rows left out. */
import type { RawCell, RawSheet } from '../load/types.ts';
import type { HeaderMatch } from './find-header.ts';

/** One data row: its Excel row number, its cells by spec column key, and whether the row is hidden. */
export interface TableRow {
  row: number;
  cells: Map<string, RawCell>;
  hidden: boolean;
}

/** Rows below the header holding something in a recognised column, in sheet order. */
export function readTable(sheet: RawSheet, header: HeaderMatch): TableRow[] {
  const byCol = new Map([...header.columns].map(([key, col]) => [col, key]));
  const hidden = new Set(sheet.hiddenRows);
  const rows: TableRow[] = [];
  for (const r of sheet.rows) {
    if (r.row <= header.lastRow) continue;
    const cells = new Map<string, RawCell>();
    for (const cell of r.cells) {
      const key = byCol.get(cell.col);
      if (key !== undefined && !(cell.kind === 'text' && cell.text.trim() === '')) cells.set(key, cell);
    }
    if (cells.size === 0 || isColumnNumbering([...cells.values()])) continue;
    rows.push({ row: r.row, cells, hidden: hidden.has(r.row) });
  }
  return rows;
}

/** The `(1) (2) (3) …` row many Indonesian tables put under the header. */
function isColumnNumbering(cells: RawCell[]): boolean {
  if (cells.length < 3) return false;
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  const nums = sorted.map((c) => /^\(?(\d{1,2})\)?$/.exec(c.text.trim())?.[1]);
  return nums.every((n, i) => n !== undefined && (i === 0 || Number(n) > Number(nums[i - 1])));
}
