/** Runs the real CLI (`tsx pipeline/cli.ts`) as a user would, and captures what it prints. */
import { spawn } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** Exit code and output of one CLI run. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run build-report -- …args` from the sources (same entry point, without npm), in the repository root. */
export const runCli = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> => runScript('pipeline/cli.ts', args, env);

/**
 * Node running a TypeScript entry point of the repository, with tsx's loader in the same process (`node --import
 * tsx`): one process, as `npm run build-report` runs one, so a signal reaches the CLI itself and not a relaying
 * parent (the `tsx` command relays Ctrl-C to its child and kills it when the child is busy for 30 ms).
 */
export const sourceCommand = (script: string, args: string[]): [string, string[]] => [process.execPath, ['--import', 'tsx', script, ...args]];

/** Runs a TypeScript entry point of the repository (e.g. `pipeline/division-template/cli.ts`) from the sources. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(...sourceCommand(script, args), {
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

/** A fresh temporary copy of the sample `inputs/` folder, and an empty output folder beside it. */
export async function copySample(): Promise<{ dir: string; inputs: string; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'lkj-test-'));
  const inputs = join(dir, 'inputs');
  await cp(join(ROOT, 'inputs'), inputs, { recursive: true });
  return { dir, inputs, output: join(dir, 'output') };
}
