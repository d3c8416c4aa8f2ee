/** Runs the shipped CLI (the bundle `npm run build-report` runs) as a user would, and captures what it prints. */
import { spawn } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** Exit code and output of one CLI run. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The bundles scripts/setup.mjs compiles (the test run's global setups keep them current), by name. */
export const shipped = (name: 'cli' | 'package' | 'templates' | 'mulai' | 'check-workbook-worker'): string =>
  join(ROOT, 'node_modules', '.cache', 'lkj', `${name}.js`);

/** The compiled CLI that `npm run build-report` starts. */
export const SHIPPED_CLI = shipped('cli');

/**
 * The compiled workbook worker the shipped CLI starts (`new WorkbookPool(n, limits, SHIPPED_WORKER)`): tests of the
 * pool run it instead of the TypeScript sources, which each worker thread compiled again with tsx (≈ 0,5 CPU-s more
 * per worker, measured). Kept current by the test run's global setups (scripts/setup.mjs).
 */
export const SHIPPED_WORKER = pathToFileURL(shipped('check-workbook-worker'));

/** The command line of `npm run build-report -- …args`, without npm: Node on the shipped bundle. */
export const cliCommand = (args: string[]): [string, string[]] => [process.execPath, [SHIPPED_CLI, ...args]];

/** Runs `npm run build-report -- …args` (the shipped bundle, without npm) in the repository root. */
export const runCli = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> => run(cliCommand(args), env);

/** The compiled command that `npm run package` and `npm run cek-paket` start. */
export const SHIPPED_PACKAGE = shipped('package');

/** Runs `npm run package -- …args` (or `npm run cek-paket` with `--cek`): the shipped bundle, without npm. */
export const runPackageCli = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> =>
  run([process.execPath, [SHIPPED_PACKAGE, ...args]], env);

/** The SOURCE_DATE_EPOCH of the shared sample build: 2025-01-15T03:00:00Z. */
export const SAMPLE_EPOCH = '1736910000';

/** A temporary folder with an `inputs/` folder in it and the path of an `output/` folder beside it. */
export interface SampleFolders {
  dir: string;
  inputs: string;
  output: string;
}

/** The sample built once per test run (test/helpers/global-setup.ts): its folders and the CLI run that built it. */
export interface SharedSample extends SampleFolders {
  run: CliRun;
}

/** The bundles scripts/setup.mjs compiles for `npm run templates` and `npm run mulai` (package.json). */
export type ShippedCommand = 'templates' | 'mulai';

/** Runs `npm run <name> -- …args` (`templates`, `mulai`): the shipped bundle, without npm, in the repository root. */
export const runShipped = (name: ShippedCommand, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> =>
  run([process.execPath, [shipped(name), ...args]], env);

function run([command, args]: [string, string[]], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A fresh temporary copy of the sample `inputs/` folder, and an empty output folder beside it (`prefix`: e.g. with spaces). */
export async function copySample(prefix = 'lkj-test-'): Promise<SampleFolders> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const inputs = join(dir, 'inputs');
  await cp(join(ROOT, 'inputs'), inputs, { recursive: true });
  return { dir, inputs, output: join(dir, 'output') };
}
