/**
 * Load and validate for one workbook, back to back: read it (load stage), check it (validate stage), and keep only
 * the validated data, so a build never holds more than a few raw workbooks at once.
 */
import type { Division } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { readWorkbookFile } from '../load/read-workbook-file.ts';
import { validateWorkbook } from '../validate/validate-workbook.ts';

/** One workbook's outcome, with the time spent reading and checking it. */
export interface CheckedWorkbook {
  file: string;
  /** False when the file could not be read as a workbook at all. */
  read: boolean;
  division: Division | null;
  diagnostics: Diagnostic[];
  /** The bytes exceljs read (for the correction copy: the file is never read again) and the file's SHA-256. */
  bytes: Uint8Array | null;
  sha256: string | null;
  readMs: number;
  validateMs: number;
}

/** Reads and validates `rel` (relative to `inputsDir`) against the reference data. */
export async function checkWorkbook(inputsDir: string, rel: string, reference: Reference): Promise<CheckedWorkbook> {
  const t0 = performance.now();
  const raw = await readWorkbookFile(inputsDir, rel);
  const t1 = performance.now();
  if ('diagnostic' in raw) {
    return {
      file: rel,
      read: false,
      division: null,
      diagnostics: [raw.diagnostic],
      bytes: null,
      sha256: null,
      readMs: t1 - t0,
      validateMs: 0,
    };
  }
  const { division, diagnostics } = validateWorkbook(raw.workbook, reference);
  const all = [...raw.warnings, ...diagnostics];
  // A plain Uint8Array, as it also arrives from a worker thread (a Buffer posted to another thread arrives as one).
  const bytes = new Uint8Array(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength);
  return {
    file: rel,
    read: true,
    division,
    diagnostics: all,
    bytes,
    sha256: raw.sha256,
    readMs: t1 - t0,
    validateMs: performance.now() - t1,
  };
}
