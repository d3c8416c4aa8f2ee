/** Runs a shipped command other than the report build (`npm run templates`, `npm run mulai`) as a user would. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, type CliRun } from './run-cli.ts';

/** The bundles scripts/setup.mjs compiles for `npm run templates` and `npm run mulai` (package.json). */
export type ShippedCommand = 'templates' | 'mulai';

/** Runs `npm run <name> -- …args` without npm: Node on the shipped bundle, in the repository root. */
export const runShipped = (name: ShippedCommand, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> =>
  new Promise((done, fail) => {
    const bundle = join(ROOT, 'node_modules', '.cache', 'lkj', `${name}.js`);
    const options = { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 };
    execFile(process.execPath, [bundle, ...args], options, (error, stdout, stderr) => {
      // A number: the exit code; a string (ENOENT…): the process did not start at all.
      const code = error ? error.code : 0;
      if (typeof code === 'string') return fail(error);
      done({ code: code ?? null, stdout, stderr });
    });
  });
