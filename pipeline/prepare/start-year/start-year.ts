/**
 * Starts a reporting year: moves what is in the inputs folder out of the way (the sample to `contoh/`, a past year to
 * `arsip-masukan/<tahun>/`), writes the new year's reference files and copies the narrative to be updated.
 */
import { existsSync } from 'node:fs';
import {
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  rmdir,
  stat,
  writeFile,
} from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
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
  const there = await stat(movedTo).catch(() => null);
  if (there && !there.isDirectory()) {
    throw new StartYearError(
      `Ada berkas bernama "${basename(movedTo)}" di ${dirname(movedTo)}, di tempat folder ke mana isi ${shown}/ akan ` +
        'dipindahkan. Pindahkan, hapus atau ganti nama berkas itu, lalu ulangi. Tidak ada yang diubah.',
    );
  }
  if (there && (await readdir(movedTo)).length > 0) {
    throw new StartYearError(
      `Folder ${movedTo} sudah ada dan berisi berkas, jadi isi ${shown}/ tidak dapat dipindahkan ke sana. Pindahkan atau ganti nama folder itu dulu, lalu ulangi.`,
    );
  }
  if ((await lstat(inputsDir)).isSymbolicLink()) {
    throw new StartYearError(
      `Folder ${shown}/ adalah tautan (symlink/junction) ke ${await realpath(inputsDir)}. npm run mulai memindahkan ` +
        `folder ${shown}/ itu sendiri, jadi yang berpindah adalah tautannya, bukan isinya. Ganti tautan itu dengan ` +
        'folder biasa berisi data yang sama, atau jalankan perintahnya dengan --inputs dan folder tujuan tautan itu, ' +
        'lalu ulangi. Tidak ada yang diubah.',
    );
  }
  const skeletons = yearSkeletons(old, tahun, fromSample);
  // The new year's folder is made beside the inputs folder first, then the two are swapped by renaming folders, not
  // file by file: a stop, a crash or a file held open (Excel on Windows refuses to let it move) leaves either the old
  // inputs folder as it was or the new year complete, never half of the old files moved away.
  const files = [
    ['laporan.yaml', skeletons.laporan],
    ['iku.yaml', skeletons.iku],
    ['renstra.yaml', skeletons.renstra],
  ] as const;
  let staging: string | undefined;
  try {
    const narasi = existsSync(join(inputsDir, 'narasi'));
    try {
      staging = await mkdtemp(join(dirname(inputsDir), '.lkj-mulai-'));
      for (const [name, text] of files) await writeFile(join(staging, name), text);
      if (narasi) await cp(join(inputsDir, 'narasi'), join(staging, 'narasi'), { recursive: true });
    } catch (cause) {
      throw notMoved(cause, inputsDir, movedTo, 'tulis');
    }
    signal?.throwIfAborted();
    await swap(inputsDir, movedTo, staging);
    const written = [...files.map(([name]) => join(inputsDir, name)), ...(narasi ? [join(inputsDir, 'narasi')] : [])];
    return { movedTo, fromSample, oldTahun, written };
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Renames a folder. */
export type RenameFolder = (from: string, to: string) => Promise<void>;

/**
 * Moves `inputsDir` to `movedTo` (an empty folder there is replaced) and `staging` to `inputsDir`; when the second
 * rename fails, the first is undone. Each rename of a folder is one step of the file system, so nothing is half moved.
 * `renameFolder`: tests give one that fails.
 */
export async function swap(
  inputsDir: string,
  movedTo: string,
  staging: string,
  renameFolder: RenameFolder = renameRetrying,
): Promise<void> {
  try {
    await mkdir(dirname(movedTo), { recursive: true });
    if (existsSync(movedTo)) await rmdir(movedTo); // empty: checked above
    await renameFolder(inputsDir, movedTo);
  } catch (cause) {
    throw notMoved(cause, inputsDir, movedTo, 'pindah');
  }
  try {
    await renameFolder(staging, inputsDir);
  } catch (cause) {
    try {
      await renameFolder(movedTo, inputsDir);
    } catch (again) {
      throw new StartYearError(
        `Isi lama ${basename(inputsDir)}/ sudah dipindahkan ke ${movedTo}, tetapi folder tahun baru tidak dapat ` +
          `dipasang sebagai ${basename(inputsDir)}/ dan pemindahan itu tidak dapat dibatalkan. Ganti nama folder ` +
          `${movedTo} kembali menjadi ${inputsDir}, lalu ulangi. Berkas tahun baru tidak disimpan; data lama utuh di ` +
          `${movedTo}.`,
        { cause: new AggregateError([cause, again]) },
      );
    }
    throw notMoved(cause, inputsDir, movedTo, 'pasang');
  }
}

/** Codes Windows answers while another program (antivirus, the search indexer, OneDrive, Excel) holds a file. */
const HELD = ['EPERM', 'EACCES', 'EBUSY'];

/**
 * `rename`, tried again on Windows for about 3 s while a file is held: antivirus, the search indexer or OneDrive often
 * open files just written for a moment (as graceful-fs does for npm).
 */
async function renameRetrying(from: string, to: string): Promise<void> {
  for (let wait = 50; ; wait *= 2) {
    try {
      return await rename(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !HELD.includes(code) || wait > 1_600) throw e;
      await sleep(wait);
    }
  }
}

/**
 * Why the new year could not be put in place, as a `StartYearError` when the user can do something about it: writing
 * its files into a new folder beside the inputs folder failed (`tulis`), moving the inputs folder to `movedTo` did
 * (`pindah`), or putting the new folder in its place did, and the move was undone (`pasang`).
 */
function notMoved(cause: unknown, inputsDir: string, movedTo: string, step: 'tulis' | 'pindah' | 'pasang'): Error {
  const { platform } = process;
  const code = (cause as NodeJS.ErrnoException | null)?.code ?? '';
  const shown = basename(inputsDir);
  const parent = dirname(inputsDir);
  const tidakDiubah = `Tidak ada yang diubah: ${shown}/ masih berisi data lamanya.`;
  const say = (text: string) => new StartYearError(`${text} ${tidakDiubah}`, { cause });
  const denied = ['EACCES', 'EPERM', 'EROFS'].includes(code);
  if (step === 'tulis' && denied) {
    return say(
      `Tidak dapat menulis berkas tahun baru di ${parent} (${code}): akun Anda tidak boleh menulis di folder itu, ` +
        `tempat folder ${shown}/ berada. Minta izin tulis untuk folder itu kepada pengelola komputer, lalu ulangi.`,
    );
  }
  if (step === 'pindah' && platform === 'win32' && HELD.includes(code)) {
    return say(
      `Folder ${shown}/ tidak dapat dipindahkan ke ${movedTo} (${code}): biasanya karena sebuah berkas di dalamnya ` +
        'sedang dibuka program lain (misalnya buku kerja di Excel) atau folder itu sedang dibuka di File Explorer atau ' +
        'jendela Command Prompt/PowerShell lain; bisa juga karena akun Anda tidak boleh mengubah folder itu. Tutup ' +
        'berkas dan jendela itu, lalu ulangi.',
    );
  }
  if (step === 'pindah' && denied) {
    return say(
      `Folder ${shown}/ tidak dapat dipindahkan ke ${movedTo} (${code}): akun Anda tidak boleh mengubah folder ` +
        `${shown}/ atau ${parent}. Minta izin tulis kepada pengelola komputer, lalu ulangi.`,
    );
  }
  if (step === 'pindah' && code === 'EBUSY') {
    return say(
      `Folder ${shown}/ tidak dapat dipindahkan ke ${movedTo} (EBUSY): folder itu sedang dipakai sistem, misalnya ` +
        'karena merupakan titik kait (mount) disk lain. Pakai folder masukan biasa (pilihan --inputs), lalu ulangi.',
    );
  }
  if (step === 'pindah' && code === 'EXDEV') {
    return say(
      `Folder ${shown}/ tidak dapat dipindahkan ke ${movedTo}: keduanya berada di disk yang berbeda (salah satunya ` +
        'tautan atau titik kait ke disk lain). Jadikan keduanya folder biasa di disk yang sama, lalu ulangi.',
    );
  }
  if (step === 'pasang' && HELD.includes(code)) {
    return say(
      `Folder tahun baru tidak dapat dipasang sebagai ${shown}/ (${code}), jadi pemindahan isi lamanya dibatalkan. ` +
        (platform === 'win32'
          ? 'Biasanya antivirus, pengindeks pencarian Windows atau OneDrive sedang membaca berkas yang baru ditulis: ' +
            'tunggu sebentar, lalu ulangi.'
          : `Akun Anda tidak boleh mengubah ${parent}: minta izin tulis kepada pengelola komputer, lalu ulangi.`),
    );
  }
  const at = step === 'tulis' ? parent : step === 'pindah' ? movedTo : inputsDir;
  const problem = writeProblem(cause, at);
  const what =
    step === 'tulis'
      ? `menulis berkas tahun baru di ${parent}`
      : step === 'pindah'
        ? `memindahkan ${shown}/ ke ${movedTo}`
        : `memasang folder tahun baru sebagai ${shown}/`;
  if (problem) return say(`Tidak dapat ${what}: ${problem.apa}. ${problem.lakukan}`);
  return new InternalError(`Gagal ${what}`, { cause });
}
