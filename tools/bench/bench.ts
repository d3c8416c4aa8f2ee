/**
 * `npm run bench`: medians over several runs on this machine (not part of `npm test`).
 * 1. the whole `npm run build-report` on the sample, per stage, with peak memory of the process tree;
 * 2. alternating with it, the floor: Chromium alone printing the report's own HTML (`--print-to-pdf`);
 * 3. validate-only (`--check`) on the sample;
 * 4. scale: synthetic inputs of 10, 100 and 1.000 workbooks (1.000 budget lines each), check and full build.
 * Environment: BENCH_RUNS (default 5), BENCH_SCALE (default "10,100,1000"), BENCH_SCALE_RUNS (default 3).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { BROWSER_ARGS, findBrowserExecutable } from '../../pipeline/print/launch-browser.ts';
import { makeScaleInputs } from './make-scale-inputs.ts';
import { loopMs } from './host-speed.ts';
import { measure, median, type Measured } from './measure.ts';
import { watchLatency } from './watch-latency.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCALE = (process.env.BENCH_SCALE ?? '10,100,1000').split(',').filter(Boolean).map(Number);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 3);
const fmt = (ms: number) => (ms / 1000).toFixed(2).replace('.', ',');
const mb = (x: number) => x.toFixed(0);

type Timings = Record<string, number>;
const timingsOf = (m: Measured): Timings => {
  try {
    return (JSON.parse(m.stdout) as { timings?: Timings }).timings ?? {};
  } catch {
    return {};
  }
};

const npmBuild = (args: string[]) => measure('npm', ['run', '--silent', 'build-report', '--', ...args], { cwd: ROOT });
/** The compiled CLI that `npm run build-report` runs (compiled by `prebench`), without npm's own start-up. */
const cliBuild = (args: string[]) =>
  measure(process.execPath, [join(ROOT, 'node_modules', '.cache', 'lkj', 'cli.js'), ...args], { cwd: ROOT });

function expectOk(m: Measured, what: string): Measured {
  if (m.code !== 0) throw new Error(`${what} exited ${m.code}:\n${m.stderr.slice(-2000)}`);
  return m;
}

async function floor(html: string, dir: string): Promise<Measured> {
  const exe = findBrowserExecutable();
  if (!exe) throw new Error('No Chrome/Chromium found for the floor measurement');
  const profile = await mkdtemp(join(dir, 'profile-'));
  const m = await measure(exe, [
    '--headless',
    ...BROWSER_ARGS,
    '--no-pdf-header-footer',
    `--user-data-dir=${profile}`,
    `--print-to-pdf=${join(dir, 'floor.pdf')}`,
    `file://${html}`,
  ]);
  await rm(profile, { recursive: true, force: true });
  return expectOk(m, 'chromium --print-to-pdf');
}

