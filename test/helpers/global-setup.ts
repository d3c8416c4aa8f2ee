/**
 * Once per test run, before the end-to-end tests: compiles the bundle `npm run build-report` runs (scripts/setup.mjs,
 * a no-op when it is current), then builds the sample once with the shipped CLI. Tests that only read a finished
 * report use that build (`sharedSample()`); tests that change inputs or outputs work on a copy of it.
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { copySample, ROOT, runCli, SAMPLE_EPOCH, type SharedSample } from './run-cli.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sample: SharedSample;
  }
}

/** Vitest's global setup: returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const setupRun = spawnSync(process.execPath, ['scripts/setup.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (setupRun.status !== 0) throw new Error(`scripts/setup.mjs failed with exit ${setupRun.status}`);
  const work = await copySample();
  const run = await runCli(['--inputs', work.inputs, '--output', work.output], { SOURCE_DATE_EPOCH: SAMPLE_EPOCH });
  project.provide('sample', { ...work, run });
  return () => rm(work.dir, { recursive: true, force: true });
}
