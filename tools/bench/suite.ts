/**
 * `npm run bench:suite`: times the test suite as `npm test` runs it (`scripts/test.mjs`: the type and format checks
 * beside the whole suite; `scripts/setup.mjs` already ran as this script's `pre` step, and npm's own start is not
 * counted) several times on this machine, each run between two readings of the host's speed (`host-speed.ts`), for
 * the test-time figures in the README and BENCHMARKS.md. Not part of `npm test`. Environment: SUITE_RUNS (default 3).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loopMs } from './host-speed.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.SUITE_RUNS ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`SUITE_RUNS must be a whole number from 1, not ${process.env.SUITE_RUNS}`);
const seconds = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',');

const rows = ['| run | wall | exit | host speed before → after |', '|---|---|---|---|'];
for (let run = 1; run <= RUNS; run++) {
  const before = Math.round(loopMs());
  const start = performance.now();
  const r = spawnSync(process.execPath, [resolve(ROOT, 'scripts', 'test.mjs'), '--reporter=dot'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ms = performance.now() - start;
  const after = Math.round(loopMs());
  rows.push(`| ${run} | ${seconds(ms)} s | ${r.status ?? r.signal} | ${before} → ${after} ms |`);
  console.error(`run ${run}: ${seconds(ms)} s, exit ${r.status ?? r.signal}`);
}
console.log(rows.join('\n'));
