/**
 * The command line as a user or a CI job meets it: usage mistakes, `--json` to a file, `--check` without a browser.
 * (`--json` on stdout while printing a PDF: drafts.test.ts, which builds anyway.)
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySample, runCli, type CliRun } from '../helpers/run-cli.ts';
import { newTag, startCli, watchChromium } from './bad-inputs-helpers.ts';

let work: Awaited<ReturnType<typeof copySample>>;
beforeAll(async () => {
  // A copy of the sample inputs: no test here prints a report.
  work = await copySample();
});
afterAll(async () => {
  await rm(work.dir, { recursive: true, force: true });
});

describe('usage mistakes', () => {
  it('an unknown option: exit 2, the message and the help on stderr, nothing on stdout, no stack trace', async () => {
    const run = await runCli(['--cek', '--output', join(work.dir, 'tidak-dipakai')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Pilihan tidak dikenal: --cek\.\n\nPemakaian: npm run build-report/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(work.dir, 'tidak-dipakai'))).toBe(false);
  });

  it('with --json, the usage mistake is also the JSON on stdout', async () => {
    const run = await runCli(['--json', '--inputs']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      exitCode: 2,
      error: 'Pilihan --inputs perlu diikuti nama folder, misalnya --inputs masukan-2024.',
    });
  });

  it('an inputs folder that does not exist: exit 2 with one Indonesian line', async () => {
    const run = await runCli(['--check', '--inputs', join(work.dir, 'tidak-ada')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Folder masukan ${join(work.dir, 'tidak-ada')} tidak ditemukan.`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--json to a file that cannot be saved', () => {
  it('a folder of its name in the way: exit 2, the problems still on the terminal, then what to do', async () => {
    const blocked = join(work.dir, 'hasil-terhalang.json');
    await mkdir(blocked);
    const run = await runCli(['--check', '--json', blocked, '--inputs', work.inputs, '--output', join(work.dir, 'o')]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toContain('buku kerja dibaca');
    expect(run.stderr).toMatch(
      new RegExp(
        `Tidak dapat menyimpan ${blocked}: ada folder bernama "hasil-terhalang\\.json" di tempat berkas itu\\. `,
      ),
    );
  });
});

describe('--check and --json', () => {
  const output = () => join(work.dir, 'output-check');
  const jsonFile = () => join(work.dir, 'hasil CI', 'pemeriksaan.json');
  /**
   * One `--check --json FILE` run, watched for Chromium, serves both tests below (a CLI start each otherwise):
   * started by whichever runs first.
   */
  let checkRun: Promise<{ run: CliRun; chromium: number }> | undefined;
  const check = () =>
    (checkRun ??= (async () => {
      const tag = newTag();
      const watch = watchChromium(tag);
      const args = ['--check', '--json', jsonFile(), '--inputs', work.inputs, '--output', output()];
      const run = await startCli(args, tag).done;
      watch.stop();
      return { run, chromium: watch.seen.size };
    })());

  it('--check never starts Chromium, writes the problem reports and not the report', async () => {
    const { run, chromium } = await check();
    expect(run.code, run.stderr).toBe(0);
    expect(chromium).toBe(0);
    expect(await readdir(output())).toEqual(['pemeriksaan']);
  });

  // `--json` on stdout while printing the PDF: drafts.test.ts, on the build that its byte comparison makes anyway.

  it('--json FILE writes the JSON to that file (a folder with spaces is made) and keeps the terminal summary', async () => {
    const { run } = await check();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Memeriksa buku kerja');
    expect(JSON.parse(await readFile(jsonFile(), 'utf8'))).toMatchObject({ exitCode: 0, counts: { error: 0 } });
  });
});
