/** Reads one .xlsx file into plain data: every sheet's non-empty cells, hidden rows and merged ranges. */
import ExcelJS from 'exceljs';
import { normaliseCell } from './normalise-cell.ts';
import type { RawCell, RawSheet, RawWorkbook } from './types.ts';

/** Reads a workbook already in memory (checked by `openWorkbookFile`); `relPath` names it in diagnostics. Throws when exceljs cannot read it. */
export async function parseWorkbook(bytes: Buffer, relPath: string): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types `load` with its own Buffer interface; a Node Buffer is what it reads.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { file: relPath.replace(/\\/g, '/'), sheets: workbook.worksheets.map(readSheet) };
}

function readSheet(ws: ExcelJS.Worksheet): RawSheet {
  const rows: RawSheet['rows'] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell) => {
      const raw = normaliseCell(cell);
      if (raw) cells.push(raw);
    });
    if (cells.length === 0) return;
    cells.sort((a, b) => a.col - b.col);
    rows.push({ row: rowNumber, cells });
    if (row.hidden) hiddenRows.push(rowNumber);
  });
  rows.sort((a, b) => a.row - b.row);
  const state = ws.state === 'hidden' || ws.state === 'veryHidden' ? { state: ws.state } : {};
  return { name: ws.name, rows, hiddenRows, merges: [...(ws.model.merges ?? [])].sort(), ...state };
}
