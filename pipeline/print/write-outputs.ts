/**
 * Writes a step's files into the output folder all or nothing. Every file goes to a temporary name in the same folder
 * first; only when all are complete are they renamed over the old ones, one by one in the order given (callers put the
 * file most likely to be held open by another program first: the PDF), each old file kept under a hidden backup name
 * (a hard link, else a copy) until all are in place.
 *
 * Guaranteed: when any step fails (a write, a backup, a rename), every name is put back as it was before the call (its
 * old bytes, or no file where there was none) before the error is thrown, and the error says so; should putting back
 * fail too (a second fault: the disk removed), the error names the files not restored and where their old bytes are.
 * Each file is always whole, old or new. Not guaranteed: no platform renames several files at once, so a reader
 * opening the files during the milliseconds of renaming, or a process killed (kill -9, power loss) between two
 * renames, can see a new PDF beside an old HTML; such a kill can also leave hidden `.lkj-*` temporaries behind.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, link, lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFailure } from './write-failure.ts';

/** One file to write: its name inside the output folder and its content. */
export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

/** What a failure may tell the user. */
export interface WriteOptions {
  /**
   * The sentence said when a failure left everything as it was, e.g. "Laporan sebelumnya tetap utuh." (only what is
   * true at that point of the build); by default, that the old files of those names were not changed.
   */
  untouched?: string;
}

interface Staged {
  tmp: string;
  backup: string;
  final: string;
  data: string | Uint8Array;
  /** An old file was kept under `backup`. */
  kept: boolean;
}

/** Writes all files to temporary names, then renames them into place; returns the final paths. */
export async function writeOutputs(
  outputDir: string,
  files: readonly OutputFile[],
  opts: WriteOptions = {},
): Promise<string[]> {
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  // Temporary names do not grow with the file's name: a name near the 255-byte limit must still be writable.
  const staged: Staged[] = files.map((f, i) => ({
    tmp: join(outputDir, `.lkj-${tag}-${i}.tmp`),
    backup: join(outputDir, `.lkj-${tag}-${i}.lama`),
    final: join(outputDir, f.name),
    data: f.data,
    kept: false,
  }));
  const placed: Staged[] = [];
  // The file a failure is told about; for the folder, its first file (a file where the folder should be is found so).
  let at = staged[0]?.final ?? outputDir;
  try {
    await mkdir(outputDir, { recursive: true });
    for (const s of staged) {
      at = s.final;
      await writeFile(s.tmp, s.data);
    }
    for (const s of staged) {
      at = s.final;
      s.kept = await keepOld(s.final, s.backup);
      await rename(s.tmp, s.final);
      placed.push(s);
    }
  } catch (cause) {
    const lost = await putBack(placed);
    const leftover = staged.flatMap((s) => (lost.includes(s) ? [s.tmp] : [s.tmp, s.backup]));
    await Promise.all(leftover.map((p) => rm(p, { force: true }).catch(() => undefined)));
    const state = lost.length
      ? `Sebagian berkas sudah diganti dan tidak dapat dikembalikan: ${lost.map((s) => (s.kept ? `${s.final} (isi lamanya ada di ${s.backup})` : s.final)).join('; ')}.`
      : (opts.untouched ?? untouchedFiles(files));
    throw writeFailure(cause, at, state);
  }
  await Promise.all(staged.map((s) => rm(s.backup, { force: true }).catch(() => undefined)));
  return staged.map((s) => s.final);
}

/** By default a failure says only what is sure: the files of this call are as they were. */
const untouchedFiles = (files: readonly OutputFile[]): string =>
  files.length === 1
    ? 'Berkas lama dengan nama itu tidak diubah.'
    : `Berkas lama bernama ${files.map((f) => f.name).join(', ')} di folder itu tidak diubah.`;

/** Keeps the file at `final` (if any) under `backup`; a folder there is not kept (the rename will fail on it). */
async function keepOld(final: string, backup: string): Promise<boolean> {
  const old = await lstat(final).catch(() => null);
  if (!old || old.isDirectory()) return false;
  // A hard link costs nothing; where links are not supported (FAT flash disks), a copy.
  await link(final, backup).catch(() => copyFile(final, backup));
  return true;
}

/** Puts the old files back over the new ones, newest first; returns those that could not be put back. */
async function putBack(placed: readonly Staged[]): Promise<Staged[]> {
  const lost: Staged[] = [];
  for (const s of [...placed].reverse()) {
    try {
      if (s.kept) await rename(s.backup, s.final);
      else await rm(s.final, { force: true });
    } catch {
      lost.push(s);
    }
  }
  return lost;
}

/** Removes a file an earlier build left in the output folder (already gone is fine); a failure says `state` too. */
export async function removeOutput(file: string, state: string): Promise<void> {
  try {
    await rm(file, { force: true });
  } catch (cause) {
    throw writeFailure(cause, file, state, true);
  }
}
