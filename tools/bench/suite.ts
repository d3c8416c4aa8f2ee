/**
 * `npm run bench:suite`: times `npm test` (the type and format checks and the whole suite) several times on this
 * machine, each run between two readings of the host's speed (`host-speed.ts`), for the test-time figures in the
 * README and BENCHMARKS.md. Not part of `npm test`. Environment: SUITE_RUNS (default 3).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { hostSpeedLine } from './host-speed.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.SUITE_RUNS ?? 3);
const seconds = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',');

const rows = ['| run | wall | exit | host speed before → after |', '|---|---|---|---|'];
for (let run = 1; run <= RUNS; run++) {
  const before = hostSpeedLine();
  const start = performance.now();
  const r = spawnSync(process.execPath, [resolve(ROOT, 'scripts', 'test.mjs'), '--reporter=dot'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ms = performance.now() - start;
  const after = hostSpeedLine();
  const speed = (line: string) => /(\d+) ms/.exec(line)?.[1] ?? '?';
  rows.push(`| ${run} | ${seconds(ms)} s | ${r.status ?? r.signal} | ${speed(before)} → ${speed(after)} ms |`);
  console.error(`run ${run}: ${seconds(ms)} s, exit ${r.status ?? r.signal}`);
}
console.log(rows.join('\n'));
