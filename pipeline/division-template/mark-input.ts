/** Turns a cell into an input cell: unlocked under sheet protection, light yellow, bordered, guarded by a validation. */
import type ExcelJS from 'exceljs';
import { INPUT_FILL, THIN } from './sheet-style.ts';

/** Marks `cell` as an input with `validation`; `numFmt` is how the typed value is shown. */
export function markInput(cell: ExcelJS.Cell, validation: ExcelJS.DataValidation, numFmt?: string): void {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  cell.border = THIN;
  cell.dataValidation = validation;
  if (numFmt !== undefined) cell.numFmt = numFmt;
}
