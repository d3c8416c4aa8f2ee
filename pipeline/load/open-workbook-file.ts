/** Opens one .xlsx file within the limits: its bytes when exceljs may read them, else the reason as an error. */
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostic.ts';
import { inspectXlsx } from './inspect-xlsx.ts';
import { WORKBOOK_LIMITS, type WorkbookLimits } from './limits.ts';
import { xlsxProblemDiagnostic } from './xlsx-problem-diagnostic.ts';

/** The file's bytes, or a diagnostic; the size is checked before anything is read into memory. */
export async function openWorkbookFile(
  absPath: string,
  rel: string,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<{ bytes: Buffer } | { diagnostic: Diagnostic }> {
  const size = (await stat(absPath)).size;
  if (size > limits.fileBytes) return { diagnostic: xlsxProblemDiagnostic(rel, { kind: 'too-big', bytes: size }, limits) };
  const bytes = await readFile(absPath);
  const problem = await inspectXlsx(bytes, limits);
  return problem ? { diagnostic: xlsxProblemDiagnostic(rel, problem, limits) } : { bytes };
}
