/**
 * The input fingerprint (`sidik`) printed on drafts and on the final's last page covers every input that shapes the
 * PDF: the narrative's pictures too, so two finals with different pictures cannot carry the same sidik.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fingerprintInputs } from '../../pipeline/load/fingerprint-inputs.ts';
import { loadReferenceInputs } from '../../pipeline/load/load-inputs.ts';
import { MAKS_GAMBAR } from '../../pipeline/load/read-narrative-images.ts';
import { referenceYaml } from '../fixtures/reference.ts';
import { removeTempDirs, tempDir } from '../fixtures/write-workbook.ts';

afterAll(removeTempDirs);

const svg = (fill: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="${fill}"/></svg>`;

/** An inputs folder whose narrative shows `narasi/gambar/struktur.svg`. */
async function inputsWithPicture(fill: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'laporan.yaml'), stringify(referenceYaml.config));
  await writeFile(path.join(dir, 'renstra.yaml'), stringify(referenceYaml.renstra));
  await writeFile(path.join(dir, 'iku.yaml'), stringify(referenceYaml.iku));
  await mkdir(path.join(dir, 'narasi', 'gambar'), { recursive: true });
  await writeFile(path.join(dir, 'narasi', 'pendahuluan.md'), '# Pendahuluan\n\n![Struktur](gambar/struktur.svg)\n');
  await writeFile(path.join(dir, 'narasi', 'gambar', 'struktur.svg'), svg(fill));
  return dir;
}

/** The sidik of what the load stage read (the build adds the workbooks', the logo's and the PK scan's digests). */
const sidik = async (dir: string): Promise<string> => fingerprintInputs((await loadReferenceInputs(dir)).digests);

describe('input fingerprint', () => {
  it('changes when only a picture of the narrative changes', async () => {
    const [merah, biru] = await Promise.all([inputsWithPicture('red'), inputsWithPicture('blue')]);
    expect(await sidik(biru)).not.toBe(await sidik(merah));
  });

  it('stays the same for unchanged inputs, read again or in another folder', async () => {
    const [a, b] = await Promise.all([inputsWithPicture('red'), inputsWithPicture('red')]);
    const first = await sidik(a);
    expect(await sidik(a)).toBe(first);
    expect(await sidik(b)).toBe(first);
  });

  it('covers a picture by its path under inputs/ and its bytes, and leaves out one too big to print', async () => {
    const dir = await inputsWithPicture('red');
    await writeFile(path.join(dir, 'narasi', 'besar.png'), Buffer.alloc(MAKS_GAMBAR + 1));
    const { digests } = await loadReferenceInputs(dir);
    expect(Object.keys(digests).filter((k) => k.startsWith('narasi/'))).toEqual([
      'narasi/pendahuluan.md',
      'narasi/gambar/struktur.svg',
    ]);
  });
});
