/**
 * Writes the problem reports of a build into `output/pemeriksaan/`: the JSON for machines, the HTML to send to
 * divisions, and a correction copy of each workbook with problems in `koreksi/`. Written on every build that got
 * as far as checking the workbooks, failed or not; each file is written whole (temporary name, then rename).
 */
import path from 'node:path';
import fg from 'fast-glob';
import { warning, type Diagnostic } from '../diagnostic.ts';
import { removeOutput, writeOutputs, type OutputFile } from '../print/write-outputs.ts';
import { problemReport, type ProblemReportInput } from './problem-report.ts';
import { problemsHtml } from './problems-html.ts';
import { problemsByUnit, unitProblemsHtml } from './unit-problems.ts';
import type { UnitKerja } from '../../schemas/config.ts';
import { countBySeverity } from '../format-diagnostics.ts';
import { formatTanggal } from '../format.ts';

/** What a failure here can promise: the problem reports come before the report is printed, and never replace it. */
const UNTOUCHED = { untouched: 'Laporan kinerja di folder keluaran tidak diubah.' };

/** Folder of the reports inside the output folder, and of the correction copies inside that. */
export const PROBLEMS_DIR = 'pemeriksaan';
export const COPIES_DIR = 'koreksi';
export const REPORT_NAME = 'laporan-pemeriksaan';

/** What `writeProblemReports` needs besides the report's own input: each workbook's bytes as read (for its copy). */
export type WriteProblemReportsInput = Omit<ProblemReportInput, 'correctionCopies' | 'workbooks'> & {
  outputDir: string;
  workbooks: readonly { file: string; unit: string | null; bytes: Uint8Array | null }[];
  /** The units of laporan.yaml, each getting its own report; with the deadline and contact printed on it. */
  units?: readonly UnitKerja[];
  batasPengumpulan?: string | undefined;
  kontak?: string | undefined;
};

/** Paths written, and problems met while making the copies (also in the written report). */
export interface WrittenProblemReports {
  json: string;
  html: string;
  /** The folder of the correction copies, and the copies written this time. */
  copiesDir: string;
  copies: string[];
  /** The per-unit reports, one per unit with a file or a problem. */
  unitReports: string[];
  diagnostics: Diagnostic[];
}

/** Makes the correction copies first (the report links them), then the JSON and HTML. */
export async function writeProblemReports(input: WriteProblemReportsInput): Promise<WrittenProblemReports> {
  const dir = path.join(input.outputDir, PROBLEMS_DIR);
  const made = await makeCopies(input);
  const copiesDir = path.join(dir, COPIES_DIR);
  const copies = await writeCopies(copiesDir, made.files);
  const diagnostics = [...input.diagnostics, ...made.failures];
  const correctionCopies = new Map(made.files.map((f) => [f.source, `${COPIES_DIR}/${f.name}`]));
  const report = problemReport({ ...input, diagnostics, correctionCopies });
  const byUnit = problemsByUnit(input.units ?? [], report.files, report.diagnostics);
  const pageContext = {
    satker: input.satker,
    tahun: input.tahun,
    checkedAt: input.checkedAt,
    batasPengumpulan: input.batasPengumpulan && formatTanggal(input.batasPengumpulan),
    kontak: input.kontak,
    copies: new Map(made.files.map((f) => [f.source, f.data as Uint8Array])),
  };
  const links = byUnit.map((u) => ({ unit: u.unit.nama, name: u.name, counts: countBySeverity(u.diagnostics) }));
  const [json = '', html = '', ...unitReports] = await writeOutputs(
    dir,
    [
      { name: `${REPORT_NAME}.json`, data: `${JSON.stringify(report, null, 2)}\n` },
      { name: `${REPORT_NAME}.html`, data: problemsHtml(report, links) },
      ...byUnit.map((u) => ({ name: u.name, data: unitProblemsHtml(u, pageContext) })),
    ],
    UNTOUCHED,
  );
  await removeStale(dir, new Set([`${REPORT_NAME}.html`, ...byUnit.map((u) => u.name)]));
  return { json, html, copiesDir, copies, unitReports, diagnostics: made.failures };
}

/** Per-unit reports left by an earlier check (a unit that has no file or problem any more). */
async function removeStale(dir: string, keep: ReadonlySet<string>): Promise<void> {
  const old = await fg('*.html', { cwd: dir, onlyFiles: true }).catch(() => []);
  for (const f of old.filter((f) => !keep.has(f))) await removeOutput(path.join(dir, f), UNTOUCHED.untouched);
}

type Copy = OutputFile & { source: string };

/** A copy for every workbook read with at least one error or warning; a copy that cannot be made is a warning. */
async function makeCopies(input: WriteProblemReportsInput): Promise<{ files: Copy[]; failures: Diagnostic[] }> {
  const files: Copy[] = [];
  const failures: Diagnostic[] = [];
  for (const { file, bytes } of input.workbooks) {
    const problems = input.diagnostics.filter((d) => d.file === file);
    if (!bytes || !problems.some((d) => d.severity !== 'info')) continue;
    try {
      // Loaded only when a copy is made: a build without problems never loads exceljs in its main thread.
      const { correctionCopy } = await import('./correction-copy.ts');
      files.push({ name: file, source: file, data: await correctionCopy(bytes, file, problems, input.checkedAt) });
    } catch (cause) {
      const message = `Salinan koreksi untuk ${file} tidak dapat dibuat (${(cause as Error).message}). Masalahnya tetap tercantum di laporan pemeriksaan.`;
      failures.push(warning({ rule: 'salinan-koreksi-gagal', file, message }));
    }
  }
  return { files, failures };
}

/** Writes the copies (keeping sub-folders of the inputs folder) and removes copies left from earlier builds. */
async function writeCopies(dir: string, files: readonly Copy[]): Promise<string[]> {
  const written: string[] = [];
  const byFolder = new Map<string, OutputFile[]>();
  for (const f of files) {
    const folder = path.posix.dirname(f.name);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), { name: path.posix.basename(f.name), data: f.data }]);
  }
  for (const [folder, list] of byFolder) written.push(...(await writeOutputs(path.join(dir, folder), list, UNTOUCHED)));
  const keep = new Set(files.map((f) => f.name));
  const old = await fg('**/*.xlsx', { cwd: dir, onlyFiles: true }).catch(() => []);
  for (const f of old.filter((f) => !keep.has(f))) await removeOutput(path.join(dir, f), UNTOUCHED.untouched);
  return written;
}
