/** Lays out a table sheet: title rows, the header row, data rows with borders; used by every division workbook. */
import type ExcelJS from 'exceljs';
import type { CellValue } from './division-workbook-spec.ts';
import { HEADER_FILL, rowHeightFor, THIN } from './sheet-style.ts';

/** Title rows merged across the table, then the header row at `headerRow`, frozen, with column widths. */
export function addTable(
  ws: ExcelJS.Worksheet,
  titles: readonly string[],
  headerRow: number,
  headers: readonly string[],
  widths: readonly number[],
): void {
  titles.forEach((t, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = t;
    cell.font = i === 0 ? { bold: true, size: 12 } : { italic: true, size: 9 };
    ws.mergeCells(i + 1, 1, i + 1, Math.max(headers.length, 1));
  });
  headers.forEach((h, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  ws.getRow(headerRow).height = 30;
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
}

/** Puts a value in a cell; null leaves it empty. `numFmt` applies to numbers and dates only. */
export function put(cell: ExcelJS.Cell, value: Date | CellValue, numFmt?: string): void {
  if (value === null) return;
  cell.value = value;
  if (numFmt !== undefined && typeof value !== 'string') cell.numFmt = numFmt;
}

/** Writes data rows from row `first`; `numFmts[i]` formats column i's numbers; rows grow to show long texts. */
export function addRows(
  ws: ExcelJS.Worksheet,
  first: number,
  rows: readonly (readonly CellValue[])[],
  numFmts: readonly (string | undefined)[],
): void {
  rows.forEach((values, r) => {
    const texts: { text: string; width: number }[] = [];
    values.forEach((v, c) => {
      const cell = ws.getCell(first + r, c + 1);
      put(cell, v, numFmts[c]);
      cell.border = THIN;
      cell.alignment = { vertical: 'top', wrapText: typeof v === 'string' };
      if (typeof v === 'string') texts.push({ text: v, width: ws.getColumn(c + 1).width ?? 10 });
    });
    const height = rowHeightFor(texts);
    if (height !== undefined) ws.getRow(first + r).height = height;
  });
}
