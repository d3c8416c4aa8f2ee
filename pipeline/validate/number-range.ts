/**
 * How large a number in an input may be. Above 10^15 (Rp 1.000 triliun, far beyond any KPU budget) Excel itself
 * no longer keeps every digit, and sums or percentages of such numbers overflow to Infinity, which nothing can print.
 * The same bound holds for workbook cells and YAML values, so `--check` refuses what the build would fail on.
 */
import { formatAngka } from '../format.ts';

/** The largest absolute value accepted. */
export const MAX_SANE_NUMBER = 1e15;

/** The bound as a user reads it: `1.000.000.000.000.000`. */
export const SANE_LIMIT_TEXT = formatAngka(MAX_SANE_NUMBER);

/** The message for a value (as written: `1e+308`) in `what` (a column name or a YAML key) beyond the bound. */
export function outOfRange(what: string, written: string): string {
  return `${what} bernilai ${written}, di luar jangkauan angka yang wajar (paling besar ${SANE_LIMIT_TEXT}). Periksa kembali angkanya; mungkin ada digit yang terketik berulang.`;
}
