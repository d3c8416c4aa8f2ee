/** `npm run package` refuses, before writing anything, an inputs folder too big for the archive's masukan.zip. */
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputsTooBig } from '../../pipeline/deliver/package/inputs-size.ts';
import { makePackage } from '../../pipeline/deliver/package/make-package.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function inputs(files: Record<string, number>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lkj-arsip-'));
  dirs.push(dir);
  await mkdir(join(dir, 'narasi'));
  for (const [name, bytes] of Object.entries(files)) {
    await writeFile(join(dir, name), '');
    await truncate(join(dir, name), bytes); // sparse: no disk used
  }
  return dir;
}

const MiB = 1024 * 1024;

describe('inputs folder too big for the archive', () => {
  it('names each file over 100 MB, largest first, with its size and what to do', async () => {
    const dir = await inputs({
      'laporan.yaml': 2_000,
      'rekaman-rapat.mp4': 2_300 * MiB,
      'cadangan.zip': 150 * MiB,
      'divisi-hukum.xlsx': 30_000,
    });
    expect(await inputsTooBig(dir)).toBe(
      'Folder inputs berisi berkas yang terlalu besar untuk arsip masukan (batas 100 MB per berkas): ' +
        'inputs/rekaman-rapat.mp4 (2.300 MB), inputs/cadangan.zip (150 MB). Buku kerja, berkas YAML, narasi, gambar ' +
        'dan pindaian PK jauh lebih kecil. Pindahkan berkas yang bukan masukan laporan keluar dari folder inputs, lalu ' +
        'jalankan lagi npm run package.',
    );
  });

  it('counts all files together, and lets a real inputs folder through', async () => {
    const dir = await inputs({ 'a.xlsx': 15 * MiB, 'b.xlsx': 15 * MiB, 'laporan.yaml': 1_000 });
    expect(await inputsTooBig(dir)).toBeNull();
    expect(await inputsTooBig(dir, { fileBytes: 100 * MiB, totalBytes: 20 * MiB })).toMatch(
      /^Isi folder inputs seluruhnya 30 MB, melebihi batas arsip masukan 20 MB\. Pindahkan /,
    );
  });

  it('stops npm run package with exit 2 before anything is built or written', async () => {
    const dir = await inputs({ 'rekaman-rapat.mp4': 200 * MiB });
    await writeFile(join(dir, 'laporan.yaml'), 'status: final\n');
    const output = join(dir, '..', `${join(dir).split('/').pop()}-keluaran`);
    dirs.push(output);
    const said: string[] = [];
    const result = await makePackage({
      inputsDir: dir,
      outputDir: output,
      sourceDateEpoch: null,
      izinkanPeringatan: false,
      say: (m: string) => void said.push(m),
    });
    expect(result.exitCode).toBe(2);
    expect(result.alasan).toContain('inputs/rekaman-rapat.mp4 (200 MB)');
    expect(said).toEqual([]);
  });
});
