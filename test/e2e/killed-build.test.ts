/**
 * A build killed with SIGKILL (an out-of-memory kill, a closed terminal) cannot clean up after itself: Chromium must
 * end by itself when its parent's pipe closes, and the next build (even one that stops on a bad workbook) removes the
 * profile folders the killed ones left.
 */
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySample } from '../helpers/run-cli.ts';
import { newTag, startCli, watchChromium } from './bad-inputs-helpers.ts';

const canSeeProcesses = existsSync('/proc/self/environ');

let work: Awaited<ReturnType<typeof copySample>>;

beforeAll(async () => {
  work = await copySample();
});

afterAll(async () => {
  await rm(work.dir, { recursive: true, force: true });
});

/** Waits up to `limitMs` for the watched run's Chromium processes to be gone; returns those still there. */
async function leftAfter(watch: ReturnType<typeof watchChromium>, limitMs: number) {
  const start = Date.now();
  while (watch.left().length && Date.now() - start < limitMs) await sleep(100);
  return watch.left();
}

describe.skipIf(!canSeeProcesses)('a build killed with SIGKILL', () => {
  const profiles = new Set<string>();

  // Moments after Chromium appeared: at once (Chromium starting, workbooks being read), then rendering and printing.
  it.each([0, 700, 1_500, 2_500])(
    '%i ms after Chromium started leaves no Chromium of it 5 s later',
    async (delayMs) => {
      const tag = newTag();
      const watch = watchChromium(tag);
      const { child, done } = startCli(['--inputs', work.inputs, '--output', work.output], tag);
      await watch.appeared();
      await sleep(delayMs);
      child.kill('SIGKILL'); // Node only, not its process group: Chromium gets no signal from us
      const run = await done;
      watch.stop();
      expect(run.signal === 'SIGKILL' || run.code === 0, `exit ${run.code} ${run.signal}`).toBe(true);
      expect(await leftAfter(watch, 5_000)).toEqual([]);
      for (const p of watch.profiles) profiles.add(p);
    },
    120_000,
  );

  it('and the next build removes the profile folders the killed builds left, even one that stops on a bad workbook', async () => {
    expect(profiles.size).toBeGreaterThan(0);
    // The sweep runs as Chromium is launched, which a build does at once, before it has read a workbook: a build that
    // stops on a workbook error (exit 1, nothing printed) sweeps as a printing build does, in a fraction of its time.
    await writeFile(join(work.inputs, 'divisi-rusak.xlsx'), 'bukan buku kerja');
    const tag = newTag();
    const watch = watchChromium(tag);
    const run = await startCli(['--inputs', work.inputs, '--output', work.output], tag).done;
    watch.stop();
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('divisi-rusak.xlsx');
    expect(watch.seen.size, 'the build launched Chromium').toBeGreaterThan(0);
    for (const p of profiles) expect(existsSync(p), p).toBe(false);
    expect(watch.left()).toEqual([]);
  }, 120_000);
});
