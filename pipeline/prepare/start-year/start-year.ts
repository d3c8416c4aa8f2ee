/**
 * Starts a reporting year: moves what is in the inputs folder out of the way (the sample to `contoh/`, a past year to
 * `arsip-masukan/<tahun>/`), writes the new year's reference files and copies the narrative to be updated.
 */
import { existsSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { InternalError, UserError } from '../../diagnostic.ts';
import { writeProblem } from '../../print/write-failure.ts';
import { yearSkeletons } from './year-skeletons.ts';

/** What `startYear` did, for the terminal. */
export interface StartedYear {
  movedTo: string;
  fromSample: boolean;
  oldTahun: number;
  written: string[];
}

/** A mistake of the user's, said in Indonesian (exit 2). */
export class StartYearError extends UserError {}

/** The sample marks itself with "DATA CONTOH" in the header comment of laporan.yaml. */
const isSample = (laporanText: string) => /DATA CONTOH/.test(laporanText.split('\n').slice(0, 6).join('\n'));

/**
 * Moves `inputsDir`'s content away and writes the `tahun` files into it. A stop (`signal`) is heeded until the move:
 * after it, the year is started.
 */
export async function startYear(inputsDir: string, tahun: number, signal?: AbortSignal): Promise<StartedYear> {
  const shown = basename(inputsDir);
  const read = async (name: string) => {
    const p = join(inputsDir, name);
    if (!existsSync(p))
      throw new StartYearError(
        `${shown}/${name} tidak ada. Salin laporan.yaml, iku.yaml dan renstra.yaml dari folder contoh ke ${shown}/, lalu ulangi.`,
      );
    return readFile(p, 'utf8');
  };
  const old = { laporan: await read('laporan.yaml'), iku: await read('iku.yaml'), renstra: await read('renstra.yaml') };
  const oldTahun = Number((parse(old.laporan) as { tahun?: unknown })?.tahun);
  if (oldTahun === tahun) {
    throw new StartYearError(
      `${shown}/ sudah berisi data tahun ${tahun} (laporan.yaml). Tahun ini sudah dimulai; tidak ada yang diubah.`,
    );
  }
  const fromSample = isSample(old.laporan);
  const movedTo = fromSample
    ? join(dirname(inputsDir), 'contoh')
    : join(dirname(inputsDir), 'arsip-masukan', String(oldTahun));
  if (existsSync(movedTo) && !statSync(movedTo).isDirectory()) {
    throw new StartYearError(
      `Ada berkas bernama "${basename(movedTo)}" di ${dirname(movedTo)}, di tempat folder ke mana isi ${shown}/ akan ` +
        'dipindahkan. Pindahkan, hapus atau ganti nama berkas itu, lalu ulangi. Tidak ada yang diubah.',
    );
  }
  if (existsSync(movedTo) && (await readdir(movedTo)).length > 0) {
    throw new StartYearError(
      `Folder ${movedTo} sudah ada dan berisi berkas, jadi isi ${shown}/ tidak dapat dipindahkan ke sana. Pindahkan atau ganti nama folder itu dulu, lalu ulangi.`,
    );
  }
  const skeletons = yearSkeletons(old, tahun, fromSample);
  // The new year's folder is made beside the inputs folder first, then the two are swapped by renaming folders, not
  // file by file: a stop, a crash or a file held open (Excel on Windows refuses to let it move) leaves either the old
  // inputs folder as it was or the new year complete, never half of the old files moved away.
  const staging = join(dirname(inputsDir), `.lkj-mulai-${process.pid}-${randomBytes(4).toString('hex')}`);
  const files = [
    ['laporan.yaml', skeletons.laporan],
    ['iku.yaml', skeletons.iku],
    ['renstra.yaml', skeletons.renstra],
  ] as const;
  try {
    const narasi = existsSync(join(inputsDir, 'narasi'));
    try {
      await mkdir(staging);
      for (const [name, text] of files) await writeFile(join(staging, name), text);
      if (narasi) await cp(join(inputsDir, 'narasi'), join(staging, 'narasi'), { recursive: true });
    } catch (cause) {
      throw notMoved(cause, inputsDir, staging, 'tulis');
    }
    signal?.throwIfAborted();
    await swap(inputsDir, movedTo, staging);
    const written = [...files.map(([name]) => join(inputsDir, name)), ...(narasi ? [join(inputsDir, 'narasi')] : [])];
    return { movedTo, fromSample, oldTahun, written };
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Moves `inputsDir` to `movedTo` (an empty folder there is replaced) and `staging` to `inputsDir`; when the second
 * rename fails, the first is undone. Each rename of a folder is one step of the file system, so nothing is half moved.
 */
async function swap(inputsDir: string, movedTo: string, staging: string): Promise<void> {
  try {
    await mkdir(dirname(movedTo), { recursive: true });
    if (existsSync(movedTo)) await rmdir(movedTo); // empty: checked above
    await rename(inputsDir, movedTo);
  } catch (cause) {
    throw notMoved(cause, inputsDir, movedTo, 'pindah');
  }
  try {
    await rename(staging, inputsDir);
  } catch (cause) {
    try {
      await rename(movedTo, inputsDir);
    } catch (again) {
      throw new StartYearError(
        `Folder ${basename(inputsDir)}/ yang baru tidak dapat dibuat, dan isi lamanya tidak dapat dikembalikan: isi ` +
          `lama itu kini ada di ${movedTo}. Pindahkan isinya kembali ke ${inputsDir}, lalu ulangi.`,
        { cause: new AggregateError([cause, again]) },
      );
    }
    throw notMoved(cause, inputsDir, movedTo, 'pindah');
  }
}

/**
 * Why the new year could not be put in place, as a `StartYearError` when the user can do something about it: writing
 * its files into `at` (a new folder beside the inputs folder) failed, or moving the inputs folder to `at` did.
 */
function notMoved(cause: unknown, inputsDir: string, at: string, step: 'tulis' | 'pindah'): Error {
  const code = (cause as NodeJS.ErrnoException | null)?.code ?? '';
  const shown = basename(inputsDir);
  const tidakDiubah = `Tidak ada yang diubah: ${shown}/ masih berisi data lamanya.`;
  if (step === 'pindah' && ['EBUSY', 'EPERM', 'EACCES'].includes(code)) {
    return new StartYearError(
      `Folder ${shown}/ tidak dapat dipindahkan ke ${at} (${code}): biasanya karena sebuah berkas di dalamnya sedang ` +
        'dibuka program lain (misalnya buku kerja di Excel) atau folder itu sedang dibuka di File Explorer atau ' +
        'terminal lain; bisa juga karena akun Anda tidak boleh mengubah folder itu. Tutup berkas dan jendela itu, lalu ' +
        `ulangi. ${tidakDiubah}`,
      { cause },
    );
  }
  if (step === 'pindah' && code === 'EXDEV') {
    return new StartYearError(
      `Folder ${shown}/ tidak dapat dipindahkan ke ${at}: ${shown}/ berada di disk lain dari folder induknya ` +
        '(folder kaitan/mount). Pakai folder masukan yang berada di disk yang sama dengan folder induknya ' +
        `(pilihan --inputs), lalu ulangi. ${tidakDiubah}`,
      { cause },
    );
  }
  if (step === 'tulis' && ['EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return new StartYearError(
      `Tidak dapat menulis berkas tahun baru di ${dirname(at)} (${code}): akun Anda tidak boleh menulis di folder itu, ` +
        `tempat folder ${shown}/ berada. Minta izin tulis untuk folder itu kepada pengelola komputer, lalu ulangi. ` +
        tidakDiubah,
      { cause },
    );
  }
  const problem = writeProblem(cause, at);
  const what = step === 'tulis' ? `menulis berkas tahun baru di ${dirname(at)}` : `memindahkan ${shown}/ ke ${at}`;
  if (problem)
    return new StartYearError(`Tidak dapat ${what}: ${problem.apa}. ${problem.lakukan} ${tidakDiubah}`, { cause });
  return new InternalError(`Gagal ${what}`, { cause });
}
