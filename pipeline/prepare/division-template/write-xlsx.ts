/**
 * Saves a workbook as .xlsx with fixed dates, so writing the same content twice gives the same bytes: exceljs zips
 * with JSZip, which stamps every entry with the current time; the DOS time and date fields are outside the CRC, so
 * they can be overwritten in place.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type ExcelJS from 'exceljs';

/** The date stamped in the files of a report year: 1 January of the year after, when the report is prepared. */
export const fileDate = (tahun: number): Date => new Date(Date.UTC(tahun + 1, 0, 1));

/** Writes `wb` to `path` (folders created) with `at` as its creation, modification and zip entry date. */
export async function writeXlsx(path: string, wb: ExcelJS.Workbook, at: Date): Promise<void> {
  wb.created = wb.modified = at;
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, setZipTimestamps(bytes, at));
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** DOS time and date words for a UTC date (2-second resolution). */
function dosTimestamp(d: Date): { time: number; date: number } {
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let i = view.byteLength - 22; i >= 0; i--) if (view.getUint32(i, true) === EOCD) return i;
  throw new Error('not a zip file: end of central directory not found');
}

/** Rewrites, in place, the modification time of every entry of a zip (local and central headers) to `at`. */
export function setZipTimestamps(zip: Uint8Array, at: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { time, date } = dosTimestamp(at);
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error(`zip central directory damaged at byte ${p}`);
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`zip local header damaged at byte ${local}`);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
