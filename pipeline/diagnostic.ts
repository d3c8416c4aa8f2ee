/** Problems are data: every message the pipeline has for a user, with where it is and what to do. */
import type { RuleCode } from './rules.ts';

export type Severity = 'error' | 'warning' | 'info';

/** One problem, attached to the file (and sheet and cell) it is about. Message text is Indonesian. */
export interface Diagnostic {
  severity: Severity;
  /** Stable rule code from the catalogue (`rules.ts`), e.g. `bukan-angka`. */
  rule: RuleCode;
  /** Path relative to the inputs folder (or the config file's name). */
  file: string;
  sheet?: string;
  /** Cell as Excel shows it, e.g. `I7`. */
  cell?: string;
  /** Line (1-based) in a YAML or Markdown file, e.g. `iku.yaml` line 31. */
  line?: number;
  message: string;
  /** What the cell or field should hold: one value (`≤ 100`), or the accepted values as a list (`['SS-1', 'SS-2']`). */
  expected?: string | readonly string[];
  actual?: string;
}

/** Shorthand constructors keep call sites to one line. */
export const error = (d: Omit<Diagnostic, 'severity'>): Diagnostic => ({ severity: 'error', ...d });
export const warning = (d: Omit<Diagnostic, 'severity'>): Diagnostic => ({ severity: 'warning', ...d });
export const info = (d: Omit<Diagnostic, 'severity'>): Diagnostic => ({ severity: 'info', ...d });

/** True when any diagnostic is an error (the build must stop before printing). */
export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');

/** Excel column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel address of a 1-based row and column: (7, 9) → `I7`. */
export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row}`;
