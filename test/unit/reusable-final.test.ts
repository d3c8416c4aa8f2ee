/**
 * When `npm run package` may send the final already in the output folder (pipeline/deliver/package/reusable-final.ts):
 * only while its stamp matches the inputs (every file, pictures too), the templates, the tool and its own files.
 * The real commands are in test/e2e/final.test.ts; here each reason to build again, on a final made by hand.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, symlink, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../schemas/dataset.ts';
import { warning } from '../../pipeline/diagnostic.ts';
import { inputsDigest, startFinalStamp, type StampFinal } from '../../pipeline/deliver/package/final-stamp.ts';
import { reusableFinal, type FinalPlace } from '../../pipeline/deliver/package/reusable-final.ts';
import { fileDigest } from '../../pipeline/deliver/package/file-digest.ts';

const BASE = 'LKj-Uji-2024-final';
let place: FinalPlace;
let dir: string;

const dataset = { unit: [{ kode: 'A', nama: 'Unit A' }] } as unknown as Dataset;
const diagnostics = [warning({ file: 'a.xlsx', rule: 'capaian-tidak-wajar', message: 'Peringatan contoh.' })];

/** Writes a final as a build would: PDF, JSON with its stamp, Lembar Reviu; the stamp from `inputs` as they are. */
async function writeFinal(stamp?: StampFinal) {
  const pdf = new TextEncoder().encode('%PDF-1.4 uji');
  const lembarReviu = '<p>Lembar Reviu</p>';
  const stamping = stamp ?? (await startFinalStamp(place.inputsDir));
  if (!stamping) throw new Error('laporan.yaml of the test declares no final');
  const stempel = await stamping({
    pdf,
    lembarReviu,
    dataset,
    diagnostics,
    halaman: 3,
  });
  const build = { status: 'final', builtAt: '2025-01-15T03:00:00.000Z', fingerprint: '0123456789ab', stempel };
  await writeFile(join(place.outputDir, `${BASE}.pdf`), pdf);
  await writeFile(join(place.outputDir, `${BASE}.json`), JSON.stringify({ build, dataset, diagnostics }, null, 2));
  await writeFile(join(place.outputDir, place.lembarReviu), lembarReviu);
}

const reason = async () => {
  const r = await reusableFinal(place);
  return 'alasan' in r ? r.alasan : 'dipakai';
};

