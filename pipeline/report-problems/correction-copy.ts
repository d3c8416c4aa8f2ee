/**
 * The correction copy of one division workbook: the division's own file, read and saved again by exceljs, with
 * each problem cell coloured and its message attached as a note, and a `Koreksi` sheet first listing every problem.
 */
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../diagnostic.ts';
import { findWorksheet } from './find-worksheet.ts';
import { setZipTimestamps } from '../division-template/write-xlsx.ts';
import { addKoreksiSheet } from './koreksi-sheet.ts';
import { markCell } from './mark-cell.ts';

/** The copy's bytes, made from the workbook at `absPath` and the problems found in it (`file` names it). */
export async function correctionCopy(absPath: string, file: string, problems: readonly Diagnostic[], checkedAt: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(absPath);
  const byCell = new Map<string, { sheet: string; cell: string; list: Diagnostic[] }>();
  for (const d of problems) {
    if (!d.sheet || !d.cell) continue;
    const key = `${d.sheet}!${d.cell}`;
    const entry = byCell.get(key) ?? { sheet: d.sheet, cell: d.cell, list: [] };
    entry.list.push(d);
    byCell.set(key, entry);
  }
  for (const { sheet, cell, list } of byCell.values()) {
    const ws = findWorksheet(wb, sheet);
    // A cell in a merged range shows the merge's top-left cell.
    if (ws) markCell(ws.getCell(cell).master, list);
  }
  addKoreksiSheet(wb, file, problems, checkedAt);
  // Dated with the check, not the clock, so the same check (SOURCE_DATE_EPOCH) writes the same bytes.
  wb.modified = new Date(checkedAt);
  return setZipTimestamps(new Uint8Array(await wb.xlsx.writeBuffer()), new Date(checkedAt));
}
