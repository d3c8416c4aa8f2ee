/** The loop-safe file listing the final's stamp and the narrative pictures use (links to folders not followed). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsDigest } from '../../pipeline/deliver/package/final-stamp.ts';
import { regularFiles } from '../../pipeline/load/find-input-files.ts';
import { readNarrativeImages } from '../../pipeline/load/read-narrative-images.ts';

const dir = mkdtempSync(join(tmpdir(), 'lkj-berkas-'));
const outside = mkdtempSync(join(tmpdir(), 'lkj-luar-'));
afterAll(() => [dir, outside].forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('regularFiles', () => {
  const inputs = join(dir, 'inputs');
  mkdirSync(join(inputs, 'narasi', 'sub'), { recursive: true });
  writeFileSync(join(inputs, 'laporan.yaml'), 'tahun: 2024\n');
  writeFileSync(join(inputs, 'narasi', 'struktur.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(outside, 'tautan.xlsx'), 'isi 1');
  // Links back up the tree: followed, they would list the folder again and again.
  symlinkSync('..', join(inputs, 'balik'));
  symlinkSync('../..', join(inputs, 'narasi', 'sub', 'lingkar'));
  symlinkSync(join(outside, 'tautan.xlsx'), join(inputs, 'tautan.xlsx'));
  symlinkSync(join(outside, 'tidak-ada.xlsx'), join(inputs, 'putus.xlsx'));
  execFileSync('mkfifo', [join(inputs, 'antrean.yaml')]);

  it('lists regular files and linked files once, follows no linked folder, leaves out FIFOs and broken links', async () => {
    expect(await regularFiles(inputs)).toEqual(['laporan.yaml', 'narasi/struktur.svg', 'tautan.xlsx']);
  });

  it("gives the final's stamp a digest that ends, and follows a linked file's content", async () => {
    const before = await inputsDigest(inputs);
    expect(await inputsDigest(inputs)).toBe(before);
    writeFileSync(join(outside, 'tautan.xlsx'), 'isi 2');
    expect(await inputsDigest(inputs)).not.toBe(before);
  });

  it('reads the narrative pictures without going round a linked folder', async () => {
    expect(Object.keys(await readNarrativeImages(inputs))).toEqual(['struktur.svg']);
  });
});
