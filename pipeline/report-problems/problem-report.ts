/** The machine-readable problem report (`pemeriksaan/laporan-pemeriksaan.json`): every diagnostic, counts, and a summary per file. */
import type { Diagnostic, Severity } from '../diagnostic.ts';
import { countBySeverity } from '../format-diagnostics.ts';

/** One input file's line in the summary. */
export interface FileSummary {
  file: string;
  /** The unit named in the workbook's Identitas sheet, when it was read. */
  unit: string | null;
  counts: Record<Severity, number>;
  /** Path of the correction copy relative to the report, when one was written. */
  correctionCopy: string | null;
}

/** The whole report, as written to JSON and rendered to HTML. */
export interface ProblemReport {
  /** Format version of this file, for scripts that read it. */
  version: 1;
  checkedAt: string;
  satker: string;
  tahun: number;
  /** The build's exit code: 0 the report could be built, 1 workbook errors, 2 configuration errors. */
  exitCode: number;
  counts: Record<Severity, number>;
  files: FileSummary[];
  diagnostics: Diagnostic[];
}

/** What the report is made from. */
export interface ProblemReportInput {
  checkedAt: string;
  satker: string;
  tahun: number;
  exitCode: number;
  diagnostics: readonly Diagnostic[];
  /** Every division workbook that was read, by file, with its unit as written (others come from the diagnostics). */
  workbooks: readonly { file: string; unit: string | null }[];
  /** Files that got a correction copy, with its path relative to the report. */
  correctionCopies: ReadonlyMap<string, string>;
}

/** Builds the report; files are listed with the most errors first, then by name. */
export function problemReport(input: ProblemReportInput): ProblemReport {
  const units = new Map(input.workbooks.map((w) => [w.file, w.unit]));
  const names = new Set([...input.workbooks.map((w) => w.file), ...input.diagnostics.map((d) => d.file)]);
  const files = [...names].map((file) => ({
    file,
    unit: units.get(file) ?? null,
    counts: countBySeverity(input.diagnostics.filter((d) => d.file === file)),
    correctionCopy: input.correctionCopies.get(file) ?? null,
  }));
  files.sort(
    (a, b) =>
      b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || a.file.localeCompare(b.file, 'id'),
  );
  return {
    version: 1,
    checkedAt: input.checkedAt,
    satker: input.satker,
    tahun: input.tahun,
    exitCode: input.exitCode,
    counts: countBySeverity(input.diagnostics),
    files,
    diagnostics: [...input.diagnostics],
  };
}
