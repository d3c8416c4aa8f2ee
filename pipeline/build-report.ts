/**
 * The orchestrator. Reads like the table of contents of a build:
 * 1 load → 2 validate → 3 merge → 4 render → 5 print (and write the outputs).
 */
import type { Browser } from 'puppeteer';
import type { Dataset } from '../schemas/dataset.ts';
import type { Division } from '../schemas/division.ts';
import type { Reference } from '../schemas/reference.ts';
import { hasErrors, type Diagnostic } from './diagnostic.ts';
import { fingerprintInputs } from './load/fingerprint-inputs.ts';
import { loadInputs } from './load/load-inputs.ts';
import type { LoadedInputs } from './load/types.ts';
import { mergeDataset } from './merge/merge-dataset.ts';
import { countPages } from './print/count-pages.ts';
import { launchBrowser } from './print/launch-browser.ts';
import { printPdf } from './print/print-pdf.ts';
import { writeOutputs } from './print/write-outputs.ts';
import { renderReport } from './render/render-report.ts';
import { crossCheck } from './validate/cross-check.ts';
import { validateReference } from './validate/validate-reference.ts';
import { validateWorkbook } from './validate/validate-workbook.ts';

/** What to build, from where, to where. */
export interface BuildOptions {
  inputsDir: string;
  outputDir: string;
  /** Validate only: never starts a browser, writes no report. */
  checkOnly?: boolean;
  /** A browser to reuse (tests, watch mode); otherwise one is launched and closed for this build. */
  browser?: Browser;
  /** Clock, for reproducible tests. */
  now?: () => Date;
}

export type Stage = 'load' | 'validate' | 'merge' | 'render' | 'print';

/** Exit codes: 0 built (warnings allowed), 1 input errors, 2 configuration errors. */
export interface BuildResult {
  exitCode: 0 | 1 | 2;
  diagnostics: Diagnostic[];
  workbooks: number;
  units: Dataset['unit'];
  /** Paths written to the output folder (none when the build stopped). */
  files: string[];
  pages: number | null;
  timings: Partial<Record<Stage, number>>;
}

/** Runs one whole build. Input problems come back as diagnostics; only unexpected failures throw. */
export async function buildReport(opts: BuildOptions): Promise<BuildResult> {
  const timings: BuildResult['timings'] = {};
  const timed = async <T>(stage: Stage, fn: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = performance.now() - start;
    }
  };
  const stop = (exitCode: 0 | 1 | 2, diagnostics: Diagnostic[], workbooks: number, units: Dataset['unit'] = []) =>
    ({ exitCode, diagnostics, workbooks, units, files: [], pages: null, timings }) satisfies BuildResult;

  // 1 load
  const [inputs, fingerprint] = await timed('load', () =>
    Promise.all([loadInputs(opts.inputsDir), fingerprintInputs(opts.inputsDir)]),
  );
  // 2 validate
  const checked = await timed('validate', () => validateAll(inputs));
  const diagnostics = [...inputs.diagnostics, ...checked.diagnostics];
  const workbooks = inputs.workbooks.length;
  if (!checked.reference) return stop(2, diagnostics, workbooks);
  const reference = checked.reference;
  // 3 merge
  const dataset = await timed('merge', () => mergeDataset(checked.divisions, reference));
  if (hasErrors(diagnostics)) return stop(isConfigProblem(diagnostics) ? 2 : 1, diagnostics, workbooks, dataset.unit);
  if (opts.checkOnly) return stop(0, diagnostics, workbooks, dataset.unit);
  // 4 render
  const builtAt = (opts.now?.() ?? new Date()).toISOString();
  const { config } = reference;
  const html = await timed('render', () =>
    renderReport({ dataset, reference, build: { status: config.status, builtAt, fingerprint } }),
  );
  // 5 print, then write every output at once
  const pdf = await timed('print', () => withBrowser(opts.browser, (b) => printPdf(b, html, pdfMetadata(reference))));
  const base = `LKj-${slug(config.satker)}-${config.tahun}`;
  const files = await writeOutputs(opts.outputDir, [
    { name: `${base}.pdf`, data: pdf },
    { name: `${base}.html`, data: html },
    { name: `${base}.json`, data: JSON.stringify({ build: { builtAt, fingerprint, status: config.status }, dataset, diagnostics }, null, 2) },
  ]);
  return { exitCode: 0, diagnostics, workbooks, units: dataset.unit, files, pages: await countPages(pdf), timings };
}

/** Reference data first (nothing else can be checked without it), then each workbook, then across workbooks. */
function validateAll(inputs: LoadedInputs): { reference: Reference | null; divisions: Division[]; diagnostics: Diagnostic[] } {
  const ref = validateReference(inputs);
  if (!ref.reference) return { reference: null, divisions: [], diagnostics: ref.diagnostics };
  const reference = ref.reference;
  const results = inputs.workbooks.map((wb) => validateWorkbook(wb, reference));
  const divisions = results.flatMap((r) => (r.division ? [r.division] : []));
  return {
    reference,
    divisions,
    diagnostics: [...ref.diagnostics, ...results.flatMap((r) => r.diagnostics), ...crossCheck(divisions, reference)],
  };
}

const REFERENCE_FILES = new Set(['laporan.yaml', 'renstra.yaml', 'iku.yaml']);

/** A problem in the configuration or reference data (exit 2) rather than in a division workbook (exit 1). */
const isConfigProblem = (ds: readonly Diagnostic[]): boolean =>
  ds.some((d) => d.severity === 'error' && (REFERENCE_FILES.has(d.file) || d.rule.startsWith('referensi-')));

async function withBrowser<T>(given: Browser | undefined, fn: (b: Browser) => Promise<T>): Promise<T> {
  if (given) return fn(given);
  const browser = await launchBrowser();
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

function pdfMetadata({ config }: Reference) {
  return {
    title: `Laporan Kinerja ${config.satker} Tahun ${config.tahun}`,
    author: config.satker,
    subject: `Laporan Kinerja (LKj) Tahun ${config.tahun}`,
    keywords: ['LKj', 'Laporan Kinerja', 'SAKIP', config.instansi, String(config.tahun)],
  };
}

/** `Sekretariat KPU Provinsi Banten` → `Sekretariat-KPU-Provinsi-Banten`. */
export const slug = (s: string): string =>
  s.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-');
