/**
 * The archive copy (SOP step 9): `output/arsip/<tahun>/<tanggal>-<sidik>/` holding the package, the PDF/A-2b copy,
 * the whole inputs folder as `masukan.zip`, and the PDF/A check. A folder is never reused: a second final of the same
 * year (or the same day) gets a new one (`…-2`, `…-3`), and the files are made read-only.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One file to archive. */
export interface ArchiveFile {
  name: string;
  data: Uint8Array | string;
}

/** Creates the next free folder for this date and fingerprint (atomically: `mkdir` fails on an existing one). */
async function newFolder(base: string, stem: string): Promise<string> {
  await mkdir(base, { recursive: true });
  for (let n = 1; ; n++) {
    const dir = join(base, n === 1 ? stem : `${stem}-${n}`);
    try {
      await mkdir(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** Writes the files into a new dated folder under `output/arsip/<tahun>/` and makes them read-only; returns the folder. */
export async function writeArchive(
  outputDir: string,
  tahun: number,
  at: Date,
  sidik: string,
  files: readonly ArchiveFile[],
): Promise<string> {
  const dir = await newFolder(join(outputDir, 'arsip', String(tahun)), `${at.toISOString().slice(0, 10)}-${sidik}`);
  for (const f of files) {
    const path = join(dir, f.name);
    await writeFile(path, f.data, { flag: 'wx' });
    await chmod(path, 0o444);
  }
  await chmod(dir, 0o555);
  return dir;
}
