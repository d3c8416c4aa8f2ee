/**
 * The orchestrator. Reads like the table of contents of a build:
 * 1 load → 2 validate → 3 merge (and the checks that need capaian) → problem reports → 4 render ⇄ 5 print.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import type { Dataset } from '../schemas/dataset.ts';
import type { Division } from '../schemas/division.ts';
import type { Reference } from '../schemas/reference.ts';
import type { BuildBrowser } from './print/launch-browser.ts';
import type { CheckedWorkbook } from './check/check-workbook.ts';
import { checkWorkbooks, type WorkbookCache } from './check/check-workbooks.ts';
import { WorkbookPool } from './check/workbook-pool.ts';
import { hasErrors, type Diagnostic } from './diagnostic.ts';
import { keepDraft, lastDraft, nextDraft, type DraftRecord } from './deliver/history/draft-history.ts';
import { removeOtherDrafts, reportBase, reportStem } from './deliver/history/report-files.ts';
import { lembarReviuHtml } from './deliver/review/lembar-reviu-html.ts';
import { reviewItems } from './deliver/review/review-items.ts';
import { compareDrafts } from './deliver/history/compare-drafts.ts';
import { pictureDigests } from './deliver/history/compare-pictures.ts';
import { writeChanges, type WrittenChanges } from './deliver/history/write-changes.ts';
import { startFinalStamp } from './deliver/package/final-stamp.ts';
import { fingerprintInputs } from './load/fingerprint-inputs.ts';
import { PK_SCAN_FILE, readPkScan } from './load/read-pk-scan.ts';
import { loadReferenceInputs } from './load/load-inputs.ts';
import { mergeDataset } from './merge/merge-dataset.ts';
import { assertDataset } from './merge/self-check.ts';
import { traceSources } from './merge/trace-sources.ts';
import { tooWideDiagnostic } from './print/fit-to-page.ts';
import { writeOutputs } from './print/write-outputs.ts';
import { narasiGambarDiagnostics } from './render/narasi-gambar.ts';
import { narrativeDiagnostics } from './render/narasi-slots.ts';
import type { PageLabels } from './render/render-report.ts';
import { writeProblemReports, type WrittenProblemReports } from './report-problems/write-problem-reports.ts';
import { LOGO_FILE } from './render/assets.ts';
import { applyFinalStatus } from './validate/apply-final-status.ts';
import { finalReadiness, type CoverLogo } from './validate/final-readiness.ts';
import { checkReport } from './validate/check-report.ts';
import { crossCheck } from './validate/cross-check.ts';
import { validateReference } from './validate/validate-reference.ts';

/** What to build, from where, to where. */
export interface BuildOptions {
  inputsDir: string;
  outputDir: string;
  /** Validate only: never starts a browser; writes the problem reports but not the report. */
  checkOnly?: boolean;
  /** A browser to reuse (tests, watch mode); otherwise one is launched and closed for this build. */
  browser?: Browser;
  /** Cancels the build (Ctrl-C): the browser is closed and nothing more is written. */
  signal?: AbortSignal;
  /** Workbooks checked by earlier builds of a watch session (unchanged files are not read again). */
  cache?: WorkbookCache;
  /** Workbook worker threads to reuse (watch mode); otherwise the build starts its own and ends them. */
  pool?: WorkbookPool;
  /** Told when the workbooks start being read, with how many there are (the CLI shows it as progress). */
  onReading?: (workbooks: number) => void;
  /** Clock, for reproducible tests. */
  now?: () => Date;
  /** Called after each workbook is checked, with the count so far and the total (progress on long runs). */
  onProgress?: (done: number, total: number) => void;
  /** `SOURCE_DATE_EPOCH`: every date the build writes (PDF, HTML, JSON, problem reports) is this moment. */
  sourceDateEpoch?: Date | null;
}

export type Stage = 'load' | 'validate' | 'merge' | 'problems' | 'render' | 'print';

