/**
 * `npm run build-report [-- --check] [-- --json]`: argv → build → diagnostics on the terminal → exit code.
 * The only module that touches `process` and the console (with `cli/failure.ts`, which says how a command failed,
 * and `cli/stop.ts`, which answers Ctrl-C).
 * With `--json`, stdout carries the JSON and nothing else.
 * Exit codes: 0 built (warnings allowed), 1 input errors, 2 usage or configuration errors, 3 internal failure,
 * 128 + signal number when stopped (130 Ctrl-C, 143 SIGTERM).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { BuildResult } from './build-report.ts';
import { HELP, parseCliArgs } from './cli/args.ts';
import { checkFolders } from './cli/check-folders.ts';
import { progressReporter } from './cli/progress.ts';
import { terminalSafe } from './cli/terminal-safe.ts';
import { reportFailure } from './cli/failure.ts';
import { listenForStop, stopWord } from './cli/stop.ts';
import { buildSummary, shownPath } from './cli/summary.ts';
import { UserError } from './diagnostic.ts';
import { writeFailure } from './print/write-failure.ts';
import { countBySeverity, formatDiagnostics } from './format-diagnostics.ts';
import { BadSourceDateEpoch, sourceDateEpoch } from './deliver/history/build-time.ts';
import { changesHeadline } from './deliver/history/changes-summary.ts';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    console.error(`${parsed.message}\n\n${HELP}`);
    if (argv.includes('--json')) printJson({ exitCode: 2, error: parsed.message }, null);
    process.exitCode = 2;
    return;
  }
  const args = parsed.args;
  if (args.help) {
    console.log(HELP);
    return;
  }
  // With a file for the JSON, the terminal keeps its usual messages; on stdout, the JSON is all there is.
  const jsonTo = args.json ? (args.jsonFile ?? null) : undefined;
  const quiet = jsonTo === null;
  if (quiet) reserveStdout();
  const outputDir = resolve(args.output);
  answer = { json: jsonTo, outputDir };
  const folders = await checkFolders(resolve(args.inputs), outputDir);
  if (folders) {
    console.error(terminalSafe(folders));
    if (jsonTo !== undefined) printJson({ exitCode: 2, error: folders }, jsonTo);
    process.exitCode = 2;
    return;
  }
  const epoch = readSourceDateEpoch(jsonTo);
  if (epoch === undefined) return;
  if (args.watch) return watchMode(args.inputs, outputDir, args.check, epoch);
  const stop = listenForStop(
    (signal) => `\nDihentikan (${stopWord(signal)}): menutup peramban dan membersihkan berkas sementara…`,
    (signal, exitCode) => {
      const message = `Penyusunan dihentikan (${stopWord(signal)}). Laporan tidak dibuat; berkas laporan lama di folder keluaran tidak diubah.`;
      console.error(message);
      if (jsonTo !== undefined) printJson({ exitCode, error: message }, jsonTo);
    },
  );
  const start = performance.now();
  let result: BuildResult;
  try {
    if (!quiet) console.error(args.check ? 'Memeriksa buku kerja…' : 'Menyusun Laporan Kinerja…');
    // Loaded here, not at the top: `--help` and usage errors answer without loading the pipeline.
    const { buildReport } = await import('./build-report.ts');
    result = await buildReport({
      inputsDir: resolve(args.inputs),
      outputDir,
      checkOnly: args.check,
      signal: stop.controller.signal,
      sourceDateEpoch: epoch,
      ...(quiet ? {} : { onProgress: progressReporter((line) => console.error(line)) }),
      onReading: (n) => quiet || console.error(`Membaca ${n} buku kerja…`),
    });
  } catch (e) {
    process.exitCode = stop.signal ? stop.stopped() : failed(e, outputDir, jsonTo);
    return;
  } finally {
    stop.dispose();
  }
  const seconds = (performance.now() - start) / 1000;
  if (!quiet) {
    if (result.diagnostics.length) console.error(formatDiagnostics(result.diagnostics));
    console.error(terminalSafe(buildSummary(result, seconds, process.cwd())));
  }
  process.exitCode = result.exitCode;
  // After the terminal's summary: a JSON file that cannot be saved (exit 2, said by the caller) loses nothing else.
  if (jsonTo !== undefined) printJson(jsonResult(result), jsonTo);
}

/** `--watch`: a build now, then one after every saved change, until Ctrl-C. */
async function watchMode(
  inputs: string,
  outputDir: string,
  checkOnly: boolean,
  sourceDateEpoch: Date | null,
): Promise<void> {
  const stop = listenForStop((signal) => `\nPemantauan dihentikan (${stopWord(signal)}).`);
  const { watchBuilds } = await import('./cli/watch.ts');
  const { TEMPLATES_DIR } = await import('./render/assets.ts');
  const waiting = `Memantau ${shownPath(resolve(inputs), process.cwd())}/ dan templates/ (Ctrl-C untuk berhenti)…`;
  console.error(`${waiting}`);
  try {
    await watchBuilds({
      inputsDir: resolve(inputs),
      outputDir,
      checkOnly,
      sourceDateEpoch,
      templatesDir: TEMPLATES_DIR,
      signal: stop.controller.signal,
      onBuild: ({ result, error, trigger, ms }) => {
        // A divider with the clock time, so one build's messages are not read as the next one's.
        const jam = new Date().toLocaleTimeString('id-ID', { hour12: false });
        console.error(
          `\n──────── ${jam} · ${trigger === 'awal' ? 'penyusunan pertama' : `perubahan pada ${trigger}`} ────────`,
        );
        if (result) {
          if (result.diagnostics.length) console.error(formatDiagnostics(result.diagnostics));
          console.error(terminalSafe(buildSummary(result, ms / 1000, process.cwd())));
        } else {
          console.error(`Kegagalan: ${(error as Error)?.message ?? error}`);
        }
        const detik = (ms / 1000).toFixed(2).replace('.', ',');
        console.error(
          `${trigger === 'awal' ? `Selesai dalam ${detik} detik.` : `Selesai ${detik} detik setelah disimpan.`} ${waiting}`,
        );
      },
    });
  } finally {
    stop.dispose();
  }
  process.exitCode = 0;
}

