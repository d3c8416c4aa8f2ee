/** Saves a workbook as .xlsx with fixed dates, so writing the same content twice gives the same bytes. */
import { basename, dirname } from 'node:path';
import type ExcelJS from 'exceljs';
import { setZipTimestamps } from '../../load/replace-zip-parts.ts';
import { writeOutputs } from '../../print/write-outputs.ts';

/** The date stamped in the files of a report year: 1 January of the year after, when the report is prepared. */
export const fileDate = (tahun: number): Date => new Date(Date.UTC(tahun + 1, 0, 1));

/** The bytes of `wb` as .xlsx, with `at` as its creation, modification and zip entry date. */
export async function xlsxBytes(wb: ExcelJS.Workbook, at: Date): Promise<Uint8Array> {
  wb.created = wb.modified = at;
  return setZipTimestamps(new Uint8Array(await wb.xlsx.writeBuffer()), at);
}

/**
 * Writes `wb` to `path` (folders created) with `at` as its creation, modification and zip entry date; whole or not at
 * all, and a template open in Excel or a full disk is told to the user (a `UserError`).
 */
export async function writeXlsx(path: string, wb: ExcelJS.Workbook, at: Date): Promise<void> {
  await writeOutputs(dirname(path), [{ name: basename(path), data: await xlsxBytes(wb, at) }]);
}