/** Exit codes: 0 built (warnings allowed), 1 input errors, 2 configuration errors. */
export interface BuildResult {
  exitCode: 0 | 1 | 2;
  diagnostics: Diagnostic[];
  workbooks: number;
  units: Dataset['unit'];
  /** Workbook files found but not read or not checked (broken, wrong format…): sent, but unreadable. */
  unreadable: string[];
  /** Report files written to the output folder (none when the build stopped). */
  files: string[];
  /** The problem reports and correction copies (null when the reference data could not be read). */
  reports: WrittenProblemReports | null;
  pages: number | null;
  timings: Partial<Record<Stage, number>>;
  /** The draft this build wrote (number, whether it is new, the draft before it), `null` for a final or no report. */
  draft?: { nomor: number; baru: boolean; sebelumnya: DraftRecord | null; perubahan: WrittenChanges | null } | null;
}

/** Runs one whole build. Input problems come back as diagnostics; only unexpected failures (and cancelling) throw. */
export async function buildReport(opts: BuildOptions): Promise<BuildResult> {
  // Chromium starts at once, so that it is ready when the workbooks have been read; the modules that only a PDF
  // needs (Puppeteer, Handlebars, ECharts, pdf-lib) are loaded only for a PDF, so `--check` stays light.
  const browser = opts.checkOnly
    ? null
    : import('./print/launch-browser.ts').then((m) => m.startBuildBrowser(opts.browser, opts.signal));
  const printing = browser && startPrinting(browser);
  // The workbook workers start now too: they load exceljs while this thread reads the reference data.
  const pool = opts.pool ?? ownPool();
  try {
    return await build(pool ? { ...opts, pool } : opts, printing);
  } finally {
    // Not through `printing`: a cancelled build does not wait for the print modules to load before closing Chromium.
    if (!opts.pool) await pool?.close();
    await browser?.then((b) => b.close()).catch(() => undefined);
  }
}

/** A started pool of one workbook worker, unless `LKJ_WORKERS=0` asks to check in this thread. */
export function ownPool(): WorkbookPool | undefined {
  if (process.env['LKJ_WORKERS'] === '0') return undefined;
  const pool = new WorkbookPool(1);
  pool.warm();
  return pool;
}

/** What the render and print stages need, loaded and started while the inputs are read. */
interface Printing {
  browser: BuildBrowser;
  renderReport: typeof import('./render/render-report.ts').renderReport;
  printReport: typeof import('./print/print-report.ts').printReport;
}

async function startPrinting(starting: Promise<BuildBrowser>): Promise<Printing> {
  const [browser, { renderReport }, { printReport }] = await Promise.all([
    starting,
    import('./render/render-report.ts'),
    import('./print/print-report.ts'),
  ]);
  return { browser, renderReport, printReport };
}

