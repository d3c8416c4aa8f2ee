/**
 * Watch mode sees saves the way editors make them, several in a row: LibreOffice (lock file, temporary file renamed
 * over the workbook), Excel (owner file `~$x.xlsx`, an extensionless temporary, the old file renamed away), a plain
 * rewrite, a copy over the file that keeps its old modification time, and a broken save then a good one. Each save
 * rebuilds once; lock and temporary files alone never do. The real CLI (`--watch --check`: the same rebuilds
 * without printing a PDF), the sample workbooks.
 */
import { copyFile, readFile, readdir, rename, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySample } from '../helpers/run-cli.ts';
import { newTag, pressCtrlC, startCli } from './bad-inputs-helpers.ts';

let work: Awaited<ReturnType<typeof copySample>>;
let cli: ReturnType<typeof startCli>;
let log = '';
let name: string;
let good: Buffer;

/** Build reports so far (a divider line per build), and the part of the log after the last one. */
const builds = () => (log.match(/──────── .* · (penyusunan pertama|perubahan pada [^\n]*) ────────/g) ?? []).length;
const lastBuild = () => log.slice(log.lastIndexOf('\n──────── '));

/** Waits for build number `n` to be reported in full, then makes sure no other build follows within `quietMs`. */
async function expectBuilds(n: number, quietMs = 1_500): Promise<string> {
  for (const start = Date.now(); !(builds() >= n && /Selesai [^\n]*\n/.test(lastBuild()));) {
    if (Date.now() - start > 60_000) throw new Error(`expected build ${n}, saw ${builds()}:\n${log.slice(-3000)}`);
    await sleep(50);
  }
  await sleep(quietMs);
  expect(builds(), log.slice(-3000)).toBe(n);
  return lastBuild();
}

beforeAll(async () => {
  work = await copySample();
  name = (await readdir(work.inputs)).filter((f) => f.endsWith('.xlsx')).sort()[0] as string;
  good = await readFile(join(work.inputs, name));
  cli = startCli(['--watch', '--check', '--inputs', work.inputs, '--output', work.output], newTag());
  cli.child.stderr?.on('data', (b: Buffer) => (log += b.toString()));
  await expectBuilds(1, 0);
}, 120_000);

afterAll(async () => {
  pressCtrlC(cli.child);
  await cli.done;
  await rm(work.dir, { recursive: true, force: true });
});

describe('watch mode, saving as editors do', () => {
  const file = () => join(work.inputs, name);

  it('LibreOffice: lock file, temporary written and renamed over the workbook → one rebuild', async () => {
    await writeFile(join(work.inputs, `.~lock.${name}#`), 'lock');
    await writeFile(join(work.inputs, 'lu12345.tmp'), good);
    await rename(join(work.inputs, 'lu12345.tmp'), file());
    await unlink(join(work.inputs, `.~lock.${name}#`));
    expect(await expectBuilds(2)).toContain(`perubahan pada inputs/${name}`);
  }, 90_000);

  it('Excel: owner file, extensionless temporary, old file renamed away and deleted → one rebuild', async () => {
    await writeFile(join(work.inputs, `~$${name}`), 'owner');
    await writeFile(join(work.inputs, '3F2A1B0C'), good);
    await rename(file(), join(work.inputs, 'B7C1D2E3.tmp'));
    await rename(join(work.inputs, '3F2A1B0C'), file());
    await unlink(join(work.inputs, 'B7C1D2E3.tmp'));
    await unlink(join(work.inputs, `~$${name}`));
    expect(await expectBuilds(3)).toContain(`perubahan pada inputs/${name}`);
  }, 90_000);

  it('a broken save by rename is seen and reported, and the good save after it too', async () => {
    await writeFile(join(work.inputs, 'lu23456.tmp'), 'PK\u0003\u0004 bukan buku kerja');
    await rename(join(work.inputs, 'lu23456.tmp'), file());
    const broken = await expectBuilds(4);
    expect(broken).toContain(name);
    expect(broken).not.toMatch(/· 0 galat ·/);
    await writeFile(join(work.inputs, 'lu34567.tmp'), good);
    await rename(join(work.inputs, 'lu34567.tmp'), file());
    expect(await expectBuilds(5)).toMatch(/· 0 galat ·/);
  }, 90_000);

  it('truncate-and-write, then a copy over it that keeps the old modification time → one rebuild each', async () => {
    await writeFile(file(), 'bukan buku kerja');
    expect(await expectBuilds(6)).not.toMatch(/· 0 galat ·/);
    const before = await stat(file());
    await writeFile(join(work.inputs, '..', 'salinan.xlsx'), good);
    await copyFile(join(work.inputs, '..', 'salinan.xlsx'), file());
    await utimes(file(), before.atime, before.mtime); // as `cp -p` leaves it
    expect(await expectBuilds(7)).toMatch(/· 0 galat ·/);
  }, 90_000);

  it('lock and temporary files alone never rebuild', async () => {
    await writeFile(join(work.inputs, `~$${name}`), 'owner');
    await writeFile(join(work.inputs, `.~lock.${name}#`), 'lock');
    await writeFile(join(work.inputs, 'catatan.tmp'), 'x');
    await writeFile(join(work.inputs, '9A8B7C6D'), 'x');
    await sleep(1_500);
    expect(builds()).toBe(7);
  }, 30_000);
});
