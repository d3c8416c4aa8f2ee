/** Kept at its old path for callers of the sample tools: the writer now lives in `pipeline/division-template/`. */
export { SAMPLE_FILE_DATE, writeDivisionWorkbook } from '../../division-template/write-division-workbook.ts';
export { buildDivisionWorkbook } from '../../division-template/build-division-workbook.ts';
export type * from '../../division-template/division-workbook-spec.ts';
