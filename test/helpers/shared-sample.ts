/** The sample report built once per test run, for tests that read it (as is) or change a copy of it. */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { CliRun, SharedSample } from './run-cli.ts';

/** Longer than any sample build takes, even on a busy machine. */
const WAIT_MS = 180_000;

/** Per result file: files of one run share this module (no isolation), and each run has its own build. */
const waiting = new Map<string, Promise<SharedSample>>();

/**
 * The shared build, once it has ended (global-setup.ts starts it and does not wait): read its files, never change
 * them (other test files read them too). Throws when the CLI could not be started; a build that failed is returned
 * with its exit code, for the test to show.
 */
export function sharedSample(): Promise<SharedSample> {
  const { result, ...folders } = inject('sample');
  let shared = waiting.get(result);
  if (shared) return shared;
  shared = (async () => {
    for (const start = Date.now(); !existsSync(result); await new Promise((r) => setTimeout(r, 50))) {
      if (Date.now() - start > WAIT_MS) throw new Error(`the shared sample build did not end within ${WAIT_MS} ms`);
    }
    const outcome = JSON.parse(await readFile(result, 'utf8')) as CliRun | { error: string };
    if ('error' in outcome) throw new Error(`the shared sample build could not start: ${outcome.error}`);
    return { ...folders, run: outcome };
  })();
  waiting.set(result, shared);
  return shared;
}

/** A private copy of the shared build (inputs and output with its report), to change and build again. */
export async function copySharedSample(): Promise<SharedSample> {
  const sample = await sharedSample();
  const dir = await mkdtemp(join(tmpdir(), 'lkj-test-'));
  await cp(sample.inputs, join(dir, 'inputs'), { recursive: true });
  await cp(sample.output, join(dir, 'output'), { recursive: true });
  return { dir, inputs: join(dir, 'inputs'), output: join(dir, 'output'), run: sample.run };
}
