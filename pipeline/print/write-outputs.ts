/**
 * Writes the build's files so that a reader never sees a half-written report: every file goes to a temporary name in
 * the same folder first and is renamed over the old one only when all of them are complete. A failed or killed
 * build leaves the previous report as it was; two builds at once each rename whole files.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One file to write: its name inside the output folder and its content. */
export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

/** Writes all files to temporary names, then renames them into place; returns the final paths. */
export async function writeOutputs(outputDir: string, files: readonly OutputFile[]): Promise<string[]> {
  await mkdir(outputDir, { recursive: true });
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  // Temporary names do not grow with the file's name: a name near the 255-byte limit must still be writable.
  const staged = files.map((f, i) => ({
    tmp: join(outputDir, `.lkj-${tag}-${i}.tmp`),
    final: join(outputDir, f.name),
    data: f.data,
  }));
  try {
    for (const s of staged) await writeFile(s.tmp, s.data);
    for (const s of staged) await rename(s.tmp, s.final);
  } catch (cause) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw new Error(`Gagal menulis berkas keluaran di ${outputDir}`, { cause });
  }
  return staged.map((s) => s.final);
}
