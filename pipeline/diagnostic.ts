/**
 * Problems are data: every message the pipeline has for a user, with where it is and what to do. The two kinds of
 * failure that are not diagnostics are thrown: a `UserError` is something the user can fix outside the workbooks (a
 * missing browser, a malformed environment variable, a folder in the way) and ends with its Indonesian message and
 * exit 1 or 2, never a stack; an `InternalError` is our fault and ends with exit 3, one line on the terminal and the
 * stack and causes in a log. Both keep the error they wrap as `cause`, so the log shows the whole chain.
 */
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

/** A mistake the user can fix; `message` is Indonesian and says how. Exit 2 unless told otherwise. */
export class UserError extends Error {
  override name = 'UserError';
  readonly exitCode: 1 | 2;

  constructor(message: string, opts: { exitCode?: 1 | 2; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.exitCode = opts.exitCode ?? 2;
  }
}

/** Our fault (a broken invariant, a failed write): exit 3 with a log. Wrap the original with context as `cause`. */
export class InternalError extends Error {
  override name = 'InternalError';

  constructor(message: string, opts: { cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
  }
}
