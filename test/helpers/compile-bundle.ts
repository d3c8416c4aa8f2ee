/**
 * Vitest's global setup of the `unit` project (`npm run test:unit` too): compiles the bundle the shipped CLI runs when
 * a source is newer than it (scripts/setup.mjs --compile-only; a no-op when current), because the worker pool's tests
 * start its compiled worker (run-cli.ts, SHIPPED_WORKER). No browser is looked for: the unit tests print nothing.
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from './run-cli.ts';

/** Runs `node scripts/setup.mjs …args` in the repository root; throws when it fails. */
export function runSetup(...args: string[]): void {
  const run = spawnSync(process.execPath, ['scripts/setup.mjs', ...args], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`scripts/setup.mjs ${args.join(' ')} failed with exit ${run.status}`);
}

export default function setup(): void {
  runSetup('--compile-only');
}
