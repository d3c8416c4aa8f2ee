/** Finds the worksheet a diagnostic names, the way the validator found it (`Capaian` also finds ` capaian `). */
import type ExcelJS from 'exceljs';
import { ANALISIS, ANGGARAN, CAPAIAN, IDENTITAS } from '../validate/sheet-layout.ts';
import { labelKey } from '../validate/text-keys.ts';

const SPECS = [IDENTITAS, CAPAIAN, ANALISIS, ANGGARAN];

/** The sheet named exactly `name`, else one whose name matches it or (for the four data sheets) one of its spellings. */
export function findWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const exact = wb.worksheets.find((ws) => ws.name === name);
  if (exact) return exact;
  const spec = SPECS.find((s) => labelKey(s.name) === labelKey(name));
  const wanted = new Set([labelKey(name), ...(spec?.aliases ?? [])]);
  return wb.worksheets.find((ws) => wanted.has(labelKey(ws.name)));
}