async function build(opts: BuildOptions, printing: Promise<Printing> | null): Promise<BuildResult> {
  const { signal } = opts;
  const timings: BuildResult['timings'] = {};
  const timed = async <T>(stage: Stage, fn: () => T | Promise<T>): Promise<T> => {
    signal?.throwIfAborted();
    const start = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
    }
  };
  const now = opts.sourceDateEpoch ?? opts.now?.() ?? new Date();
  // A final records what it was made from, so `npm run package` can send it as it is: inputs hashed before any is read
  // (only when laporan.yaml declares a final: a draft needs no stamp)
  const stamping = opts.checkOnly ? null : await startFinalStamp(opts.inputsDir);
  // 1 load: reference data, narrative, and the list of workbooks
  const inputs = await timed('load', () => loadReferenceInputs(opts.inputsDir));
  // 2 validate: the reference data first (nothing else can be checked without it); then each workbook is read
  // (load) and checked (validate) in turn, so only its validated data is kept; then across workbooks
  const ref = await timed('validate', () => validateReference({ ...inputs, workbooks: [] }));
  const empty = {
    units: [],
    unreadable: [],
    files: [],
    reports: null,
    pages: null,
    timings,
  } satisfies Partial<BuildResult>;
  if (!ref.reference) {
    return { ...empty, workbooks: 0, exitCode: 2, diagnostics: [...inputs.diagnostics, ...ref.diagnostics] };
  }
  const reference = ref.reference;
  opts.onReading?.(inputs.workbookFiles.length);
  const workbooks = await checkWorkbooks(opts.inputsDir, inputs.workbookFiles, reference, {
    ...(signal ? { signal } : {}),
    ...(opts.cache ? { cache: opts.cache } : {}),
    onProgress: opts.onProgress,
    ...(opts.pool ? { pool: opts.pool } : {}),
  });
  for (const w of workbooks) {
    timings.load = (timings.load ?? 0) + w.readMs;
    timings.validate = (timings.validate ?? 0) + w.validateMs;
  }
  const divisions = workbooks.flatMap((w) => (w.division ? [w.division] : []));
  const read = workbooks.filter((w) => w.read);
  const checked = {
    divisions,
    diagnostics: [
      ...ref.diagnostics,
      ...workbooks.flatMap((w) => w.diagnostics),
      ...(await timed('validate', () =>
        crossCheck(
          divisions,
          reference,
          workbooks.filter((w) => !w.division).map((w) => w.file),
        ),
      )),
    ],
  };
  const result = {
    ...empty,
    workbooks: read.length,
    unreadable: workbooks.filter((w) => !w.division).map((w) => w.file),
  };
  const logo = await readLogo(opts.inputsDir);
  const pkScan = await readPkScan(opts.inputsDir);
  // 3 merge, then the checks that need the merged capaian
  // …every figure with its source, and the self-check: a dataset that breaks its schema or invariants stops here
  const dataset = await timed('merge', () =>
    assertDataset(traceSources(mergeDataset(checked.divisions, reference), checked.divisions, reference)),
  );
  const diagnostics = applyFinalStatus(
    [
      ...inputs.diagnostics,
      ...checked.diagnostics,
      ...narrativeDiagnostics(inputs.narrative),
      ...narasiGambarDiagnostics(inputs.narrative, inputs.gambarNarasi ?? {}),
      ...checkReport(dataset, checked.divisions, reference, inputs.narrative),
      ...(reference.config.status === 'final' ? finalReadiness(reference, logo) : []),
      ...pkScan.diagnostics,
    ],
    reference,
  );
  const exitCode = hasErrors(diagnostics) ? (isConfigProblem(diagnostics) ? 2 : 1) : 0;
  // Problem reports, on every build that got this far
  const reports = await timed('problems', () =>
    problemReports(opts, read, reference, checked.divisions, diagnostics, exitCode, now),
  );
  diagnostics.push(...reports.diagnostics);
  const checkedResult = { ...result, diagnostics, units: dataset.unit, reports };
  if (exitCode !== 0 || !printing) return { ...checkedResult, exitCode };
  // 4 render ⇄ 5 print: the report is rendered again once the printed page numbers are known (Daftar Isi)
  const { browser, renderReport, printReport } = await timed('print', () => printing);
  const { config } = reference;
  const own = {
    ...(logo?.file === 'logo.svg' ? { 'logo.svg': createHash('sha256').update(logo.svg).digest('hex') } : {}),
    ...(pkScan.scan ? { [PK_SCAN_FILE]: pkScan.scan.sha256 } : {}),
  };
  const digests = { ...inputs.digests, ...own, ...Object.fromEntries(read.map((w) => [w.file, w.sha256 ?? ''])) };
  const fingerprint = fingerprintInputs(digests);
  const gambar = pictureDigests(inputs.gambarNarasi ?? {});
  const last = await lastDraft(opts.outputDir);
  const draft = config.status === 'draf' ? nextDraft(last, fingerprint, now, opts.sourceDateEpoch ?? null) : null;
  const builtAt = draft?.dibuat ?? (opts.sourceDateEpoch ?? now).toISOString();
  const build = { status: config.status, builtAt, fingerprint, nomorDraf: draft?.nomor ?? null };
  // The optional Lampiran "Perubahan sejak draf sebelumnya" needs the comparison before rendering
  const lampiranPerubahan =
    draft?.baru && last && config.riwayat.lampiranPerubahan
      ? compareDrafts(last, {
          nomor: draft.nomor,
          sidik: fingerprint,
          dibuat: builtAt,
          halaman: {},
          dataset,
          diagnostics,
          narrative: inputs.narrative,
          gambar,
        })
      : null;
  const render = (pages: PageLabels | null): string => {
    const start = performance.now();
    const out = renderReport({
      dataset,
      reference,
      build,
      narrative: inputs.narrative,
      gambarNarasi: inputs.gambarNarasi ?? {},
      pages,
      ...(logo ? { logoSvg: logo.svg } : {}),
      pkPindaian: pkScan.scan?.halaman ?? null,
      perubahan: lampiranPerubahan,
    });
    timings.render = (timings.render ?? 0) + performance.now() - start;
    return out;
  };
  const base = reportBase(config, build.nomorDraf);
  const printStart = performance.now();
  const meta = {
    ...pdfMetadata(reference, build.nomorDraf),
    date: new Date(builtAt),
    info: { SidikMasukan: fingerprint },
  };
  const printed = await printReport(await browser.browser, render, meta, last?.halaman ?? null);
  const { html, pages, labels, tooWide } = printed;
  // The signed PK scan is drawn onto the pages Lampiran 1 reserved for it
  const pdf = pkScan.scan
    ? await (
        await import('./print/attach-scan.ts')
      ).attachScan(printed.pdf, pkScan.scan.data, `LAMPIRAN 1 PERJANJIAN KINERJA TAHUN ${reference.iku.tahun}`)
    : printed.pdf;
  diagnostics.push(...tooWide.map(tooWideDiagnostic));
  timings.print = (timings.print ?? 0) + performance.now() - printStart - (timings.render ?? 0);
  // The Lembar Reviu of this draft (or final), for the Kepala Bagian and the APIP reviewer (SOP step 6)
  const lembar = lembarReviu(dataset, diagnostics, config, build, pkScan.scan !== null);
  const stempel = draft ? null : await stamping?.({ pdf, lembarReviu: lembar, dataset, diagnostics, halaman: pages });
  signal?.throwIfAborted();
  // The PDF first: it is the file most likely held open (a PDF viewer on Windows), so a refusal comes before any other
  // file is replaced.
  const files = await writeOutputs(
    opts.outputDir,
    [
      { name: `${base}.pdf`, data: pdf },
      { name: `${base}.html`, data: html },
      {
        name: `${base}.json`,
        data: JSON.stringify(
          { build: { ...build, halaman: labels, ...(stempel && { stempel }) }, dataset, diagnostics },
          null,
          2,
        ),
      },
      { name: `${reportStem(config)}-lembar-reviu.html`, data: lembar },
    ],
    { untouched: 'Laporan sebelumnya tetap utuh: tidak ada berkasnya yang diubah.' },
  );
  const record = draft && {
    nomor: draft.nomor,
    sidik: fingerprint,
    dibuat: builtAt,
    halaman: labels,
    dataset,
    diagnostics,
    narrative: inputs.narrative,
    gambar,
  };
  // Old drafts that could not be removed are warnings of this build (on the terminal and in --json; the report's own
  // JSON is already written and does not list them: they are about the output folder, not about the report).
  const leftBehind: Diagnostic[] = [];
  if (record) {
    await keepDraft(opts.outputDir, record, pdf, config.riwayat.simpan);
    leftBehind.push(...(await removeOtherDrafts(opts.outputDir, config, base)));
  }
  // What changed since the draft before, for the reviewer: only when this build made a new draft number
  const perubahan =
    record && draft?.baru && last ? await writeChanges(opts.outputDir, last, record, judulLaporan(config)) : null;
  return {
    ...checkedResult,
    diagnostics: [...diagnostics, ...leftBehind],
    exitCode: 0,
    files,
    pages,
    draft: draft && { nomor: draft.nomor, baru: draft.baru, sebelumnya: last, perubahan },
  };
}