/** `SOURCE_DATE_EPOCH` as a date (`null` when unset); `undefined` after saying that it is malformed (exit 2). */
function readSourceDateEpoch(json: string | null | undefined): Date | null | undefined {
  try {
    return sourceDateEpoch(process.env);
  } catch (e) {
    if (!(e instanceof BadSourceDateEpoch)) throw e;
    console.error(e.message);
    if (json !== undefined) printJson({ exitCode: 2, error: e.message }, json);
    process.exitCode = 2;
    return undefined;
  }
}

/** Where the JSON goes: undefined none, null stdout, else a file. */
type JsonTarget = string | null | undefined;

/** Says what stopped the command (`cli/failure.ts`), also as JSON when asked; returns the exit code. */
function failed(e: unknown, outputDir: string, json: JsonTarget): number {
  const { exitCode, message, log } = reportFailure(e, outputDir);
  if (json !== undefined) printJson({ exitCode, error: message, ...(log && { log }) }, json);
  return exitCode;
}

function jsonResult(r: BuildResult) {
  const reports = r.reports
    ? { json: r.reports.json, html: r.reports.html, copies: r.reports.copies, units: r.reports.unitReports }
    : null;
  const timings = Object.fromEntries(Object.entries(r.timings).map(([k, v]) => [k, Math.round(v)]));
  const p = r.draft?.perubahan;
  const perubahan = p ? { ringkasan: changesHeadline(p.changes), html: p.html, markdown: p.markdown } : null;
  const draft = r.draft
    ? { nomor: r.draft.nomor, baru: r.draft.baru, sebelumnya: r.draft.sebelumnya?.nomor ?? null, perubahan }
    : null;
  return {
    exitCode: r.exitCode,
    counts: countBySeverity(r.diagnostics),
    diagnostics: r.diagnostics,
    files: r.files,
    reports,
    pages: r.pages,
    draft,
    timings,
  };
}

/** With `--json`, stdout carries only the JSON: whatever a library logs (ECharts warns with console.log) goes to stderr. */
function reserveStdout(): void {
  const toStderr = (...args: unknown[]) => console.error(...args);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}

function printJson(value: unknown, file: string | null): void {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (file === null) {
    process.stdout.write(text);
    return;
  }
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(file, text);
  } catch (cause) {
    // The user named this file (`--json <file>`): a folder in the way or a full disk is theirs to fix (exit 2).
    throw writeFailure(cause, resolve(file), '');
  }
}

/** Where a failure that reaches the top is said: JSON as asked, the log in the output folder (defaults until parsed). */
let answer: { json: JsonTarget; outputDir: string } = { json: undefined, outputDir: resolve('output') };

// A user's mistake that reaches this far (the `--json` file cannot be written) is said without JSON.
await main().catch((e: unknown) => {
  process.exitCode = failed(e, answer.outputDir, e instanceof UserError ? undefined : answer.json);
});
