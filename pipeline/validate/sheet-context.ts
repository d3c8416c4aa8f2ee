/** Where validation messages of one sheet go, and how they are attached to the file, sheet and cell. */
import { error, info, warning, type Diagnostic } from '../diagnostic.ts';
import type { RuleCode } from '../rules.ts';

/** The file and sheet being checked, and the list its diagnostics are collected into. */
export interface SheetContext {
  file: string;
  sheet: string;
  out: Diagnostic[];
}

type At = { rule: RuleCode; message: string; cell?: string; expected?: string; actual?: string };

/** Records one problem of the given severity in the context's sheet. */
export function report(ctx: SheetContext, severity: 'error' | 'warning' | 'info', at: At): void {
  const make = severity === 'error' ? error : severity === 'warning' ? warning : info;
  ctx.out.push(make({ file: ctx.file, sheet: ctx.sheet, ...at }));
}
