/** Writes one division workbook straight from a spec, without locks or validation: tests use it for bad workbooks. */
import { buildDivisionWorkbook } from './build-division-workbook.ts';
import type { DivisionWorkbookSpec } from './division-workbook-spec.ts';
import { writeXlsx } from './write-xlsx.ts';

export type * from './division-workbook-spec.ts';

/** Fixed file date of workbooks written from a spec. */
export const SAMPLE_FILE_DATE = new Date(Date.UTC(2025, 0, 10));

/** Writes a division workbook to `path` (folders created), byte-identical for an identical spec. */
export async function writeDivisionWorkbook(path: string, spec: DivisionWorkbookSpec): Promise<void> {
  await writeXlsx(path, buildDivisionWorkbook(spec), SAMPLE_FILE_DATE);
}
