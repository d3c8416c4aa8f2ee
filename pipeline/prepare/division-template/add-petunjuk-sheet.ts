/** Writes the `Petunjuk` sheet: titles and headings in column A, texts in column B beside their labels. */
import type ExcelJS from 'exceljs';
import type { PetunjukLine } from './division-workbook-spec.ts';
import { rowHeightFor } from './sheet-style.ts';

const WIDTHS = [30, 110] as const;

/** Adds the sheet with one row per line and an empty row before each section heading. */
export function addPetunjukSheet(wb: ExcelJS.Workbook, lines: readonly PetunjukLine[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Petunjuk');
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let row = 1;
  for (const line of lines) {
    if ('judul' in line) {
      ws.getCell(row, 1).value = line.judul;
      ws.getCell(row, 1).font = { bold: true, size: 14 };
    } else if ('bagian' in line) {
      row += row > 1 ? 1 : 0;
      ws.getCell(row, 1).value = line.bagian;
      ws.getCell(row, 1).font = { bold: true, size: 12 };
    } else {
      const label = ws.getCell(row, 1);
      const text = ws.getCell(row, 2);
      if (line.label !== undefined) label.value = line.label;
      text.value = line.teks;
      label.font = { bold: true };
      if (line.tebal === true) text.font = { bold: true };
      label.alignment = { vertical: 'top', wrapText: true };
      text.alignment = { vertical: 'top', wrapText: true };
      const height = rowHeightFor([
        { text: line.teks, width: WIDTHS[1] },
        { text: line.label ?? '', width: WIDTHS[0] },
      ]);
      if (height !== undefined) ws.getRow(row).height = height;
    }
    row += 1;
  }
  ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return ws;
}
