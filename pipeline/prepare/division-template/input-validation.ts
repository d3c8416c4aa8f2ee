/**
 * Excel data validations for input cells, each with an input message (shown when the cell is selected) and an error
 * message (shown when a wrong value is typed). Excel refuses titles over 32 characters and messages over 255, so
 * longer texts are shortened here rather than producing a file Excel repairs.
 */
import type ExcelJS from 'exceljs';
import type { ValueRule } from './value-rule.ts';

/** The input message of a cell. */
export interface Message {
  title: string;
  prompt: string;
}

const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function withMessages(
  v: Omit<ExcelJS.DataValidation, 'prompt' | 'promptTitle'>,
  msg: Message,
  error?: string,
): ExcelJS.DataValidation {
  return {
    ...v,
    showInputMessage: true,
    promptTitle: clip(msg.title, 32),
    prompt: clip(msg.prompt, 255),
    ...(error === undefined
      ? {}
      : {
          showErrorMessage: true,
          errorStyle: v.errorStyle ?? 'stop',
          errorTitle: 'Isian tidak dapat diterima',
          error: clip(error, 225),
        }),
  };
}

/** A number within a value rule (0 up to its max); empty is allowed: it means "not filled yet". */
export function numberValidation(rule: ValueRule, msg: Message, error: string): ExcelJS.DataValidation {
  const bounds =
    rule.max === undefined
      ? { operator: 'greaterThanOrEqual' as const, formulae: [0] }
      : { operator: 'between' as const, formulae: [0, rule.max] };
  return withMessages({ type: rule.type, allowBlank: true, ...bounds }, msg, error);
}

/** Any value, for free text: only the input message. (Excel's "Any value" type; exceljs supports it, its typings omit it.) */
export function textValidation(msg: Message): ExcelJS.DataValidation {
  return withMessages({ type: 'any' as ExcelJS.DataValidation['type'], formulae: [] }, msg);
}

/** A date between two days. */
export function dateValidation(from: Date, to: Date, msg: Message, error: string): ExcelJS.DataValidation {
  return withMessages({ type: 'date', operator: 'between', allowBlank: true, formulae: [from, to] }, msg, error);
}

/** A text of `min`–`max` characters; `warning` lets the user keep an unusual value after the message. */
export function lengthValidation(min: number, max: number, msg: Message, error: string): ExcelJS.DataValidation {
  return withMessages(
    { type: 'textLength', operator: 'between', allowBlank: true, formulae: [min, max], errorStyle: 'warning' },
    msg,
    error,
  );
}

/** One value from a list (Excel shows a drop-down). */
export function listValidation(items: readonly string[], msg: Message, error: string): ExcelJS.DataValidation {
  return withMessages({ type: 'list', allowBlank: true, formulae: [`"${items.join(',')}"`] }, msg, error);
}

/** A value for which an Excel formula (without `=`, relative to the cell) is true. */
export function formulaValidation(formula: string, msg: Message, error: string): ExcelJS.DataValidation {
  return withMessages({ type: 'custom', allowBlank: true, formulae: [formula] }, msg, error);
}
