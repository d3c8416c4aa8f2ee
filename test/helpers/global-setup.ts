/**
 * Once per test run, before the end-to-end tests: compiles the bundle `npm run build-report` runs (scripts/setup.mjs,
 * a no-op when it is current), then starts building the sample once with the shipped CLI. Tests that only read a
 * finished report use that build (`await sharedSample()`); tests that change inputs or outputs work on a copy of it.
 *
 * The build is not awaited here: Vitest starts no test before its global setup returns, so a build awaited here kept
 * a core idle for its ≈ 3 s while nothing else could run. The tests that need it wait for it (shared-sample.ts); the
 * unit tests and the end-to-end files that start from their own copy of inputs/ run meanwhile.
 *
 * Also gives the run one folder where the test processes leave what pdf.js read from a PDF (test/helpers/read-pdf.ts).
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runSetup } from './compile-bundle.ts';
import { copySample, runCli, SAMPLE_EPOCH, type SampleFolders } from './run-cli.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sample: SampleFolders & {
      /** Where the build's `CliRun` (or `{ error }` when the CLI could not be started) is written once it ends. */
      result: string;
    };
  }
}

/** Vitest's global setup: returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  runSetup();
  const work = await copySample();
  const result = join(work.dir, 'build-result.json');
  // Written whole, then renamed: a reader never sees half a file.
  const building = runCli(['--inputs', work.inputs, '--output', work.output], { SOURCE_DATE_EPOCH: SAMPLE_EPOCH })
    .then(
      (run) => run,
      (e: Error) => ({ error: e.message }),
    )
    .then(async (outcome) => {
      await writeFile(`${result}.tmp`, JSON.stringify(outcome));
      await rename(`${result}.tmp`, result);
    });
  project.provide('sample', { ...work, result });
  // What pdf.js read from each PDF, shared by the run's test processes (read-pdf.ts).
  const pdfText = join(work.dir, 'pdf-text');
  await mkdir(pdfText);
  project.provide('pdfText', pdfText);
  return async () => {
    await building;
    await rm(work.dir, { recursive: true, force: true });
  };
}
