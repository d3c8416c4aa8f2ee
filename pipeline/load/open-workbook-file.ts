/**
 * Opens one .xlsx file within the limits: its bytes, read once, when exceljs may read them (with ranges trimmed when
 * needed), else the reason as an error. Every later step (check, correction copy, fingerprint) uses these bytes.
 */
import type { Diagnostic } from '../diagnostic.ts';
import { boundXlsx } from './inspect-xlsx.ts';
import { WORKBOOK_LIMITS, type WorkbookLimits } from './limits.ts';
import { readBounded } from './read-bounded.ts';
import { notAFileDiagnostic, unreadableDiagnostic } from './read-problem-diagnostic.ts';
import { trimmedRangesDiagnostic, xlsxProblemDiagnostic } from './xlsx-problem-diagnostic.ts';

/** A workbook file as read: the bytes for exceljs, the SHA-256 of the file itself, and warnings (trimmed ranges). */
export interface OpenedWorkbook {
  bytes: Buffer;
  sha256: string;
  warnings: Diagnostic[];
}

/** The opened file, or a diagnostic; the size is checked on the open file and reading stops past the limit. */
export async function openWorkbookFile(
  absPath: string,
  rel: string,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<OpenedWorkbook | { diagnostic: Diagnostic }> {
  const read = await readBounded(absPath, limits.fileBytes);
  if (!read.ok) {
    if (read.reason === 'too-big')
      return { diagnostic: xlsxProblemDiagnostic(rel, { kind: 'too-big', bytes: read.bytes }, limits) };
    if (read.reason === 'not-a-file') return { diagnostic: notAFileDiagnostic(rel, read.what) };
    return { diagnostic: unreadableDiagnostic(rel, read.reason === 'missing' ? 'ENOENT' : read.detail) };
  }
  const bound = await boundXlsx(read.bytes, limits);
  if (bound.problem) return { diagnostic: xlsxProblemDiagnostic(rel, bound.problem, limits) };
  return {
    bytes: bound.bytes,
    sha256: read.sha256,
    warnings: bound.trimmed.map((t) => trimmedRangesDiagnostic(rel, t)),
  };
}
