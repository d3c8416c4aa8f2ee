/**
 * The correction copy of one division workbook: the division's own file, read and saved again by exceljs, with
 * each problem cell coloured and its message attached as a note, and a `Koreksi` sheet first listing every problem.
 */
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../diagnostic.ts';
import { findWorksheet } from './find-worksheet.ts';
import { setZipTimestamps } from '../load/replace-zip-parts.ts';
import { addKoreksiSheet } from './koreksi-sheet.ts';
import { markCell } from './mark-cell.ts';

/**
 * The copy's bytes, made from the workbook's bytes as the check read them (never the file again: it may have been
 * replaced meanwhile) and the problems found in it (`file` names it).
 */
export async function correctionCopy(
  bytes: Uint8Array,
  file: string,
  problems: readonly Diagnostic[],
  checkedAt: string,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // exceljs types `load` with its own Buffer interface; a Node Buffer is what it reads.
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
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
