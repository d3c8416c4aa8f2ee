/**
 * Reads one division workbook (bounded inspection, then exceljs). Its own module, apart from `load-inputs.ts`: the
 * workbook worker threads import only this, not the YAML and folder-listing code the main thread reads the rest with.
 */
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostic.ts';
import { openWorkbookFile, type OpenedWorkbook } from './open-workbook-file.ts';
import type { RawWorkbook } from './types.ts';

/** One workbook read: its data, the bytes exceljs read (kept for the correction copy), the file's SHA-256, warnings. */
export type ReadWorkbook = (OpenedWorkbook & { workbook: RawWorkbook }) | { diagnostic: Diagnostic };

/** One workbook: checked within the limits first (`openWorkbookFile`), then read by exceljs; a failure is this file's error only. */
export async function readWorkbookFile(inputsDir: string, rel: string): Promise<ReadWorkbook> {
  try {
    const opened = await openWorkbookFile(path.join(inputsDir, rel), rel);
    if ('diagnostic' in opened) return opened;
    // Loaded here: the main thread of a build reads no workbook (the workers do) and need not load exceljs.
    const { parseWorkbook } = await import('./read-workbook.ts');
    return { ...opened, workbook: await parseWorkbook(opened.bytes, rel) };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const message =
      `Berkas ${rel} tidak dapat dibaca sebagai .xlsx (rusak, tidak dapat dibuka, atau sebenarnya format lain). ` +
      'Buka di Excel atau LibreOffice, lalu simpan ulang sebagai "Excel Workbook (.xlsx)".';
    return { diagnostic: error({ rule: 'berkas-rusak', file: rel, message, actual: reason }) };
  }
}
