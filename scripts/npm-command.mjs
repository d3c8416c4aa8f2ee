/**
 * How to start npm from a Node script on any platform. On Windows `npm` is `npm.cmd`, a batch file that
 * `spawn` without a shell cannot start (and Node ≥ 20.12 refuses to start .cmd files without one, CVE-2024-27980).
 * Under `npm run`, npm tells its own script path in `npm_execpath`: running that with the current Node needs no shell
 * and no quoting, so paths with spaces or backslashes pass unchanged.
 */
import path from 'node:path';

/** `{ command, args, shell }` for `spawnSync` that runs `npm <args>` here. */
export function npmCommand(args, platform = process.platform, env = process.env, nodePath = process.execPath) {
  const execPath = env.npm_execpath;
  if (execPath && /\.c?js$/i.test(execPath) && /npm-cli/i.test(path.basename(execPath))) {
    return { command: nodePath, args: [execPath, ...args], shell: false };
  }
  if (platform === 'win32') return { command: 'npm.cmd', args, shell: true };
  return { command: 'npm', args, shell: false };
}
