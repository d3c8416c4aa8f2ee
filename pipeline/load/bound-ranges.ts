/**
 * Holds the ranges of a workbook (dropdowns, merges, conditional formats, hyperlinks) to `WORKBOOK_LIMITS.rangeCells`
 * before exceljs sees them: exceljs expands dropdowns and merges cell by cell, so one dropdown on a whole sheet
 * (`A1:XFD1048576`, 17 billion cells) stalls it for minutes. Over the limit, ranges are trimmed to the area the
 * cells use (what lies outside holds nothing); only when the trimmed ranges still pass the limit is the file refused.
 */
import type { SheetRangesOf } from './check-parts.ts';
import { formatRange } from './cell-range.ts';
import type { WorkbookLimits } from './limits.ts';
import { replaceZipParts } from './replace-zip-parts.ts';
import { trimSheetRanges } from './trim-ranges.ts';
import { unpackEntry } from './unpack-entry.ts';
import type { XlsxProblem } from './xlsx-problem.ts';
import type { ZipEntry } from './zip-directory.ts';

/** A sheet whose ranges were trimmed: to which area, and its largest range as written. */
export interface TrimmedSheet {
  sheet: string;
  /** `A1:K40`, the area the sheet's cells use. */
  used: string;
  largest: NonNullable<SheetRangesOf['ranges']['largest']>;
}

/** The bytes for exceljs (the file's own, or with ranges trimmed), or the problem. */
export type BoundRanges = { problem: XlsxProblem } | { problem: null; bytes: Buffer; trimmed: TrimmedSheet[] };

/** Checks the ranges found by `checkParts` and trims them when needed. */
export function boundRanges(
  zip: Buffer,
  entries: readonly ZipEntry[],
  sheets: readonly SheetRangesOf[],
  limits: WorkbookLimits,
): BoundRanges {
  const written = sheets.reduce((sum, s) => sum + s.ranges.written, 0);
  if (written <= limits.rangeCells) return { problem: null, bytes: zip, trimmed: [] };
  const left = (s: SheetRangesOf): number => (s.ranges.unordered ? s.ranges.written : s.ranges.trimmed);
  const trimmedTotal = sheets.reduce((sum, s) => sum + left(s), 0);
  if (trimmedTotal > limits.rangeCells) {
    const worst = [...sheets].sort((a, b) => left(b) - left(a))[0];
    const largest = worst?.ranges.largest;
    const used = worst ? formatRange(worst.ranges.used) : '';
    if (!worst || !largest)
      return {
        problem: {
          kind: 'ranges-too-large',
          sheet: worst?.sheet ?? '',
          range: 'validation',
          ref: '',
          used,
          total: trimmedTotal,
        },
      };
    return {
      problem: {
        kind: 'ranges-too-large',
        sheet: worst.sheet,
        range: largest.kind,
        ref: largest.ref,
        used,
        total: trimmedTotal,
      },
    };
  }
  const toTrim = sheets.filter((s) => !s.ranges.unordered && s.ranges.trimmed < s.ranges.written);
  const replaced = new Map<string, Buffer>();
  for (const s of toTrim) {
    const entry = entries.find((e) => e.name === s.part);
    const part = entry && unpackEntry(zip, entry, limits.entryBytes);
    if (!part?.ok) return { problem: { kind: 'corrupt', detail: `bagian ${s.part} tidak dapat dibuka` } };
    replaced.set(s.part, Buffer.from(trimSheetRanges(part.data.toString('latin1'), s.ranges.used), 'latin1'));
  }
  const trimmed = toTrim.flatMap((s) =>
    s.ranges.largest ? [{ sheet: s.sheet, used: formatRange(s.ranges.used), largest: s.ranges.largest }] : [],
  );
  return { problem: null, bytes: replaceZipParts(zip, entries, replaced), trimmed };
}
