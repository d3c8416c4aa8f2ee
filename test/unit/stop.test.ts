/**
 * The stop listener of the CLIs (pipeline/cli/stop.ts) in a real Node process: a stop whose work never settles still
 * ends through the cleanup limit, with the stop's exit code and message (it ended with Node's exit code 13 and no
 * message while the limit's timer was unref'd); a stop whose work ends leaves at once, without waiting for the limit.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.ts';

const SCRIPT = join(ROOT, 'test', 'fixtures', 'stop', 'stopped-work.mts');

/** Runs the fixture in `mode`, sends SIGTERM once it is ready: its exit code, stderr and ms from signal to exit. */
function stopped(mode: 'hang' | 'settle'): Promise<{ code: number | null; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, mode], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let sentAt = 0;
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      if (!sentAt && stderr.includes('siap')) {
        sentAt = performance.now();
        child.kill('SIGTERM');
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, ms: performance.now() - sentAt }));
  });
}

// Windows has no SIGTERM to catch: `kill` there ends the process at once.
describe.skipIf(process.platform === 'win32')('listenForStop', () => {
  it('ends a stop whose work never settles through the limit: exit 143 and the message, not exit 13', async () => {
    const run = await stopped('hang');
    expect(run.code, run.stderr).toBe(143);
    expect(run.stderr).toContain('berhenti SIGTERM');
    expect(run.stderr.split('dihentikan SIGTERM 143')).toHaveLength(2);
    expect(run.stderr).not.toContain('selesai');
  }, 30_000);

  it('leaves at once when the work ends on the stop, without waiting for the limit', async () => {
    const run = await stopped('settle');
    expect(run.code, run.stderr).toBe(143);
    expect(run.stderr).toContain('selesai');
    // Said once, by the command, not again by the limit
    expect(run.stderr.split('dihentikan SIGTERM 143')).toHaveLength(2);
    expect(run.ms).toBeLessThan(900);
  }, 30_000);
});
