/**
 * How big the inputs folder may be for the archive's `masukan.zip`, which holds every file of it and is made in
 * memory: a video or a backup left in `inputs/` (gigabytes) would otherwise exhaust memory half-way through
 * `npm run package`. The report's own inputs are far smaller (a workbook ≤ 20 MiB, `load/limits.ts`), so a file over
 * the limit is not an input; the package is refused before anything is written, saying which file to move.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatAngka } from '../../format.ts';
import { inputFiles } from './final-stamp.ts';

const MiB = 1024 * 1024;

export const ARCHIVE_LIMITS = {
  /** One file of the inputs folder. */
  fileBytes: 100 * MiB,
  /** All of them together. */
  totalBytes: 1024 * MiB,
};

const mb = (bytes: number): string => `${formatAngka(Math.round((bytes / MiB) * 10) / 10)} MB`;

/** Why the inputs folder is too big for the archive (Indonesian), or null when it is not. */
export async function inputsTooBig(inputsDir: string, limits = ARCHIVE_LIMITS): Promise<string | null> {
  const sizes = await Promise.all(
    (await inputFiles(inputsDir)).map(async (f) => ({ f, bytes: (await stat(join(inputsDir, f))).size })),
  );
  const move =
    'Pindahkan berkas yang bukan masukan laporan keluar dari folder inputs, lalu jalankan lagi npm run package.';
  const big = sizes.filter((s) => s.bytes > limits.fileBytes).sort((a, b) => b.bytes - a.bytes);
  if (big.length) {
    const list = big.map((s) => `inputs/${s.f} (${mb(s.bytes)})`).join(', ');
    return (
      `Folder inputs berisi berkas yang terlalu besar untuk arsip masukan (batas ${mb(limits.fileBytes)} ` +
      `per berkas): ${list}. Buku kerja, berkas YAML, narasi, gambar dan pindaian PK jauh lebih kecil. ${move}`
    );
  }
  const total = sizes.reduce((a, s) => a + s.bytes, 0);
  if (total > limits.totalBytes) {
    return `Isi folder inputs seluruhnya ${mb(total)}, melebihi batas arsip masukan ${mb(limits.totalBytes)}. ` + move;
  }
  return null;
}
