#!/usr/bin/env node
/**
 * `npm test`: the type check, the format check and the test suite, side by side. The two checks take ≈ 3 CPU-s and
 * run while Vitest starts and builds the shared sample (which leaves a core partly idle), instead of before it.
 * Any failure fails the run: when a check fails, its output is printed and the suite is stopped at once (a type
 * error is known in seconds, as when the checks ran first). Arguments go to `vitest run`
 * (`npm test -- --reporter=json …`, as `.ci/run` does).
 * The type check is incremental (its state in node_modules/.cache/lkj-tsc/): unchanged sources cost ≈ 1 CPU-s less.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (...parts) => join(root, 'node_modules', ...parts);

const CHECKS = [
  {
    name: 'typecheck (tsc --noEmit)',
    args: [
      bin('typescript', 'bin', 'tsc'),
      ...['--noEmit', '-p', '.', '--incremental', '--tsBuildInfoFile', bin('.cache', 'lkj-tsc', 'tsbuildinfo')],
    ],
  },
  {
    name: 'format (prettier --check)',
    args: [
      bin('prettier', 'bin', 'prettier.cjs'),
      ...['--check', '--cache', '--log-level', 'warn', '{pipeline,scripts,tools,test,schemas}/**/*.{ts,mts,mjs}'],
      'vitest.config.ts',
    ],
  },
];

const children = new Set();
/**
 * Starts `node args…` in the project folder: the child, and a promise of its exit code and, when `capture`, its
 * output.
 */
function run(args, capture) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  children.add(child);
  let output = '';
  if (capture) for (const stream of [child.stdout, child.stderr]) stream.on('data', (b) => (output += b));
  const done = new Promise((resolve) => {
    child.on('error', (e) => {
      output += `${e.message}\n`;
      resolve({ code: 1, output });
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
  return { child, done };
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exitCode = 130;
  });
}

const suite = run([bin('vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], false);
let failed = false;
const checks = CHECKS.map(async ({ name, args }) => {
  const { code, output } = await run(args, true).done;
  if (code === 0) return;
  failed = true;
  process.stderr.write(`\n${name} failed:\n${output}\n`);
  suite.child.kill('SIGTERM');
});
await Promise.all(checks);
const { code } = await suite.done;
process.exitCode = failed ? 1 : process.exitCode || code;
