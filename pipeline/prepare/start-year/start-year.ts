/**
 * Starts a reporting year: moves what is in the inputs folder out of the way (the sample to `contoh/`, a past year to
 * `arsip-masukan/<tahun>/`), writes the new year's reference files and copies the narrative to be updated.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../../diagnostic.ts';
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

/** Moves `inputsDir`'s content away and writes the `tahun` files into it. */
export async function startYear(inputsDir: string, tahun: number): Promise<StartedYear> {
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
  if (existsSync(movedTo) && (await readdir(movedTo)).length > 0) {
    throw new StartYearError(
      `Folder ${movedTo} sudah ada dan berisi berkas, jadi isi ${shown}/ tidak dapat dipindahkan ke sana. Pindahkan atau ganti nama folder itu dulu, lalu ulangi.`,
    );
  }
  const skeletons = yearSkeletons(old, tahun, fromSample);
  await mkdir(movedTo, { recursive: true });
  for (const entry of await readdir(inputsDir)) await rename(join(inputsDir, entry), join(movedTo, entry));
  const written: string[] = [];
  for (const [name, text] of [
    ['laporan.yaml', skeletons.laporan],
    ['iku.yaml', skeletons.iku],
    ['renstra.yaml', skeletons.renstra],
  ] as const) {
    await writeFile(join(inputsDir, name), text);
    written.push(join(inputsDir, name));
  }
  if (existsSync(join(movedTo, 'narasi'))) {
    await cp(join(movedTo, 'narasi'), join(inputsDir, 'narasi'), { recursive: true });
    written.push(join(inputsDir, 'narasi'));
  }
  return { movedTo, fromSample, oldTahun, written };
}