/** Edits the final's JSON in place. */
async function editJson(edit: (j: { build: Record<string, unknown>; dataset: unknown }) => void) {
  const file = join(place.outputDir, `${BASE}.json`);
  const json = JSON.parse(await readFile(file, 'utf8'));
  edit(json);
  await writeFile(file, JSON.stringify(json, null, 2));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lkj-reuse-'));
  const inputsDir = join(dir, 'inputs');
  await mkdir(join(inputsDir, 'narasi'), { recursive: true });
  await writeFile(join(inputsDir, 'laporan.yaml'), 'status: final\n');
  await writeFile(join(inputsDir, 'unit-a.xlsx'), 'buku kerja');
  await writeFile(join(inputsDir, 'narasi', 'struktur.svg'), '<svg/>');
  await writeFile(join(inputsDir, '~$unit-a.xlsx'), 'kunci Excel');
  place = { inputsDir, outputDir: join(dir, 'output'), base: BASE, lembarReviu: 'LKj-Uji-2024-lembar-reviu.html' };
  await mkdir(place.outputDir);
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the final in the output folder', () => {
  it('is sent as it is while nothing changed, with the page count its build recorded', async () => {
    await writeFinal();
    const r = await reusableFinal(place);
    expect('final' in r && { halaman: r.halaman, fp: r.final.build.fingerprint }).toEqual({
      halaman: 3,
      fp: '0123456789ab',
    });
    // Excel's lock file and hidden files are not inputs
    await writeFile(join(place.inputsDir, '~$unit-a.xlsx'), 'kunci lain');
    await writeFile(join(place.inputsDir, '.DS_Store'), 'x');
    expect(await reason()).toBe('dipakai');
  });

  it.each([
    ['a workbook', 'unit-a.xlsx'],
    ['a picture of the narrative', 'narasi/struktur.svg'],
    ['laporan.yaml', 'laporan.yaml'],
    ['a new file', 'unit-b.xlsx'],
  ])('is built again when %s changed', async (_, file) => {
    await writeFinal();
    await writeFile(join(place.inputsDir, file), 'diubah');
    expect(await reason()).toBe('masukan berubah sejak laporan final yang ada disusun');
  });

  it('is hashed as the load stage reads the folder: links to folders not followed, linked files and their changes seen, no pipe read', async () => {
    await symlink('..', join(place.inputsDir, 'balik'));
    await mkdir(join(place.inputsDir, 'sub'));
    await symlink('..', join(place.inputsDir, 'sub', 'lingkar'));
    execFileSync('mkfifo', [join(place.inputsDir, 'pipa.xlsx')]);
    await writeFile(join(dir, 'di-luar.xlsx'), 'buku kerja tertaut');
    await symlink(join(dir, 'di-luar.xlsx'), join(place.inputsDir, 'tertaut.xlsx'));
    await writeFinal();
    expect(await reason()).toBe('dipakai');
    await writeFile(join(dir, 'di-luar.xlsx'), 'buku kerja tertaut, diubah');
    expect(await reason()).toBe('masukan berubah sejak laporan final yang ada disusun');
  });

  it('is built again when an input was removed', async () => {
    await writeFinal();
    await unlink(join(place.inputsDir, 'unit-a.xlsx'));
    expect(await reason()).toBe('masukan berubah sejak laporan final yang ada disusun');
  });

  it('is built again when the templates or the tool differ from those it was built with', async () => {
    await writeFinal();
    await editJson((j) => ((j.build['stempel'] as Record<string, string>)['templat'] = '0'.repeat(64)));
    expect(await reason()).toBe('templat laporan (folder templates) berubah sejak laporan final yang ada disusun');
    await writeFinal();
    await editJson((j) => ((j.build['stempel'] as Record<string, string>)['alat'] = 'lkj 0.0.1'));
    expect(await reason()).toMatch(/^laporan final yang ada disusun dengan lkj 0\.0\.1, sedangkan alat ini lkj /);
  });

  it('is built again when its files are not the ones its build wrote', async () => {
    const changed = 'berkas laporan final di folder keluaran tidak lagi sama dengan yang disusun';
    await writeFinal();
    await writeFile(join(place.outputDir, `${BASE}.pdf`), '%PDF-1.4 lain');
    expect(await reason()).toBe(changed);
    await writeFinal();
    await unlink(join(place.outputDir, place.lembarReviu));
    expect(await reason()).toBe(changed);
    await writeFinal();
    await editJson((j) => (j.dataset = { unit: [] }));
    expect(await reason()).toBe(changed);
    await writeFinal();
    await unlink(join(place.outputDir, `${BASE}.pdf`));
    expect(await reason()).toBe('belum ada laporan final yang utuh di folder keluaran');
  });

  it('is built again when it carries no stamp (a final of an older lkj) or is not a final', async () => {
    await writeFinal();
    await editJson((j) => delete j.build['stempel']);
    expect(await reason()).toBe('laporan final yang ada tidak mencatat dari apa ia disusun');
    await writeFinal();
    await editJson((j) => (j.build['status'] = 'draf'));
    expect(await reason()).toBe('laporan final yang ada tidak mencatat dari apa ia disusun');
    await writeFile(join(place.outputDir, `${BASE}.json`), '{}');
    expect(await reason()).toBe('laporan final yang ada tidak mencatat dari apa ia disusun');
    await writeFile(join(place.outputDir, `${BASE}.json`), '{"build":');
    expect(await reason()).toBe('belum ada laporan final yang utuh di folder keluaran');
  });

  it('is not stamped when an input changed while it was being built', async () => {
    const stamp = (await startFinalStamp(place.inputsDir))!;
    await writeFile(join(place.inputsDir, 'unit-a.xlsx'), 'disimpan saat penyusunan');
    await writeFinal(stamp);
    expect(await reason()).toBe('laporan final yang ada tidak mencatat dari apa ia disusun');
  });

  it('is stamped only when laporan.yaml declares a final: a draft build does not hash the inputs folder', async () => {
    await writeFile(join(place.inputsDir, 'laporan.yaml'), 'judul: Uji\nstatus: draf\n');
    expect(await startFinalStamp(place.inputsDir)).toBeNull();
    await writeFile(join(place.inputsDir, 'laporan.yaml'), 'judul: Uji\nstatus: "final" # siap kirim\n');
    expect(await startFinalStamp(place.inputsDir)).toBeTypeOf('function');
    await writeFile(join(place.inputsDir, 'laporan.yaml'), 'status: [final\n');
    expect(await startFinalStamp(place.inputsDir)).toBeNull();
    await writeFile(join(place.inputsDir, 'laporan.yaml'), 'riwayat:\n  status: final\nstatus: draf\n');
    expect(await startFinalStamp(place.inputsDir)).toBeNull();
  });

  it('hashes a large file left in the inputs folder as a stream, without holding it in memory', async () => {
    // 128 MiB, sparse (no disk used): read whole, the process would grow by its size while reading it, twice the
    // limit below. The resident size is sampled during the hashing (the process's lifetime peak would hide it in a
    // worker that ran big tests). A 2 GiB file, which readFile refuses outright, cost 6,6 CPU-s to hash here, and
    // 256 MiB 2 CPU-s: too much for the suite.
    const big = join(place.inputsDir, 'cadangan.zip');
    const size = 128 * 1024 * 1024;
    await writeFile(big, '');
    await truncate(big, size);
    const before = process.memoryUsage.rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
    try {
      expect(await inputsDigest(place.inputsDir)).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      clearInterval(sampler);
    }
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    // The same digest as the whole file hashed at once (an independent computation of the same bytes).
    const whole = createHash('sha256').update(Buffer.alloc(size)).digest('hex');
    expect(await fileDigest(big)).toBe(whole);
  });
});