/** The cover logo: `inputs/logo.svg` when the office put its logo there, else the placeholder in `templates/`. */
async function readLogo(inputsDir: string): Promise<CoverLogo | null> {
  const own = await readFile(join(inputsDir, 'logo.svg'), 'utf8').catch(() => null);
  if (own !== null) return { svg: own, file: 'logo.svg' };
  const placeholder = await readFile(LOGO_FILE, 'utf8').catch(() => null);
  return placeholder === null ? null : { svg: placeholder, file: 'templates/assets/logo.svg' };
}

/** Writes `output/pemeriksaan/` for this build; each workbook is named with its unit as `laporan.yaml` spells it. */
function problemReports(
  opts: BuildOptions,
  read: readonly CheckedWorkbook[],
  ref: Reference,
  divisions: Division[],
  diagnostics: Diagnostic[],
  exitCode: number,
  now: Date,
) {
  const unitName = (file: string): string | null => {
    const d = divisions.find((x) => x.file === file);
    return ref.config.unitKerja.find((u) => u.kode === d?.identitas.kodeUnit)?.nama ?? (d?.identitas.unitKerja || null);
  };
  return writeProblemReports({
    outputDir: opts.outputDir,
    checkedAt: now.toISOString(),
    satker: ref.config.satker,
    tahun: ref.config.tahun,
    exitCode,
    diagnostics,
    workbooks: read.map((w) => ({ file: w.file, unit: unitName(w.file), bytes: w.bytes })),
    units: ref.config.unitKerja,
    batasPengumpulan: ref.config.batasPengumpulan,
    kontak: ref.config.kontak,
  });
}

