/**
 * Unpacks every part of a workbook within `WORKBOOK_LIMITS`, a chunk at a time and keeping nothing: the ZIP directory
 * may lie about sizes, and exceljs will unpack every part. Counts rows and cells of each worksheet on the way.
 */
import { elementCounter } from './count-elements.ts';
import { rangeScanner, type SheetRanges } from './range-scanner.ts';
import type { WorkbookLimits } from './limits.ts';
import { scanEntry } from './scan-entry.ts';
import { WORKSHEET_PART, type SheetPart } from './workbook-sheets.ts';
import type { XlsxProblem } from './xlsx-problem.ts';
import type { ZipEntry } from './zip-directory.ts';

/** One worksheet's ranges (see `range-scanner.ts`), with its name and ZIP part. */
export interface SheetRangesOf {
  sheet: string;
  part: string;
  ranges: SheetRanges;
}

/** The first limit passed; or null and the ranges of every worksheet. */
export async function checkParts(
  zip: Buffer,
  entries: readonly ZipEntry[],
  sheets: readonly SheetPart[],
  limits: WorkbookLimits,
): Promise<{ problem: XlsxProblem } | { problem: null; ranges: SheetRangesOf[] }> {
  const problem = (p: XlsxProblem) => ({ problem: p });
  const ranges: SheetRangesOf[] = [];
  let total = 0;
  let cells = 0;
  for (const e of entries) {
    const sheet = WORKSHEET_PART.test(e.name) ? (sheets.find((s) => s.part === e.name)?.name ?? e.name) : undefined;
    const counter = elementCounter();
    const scanner = sheet === undefined ? null : rangeScanner();
    const found: { problem: XlsxProblem | null } = { problem: null };
    const room = Math.min(limits.entryBytes, limits.totalBytes - total);
    const scan = await scanEntry(zip, e, room, (chunk, bytes) => {
      if (bytes >= limits.ratioMinBytes && bytes / Math.max(1, e.packedBytes) > limits.ratio)
        found.problem = tooBig(e.name, sheet, 'ratio', null);
      if (sheet !== undefined) {
        counter.add(chunk);
        scanner?.add(chunk);
        if (counter.counts.rows > limits.rowsPerSheet)
          found.problem = { kind: 'too-many-rows', sheet, rows: counter.counts.rows };
        else if (cells + counter.counts.cells > limits.cells)
          found.problem = { kind: 'too-many-cells', cells: cells + counter.counts.cells };
      }
      return found.problem === null;
    });
    if (found.problem) return problem(found.problem);
    if (!scan.ok && scan.reason === 'corrupt')
      return problem({ kind: 'corrupt', detail: `bagian ${e.name} tidak dapat dibuka` });
    if (!scan.ok) {
      // Stopped at `room` bytes: the ratio is at least this, whatever the directory claimed.
      const limit =
        scan.bytes / Math.max(1, e.packedBytes) > limits.ratio
          ? 'ratio'
          : room < limits.entryBytes
            ? 'totalBytes'
            : 'entryBytes';
      return problem(tooBig(e.name, sheet, limit, null));
    }
    total += scan.bytes;
    cells += counter.counts.cells;
    if (sheet !== undefined && scanner) ranges.push({ sheet, part: e.name, ranges: scanner.finish() });
  }
  return { problem: null, ranges };
}

function tooBig(
  part: string,
  sheet: string | undefined,
  limit: 'entryBytes' | 'totalBytes' | 'ratio',
  found: number | null,
): XlsxProblem {
  return { kind: 'unpacks-too-big', part, ...(sheet === undefined ? {} : { sheet }), limit, found };
}
