/** `npm run mulai -- --tahun 2025` on a copy of the sample: the sample moves to contoh/, a new year starts in inputs/. */
import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type CliRun, copySample, runCli, runShipped, shipped } from '../helpers/run-cli.ts';
import { newTag, pressCtrlC, startCli } from './bad-inputs-helpers.ts';

let work: Awaited<ReturnType<typeof copySample>>;
let started: CliRun;
const contoh = () => join(work.dir, 'contoh');
const templates = () => join(work.output, 'templates');
const mulai = (...extra: string[]) =>
  runShipped('mulai', ['--tahun', '2025', '--inputs', work.inputs, '--output', templates(), ...extra]);

beforeAll(async () => {
  // A folder with spaces, as `C:\\Users\\Siti Aminah\\Documents` is on Windows.
  work = await copySample('lkj uji spasi ');
  started = await mulai();
}, 60_000);
afterAll(async () => {
  await rm(work.dir, { recursive: true, force: true });
});

describe('npm run mulai', () => {
  it('moves the sample to contoh/ and writes the new year with ISI/PERIKSA comments', async () => {
    expect(started.code, started.stderr).toBe(0);
    expect(started.stdout).toContain('(data contoh) dipindahkan ke');
    expect((await readdir(contoh())).filter((f) => f.endsWith('.xlsx'))).toHaveLength(7);
    expect((await readdir(work.inputs)).sort()).toEqual(['iku.yaml', 'laporan.yaml', 'narasi', 'renstra.yaml']);
    const laporan = await readFile(join(work.inputs, 'laporan.yaml'), 'utf8');
    expect(parse(laporan)).toMatchObject({
      tahun: 2025,
      status: 'draf',
      tanggal: '2026-01-15',
      penandatangan: { sekretaris: { nama: 'ISI NAMA SEKRETARIS' } },
    });
    expect(parse(laporan).penandatangan.sekretaris.nip).toBeUndefined();
    expect(laporan).toContain('# ISI: tempat dan tanggal penandatanganan laporan');
    expect(laporan).not.toMatch(/REKAAN|DATA CONTOH/);
    const iku = await readFile(join(work.inputs, 'iku.yaml'), 'utf8');
    expect(parse(iku).tahun).toBe(2025);
    expect(iku).toContain('# ISI: target PK 2025');
    expect(await readFile(join(work.inputs, 'renstra.yaml'), 'utf8')).toContain(
      '# PERIKSA: Renstra ini berakhir tahun 2024',
    );
  });

  it('makes the 2025 templates', async () => {
    const files = await readdir(templates());
    expect(files).toHaveLength(7);
    expect(files.every((f) => /^LKj-2025-.+\.xlsx$/.test(f))).toBe(true);
  });

  it('refuses to start the same year twice, changing nothing', async () => {
    const again = await mulai();
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('sudah berisi data tahun 2025');
    expect(existsSync(join(work.dir, 'arsip-masukan'))).toBe(false);
  });

  it('a year later (npm run mulai 2026, the form PowerShell passes on), moves the past year to arsip-masukan/<tahun>/ and keeps its signatory to check', async () => {
    const next = await runShipped('mulai', [
      '2026',
      '--inputs',
      work.inputs,
      '--output',
      join(work.dir, 'templat-2026'),
    ]);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain('(data tahun 2025) dipindahkan ke');
    const archived = join(work.dir, 'arsip-masukan', '2025');
    expect(parse(await readFile(join(archived, 'laporan.yaml'), 'utf8')).tahun).toBe(2025);
    const laporan = await readFile(join(work.inputs, 'laporan.yaml'), 'utf8');
    expect(parse(laporan)).toMatchObject({ tahun: 2026, tanggal: '2027-01-15' });
    expect(laporan).toContain('# PERIKSA: Sekretaris yang menjabat');
    expect(await readdir(join(work.dir, 'templat-2026'))).toHaveLength(7);
  });

  it('leaves the sample buildable from contoh/', async () => {
    const run = await runCli(['--check', '--inputs', contoh(), '--output', join(work.dir, 'out-contoh')]);
    expect(run.code, run.stderr).toBe(0);
  });

  it('a returned template beside the older file of the same unit: one message, not row-level errors', async () => {
    await copyFile(
      join(contoh(), 'divisi-hukum-dan-pengawasan.xlsx'),
      join(contoh(), 'LKj-2024-divisi-hukum-dan-pengawasan.xlsx'),
    );
    const run = await runCli(['--check', '--json', '--inputs', contoh(), '--output', join(work.dir, 'out-dua')]);
    expect(run.code).toBe(1);
    const errors = JSON.parse(run.stdout).diagnostics.filter((d: { severity: string }) => d.severity === 'error');
    expect(errors.map((d: { rule: string }) => d.rule)).toEqual(['unit-ganda']);
    expect(errors[0].message).toMatch(/^Dua berkas dari unit Divisi Hukum dan Pengawasan: /);
  });

  it('stopped with Ctrl-C once the inputs folder has moved: exit 130, the year started, no template, said how to go on', async () => {
    const copy = await copySample('lkj uji henti ');
    try {
      const output = join(copy.output, 'templates');
      const { child, done } = startCli(['--tahun', '2025', '--inputs', copy.inputs, '--output', output], newTag(), {
        script: shipped('mulai'),
      });
      // Pressed the moment the move is said (the templates are made after it)
      let said = '';
      child.stdout!.on('data', (b: Buffer) => {
        if (!said.includes('dipindahkan ke') && (said += b.toString()).includes('dipindahkan ke')) pressCtrlC(child);
      });
      const run = await done;
      expect(run.code, run.stderr).toBe(130);
      expect(run.stderr).toContain('Perintah dihentikan (Ctrl-C) setelah tahun 2025 dimulai');
      expect(run.stderr).toContain('Buat templatnya dengan npm run templates.');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(output)).toBe(false);
      expect((await readdir(copy.inputs)).sort()).toEqual(['iku.yaml', 'laporan.yaml', 'narasi', 'renstra.yaml']);
      expect((await readdir(join(copy.dir, 'contoh'))).filter((f) => f.endsWith('.xlsx'))).toHaveLength(7);
    } finally {
      await rm(copy.dir, { recursive: true, force: true });
    }
  });
});
