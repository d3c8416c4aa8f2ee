/**
 * The Chromium profile folder of one launch: `<temp>/lkj-chromium-<pid of the Node process>-XXXXXX`. Naming it after
 * the Node process lets a later build tell the profiles of killed runs (their Node is gone) from those of builds
 * still running (tests and other users run in parallel), and remove only the former.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'lkj-chromium-';

/** A fresh, empty profile folder owned by this process. */
export const newProfileDir = (root: string = tmpdir()): string => mkdtempSync(join(root, `${PREFIX}${process.pid}-`));

/** Removes a profile folder; never throws (a folder that cannot be removed now is swept by a later build). */
export function removeProfileDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  } catch {
    // Swept later.
  }
}

/** Removes the profiles left by earlier runs whose Node process no longer exists; returns how many. */
export function sweepStaleProfiles(root: string = tmpdir()): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = new RegExp(`^${PREFIX}(\\d+)-`).exec(name)?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    removeProfileDir(join(root, name));
    removed++;
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
