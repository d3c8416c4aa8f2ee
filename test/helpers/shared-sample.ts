/** The sample report built once per test run, for tests that read it (as is) or change a copy of it. */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { SharedSample } from './run-cli.ts';

/** The shared build: read its files, never change them (other test files read them too). */
export const sharedSample = (): SharedSample => inject('sample');

/** A private copy of the shared build (inputs and output with its report), to change and build again. */
export async function copySharedSample(): Promise<SharedSample> {
  const shared = sharedSample();
  const dir = await mkdtemp(join(tmpdir(), 'lkj-test-'));
  await cp(shared.inputs, join(dir, 'inputs'), { recursive: true });
  await cp(shared.output, join(dir, 'output'), { recursive: true });
  return { dir, inputs: join(dir, 'inputs'), output: join(dir, 'output'), run: shared.run };
}