async function sample(dir: string): Promise<string[]> {
  const out = join(dir, 'sample-out');
  const builds: Measured[] = [];
  const floors: Measured[] = [];
  expectOk(await npmBuild(['--output', out, '--json']), 'warm-up build');
  const html = join(out, (await readdir(out)).find((f) => f.endsWith('.html')) ?? 'missing.html');
  for (let i = 0; i < RUNS; i++) {
    builds.push(expectOk(await npmBuild(['--output', out, '--json']), 'build'));
    floors.push(await floor(html, dir));
  }
  const checks: Measured[] = [];
  for (let i = 0; i < RUNS; i++) checks.push(expectOk(await npmBuild(['--check', '--json']), 'check'));
  // Cold: a fresh output folder each time, so there are no page numbers of an earlier report to start from.
  const cold: Measured[] = [];
  for (let i = 0; i < RUNS; i++) {
    const fresh = await mkdtemp(join(dir, 'cold-'));
    cold.push(expectOk(await npmBuild(['--output', fresh, '--json']), 'cold build'));
  }
  const watch = await watchLatency(ROOT, dir, RUNS);
  const stageNames = ['load', 'validate', 'merge', 'render', 'print'];
  const stages = stageNames.map((s) => `${s} ${fmt(median(builds.map((b) => timingsOf(b)[s] ?? NaN)))}`).join(' · ');
  const b = median(builds.map((m) => m.ms));
  const f = median(floors.map((m) => m.ms));
  return [
    `| sample: \`npm run build-report\`, rebuild (last report's page numbers confirmed: 1 print) | ${fmt(b)} s | ${mb(median(builds.map((m) => m.peakMb)))} MB | stages (s): ${stages} |`,
    `| sample: \`npm run build-report\`, cold (empty output folder: 2 prints) | ${fmt(median(cold.map((m) => m.ms)))} s | ${mb(median(cold.map((m) => m.peakMb)))} MB | build / floor = ${(median(cold.map((m) => m.ms)) / median(floors.map((m) => m.ms))).toFixed(2).replace('.', ',')} |`,
    `| floor: \`chromium --headless --print-to-pdf\` of the same HTML | ${fmt(f)} s | ${mb(median(floors.map((m) => m.peakMb)))} MB | build / floor = ${(b / f).toFixed(2).replace('.', ',')} |`,
    `| sample: \`--watch\`, from saving a workbook to the new PDF in place | ${fmt(median(watch))} s | | warm Chromium, 1 print; runs: ${watch.map(fmt).join(' · ')} s |`,
    `| sample: \`npm run build-report -- --check\` | ${fmt(median(checks.map((m) => m.ms)))} s | ${mb(median(checks.map((m) => m.peakMb)))} MB | in-process check ${fmt(median(checks.map((m) => sumTimings(timingsOf(m)))))} s |`,
  ];
}

const sumTimings = (t: Timings): number => Object.values(t).reduce((a, b) => a + b, 0);

async function scale(n: number): Promise<string[]> {
  const dir = join(tmpdir(), `lkj-bench-scale-${n}`);
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    await rm(dir, { recursive: true, force: true });
    const t = performance.now();
    await makeScaleInputs(join(ROOT, 'inputs'), dir, n);
    await writeFile(done, '');
    console.error(`  generated ${n} workbooks in ${fmt(performance.now() - t)} s (cached in ${dir})`);
  }
  const out = await mkdtemp(join(tmpdir(), 'lkj-bench-out-'));
  const runs = n >= 1000 ? 1 : SCALE_RUNS;
  const check: Measured[] = [];
  const full: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    check.push(expectOk(await cliBuild(['--inputs', dir, '--output', out, '--check', '--json']), `check ${n}`));
    full.push(expectOk(await cliBuild(['--inputs', dir, '--output', out, '--json']), `build ${n}`));
  }
  await rm(out, { recursive: true, force: true });
  const row = (what: string, ms: Measured[]) =>
    `| ${n} workbooks: ${what} (compiled CLI) | ${fmt(median(ms.map((m) => m.ms)))} s | ${mb(median(ms.map((m) => m.peakMb)))} MB | ${runs} run(s)${pagesOf(ms)} |`;
  return [row('`--check`', check), row('full build', full)];
}

const pagesOf = (ms: Measured[]): string => {
  try {
    const pages = (JSON.parse(ms[0]?.stdout ?? '') as { pages?: number }).pages;
    return pages ? `, ${pages} pages` : '';
  } catch {
    return '';
  }
};

const dir = await mkdtemp(join(tmpdir(), 'lkj-bench-'));
await mkdir(dir, { recursive: true });
console.error(
  `lkj bench: ${RUNS} runs, scale ${SCALE.join('/')}; machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${mb(totalmem() / 2 ** 20)} MB`,
);
const speedBefore = loopMs();
const rows = [
  '| what | median wall | median peak memory (PSS, whole process tree) | notes |',
  '|---|---|---|---|',
  ...(await sample(dir)),
];
for (const n of SCALE) rows.push(...(await scale(n)));
await rm(dir, { recursive: true, force: true });
console.log(rows.join('\n'));
console.log(
  `\nhost speed: integer loop ${Math.round(speedBefore)} ms before, ${Math.round(loopMs())} ms after (lower is faster)`,
);