const REFERENCE_FILES = new Set(['laporan.yaml', 'renstra.yaml', 'iku.yaml']);

/** A problem in the configuration or reference data (exit 2) rather than in a division workbook (exit 1). */
const isConfigProblem = (ds: readonly Diagnostic[]): boolean =>
  ds.some(
    (d) =>
      d.severity === 'error' &&
      (REFERENCE_FILES.has(d.file) || d.file.endsWith('.yaml') || d.rule.startsWith('referensi-')),
  );

/** The Lembar Reviu page for this build. */
function lembarReviu(
  dataset: Dataset,
  diagnostics: Diagnostic[],
  config: Reference['config'],
  build: { builtAt: string; fingerprint: string; nomorDraf: number | null },
  pkScan: boolean,
): string {
  const versi = build.nomorDraf === null ? 'Final' : `Draf ke-${build.nomorDraf}`;
  return lembarReviuHtml(
    reviewItems(dataset, diagnostics, pkScan),
    { judul: judulLaporan(config), versi, disusun: build.builtAt, sidik: build.fingerprint },
    config,
  );
}

const judulLaporan = (config: Reference['config']): string => `Laporan Kinerja ${config.satker} Tahun ${config.tahun}`;

function pdfMetadata({ config }: Reference, nomorDraf: number | null) {
  return {
    title: `${judulLaporan(config)}${nomorDraf === null ? '' : ` (Draf ke-${nomorDraf})`}`,
    author: config.satker,
    subject: `Laporan Kinerja (LKj) Tahun ${config.tahun}`,
    keywords: ['LKj', 'Laporan Kinerja', 'SAKIP', config.instansi, String(config.tahun)],
  };
}

export { slug } from './deliver/history/report-files.ts';
