/**
 * `startYear` (npm run mulai) on copies of the sample: the old inputs folder and the new year are swapped by renaming
 * whole folders, so a stop or a failure leaves the inputs folder as it was, and a finished start leaves nothing of its
 * own behind. The command itself runs end to end in test/e2e/start-year.test.ts.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startYear, StartYearError, swap, type RenameFolder } from '../../pipeline/prepare/start-year/start-year.ts';
import { writeTemplates } from '../../pipeline/prepare/division-template/write-templates.ts';
import { readReference } from '../../pipeline/prepare/division-template/read-reference.ts';
import { ROOT } from '../helpers/run-cli.ts';

const root = mkdtempSync(join(tmpdir(), 'lkj-mulai-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder holding a copy of the sample as `inputs/`; `lastYear` makes it a past year's data instead of the sample. */
function place(name: string, lastYear = false): { dir: string; inputs: string } {
  const dir = join(root, name);
  const inputs = join(dir, 'inputs');
  cpSync(join(ROOT, 'inputs'), inputs, { recursive: true });
  if (lastYear) {
    const laporan = join(inputs, 'laporan.yaml');
    writeFileSync(laporan, readFileSync(laporan, 'utf8').replaceAll('DATA CONTOH', 'data'));
  }
  return { dir, inputs };
}

/** Every file under `dir` with its bytes, to compare a folder before and after. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(dir.length), readFileSync(path).toString('base64')];
      }),
  );

/** What `startYear` may leave beside the inputs folder of its own: nothing (`.lkj-mulai-*` is its working folder). */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.lkj-'));

describe('startYear', () => {
  it('moves the whole sample to contoh/ and writes the new year, leaving no working folder', async () => {
    const { dir, inputs } = place('selesai');
    const before = snapshot(inputs);
    const started = await startYear(inputs, 2025);
    expect(started).toMatchObject({ movedTo: join(dir, 'contoh'), fromSample: true, oldTahun: 2024 });
    expect(snapshot(join(dir, 'contoh'))).toEqual(before);
    expect(readdirSync(inputs).sort()).toEqual(['iku.yaml', 'laporan.yaml', 'narasi', 'renstra.yaml']);
    expect(readFileSync(join(inputs, 'laporan.yaml'), 'utf8')).toMatch(/^tahun: 2025/m);
    // The narrative to be updated: a copy of last year's
    expect(snapshot(join(inputs, 'narasi'))).toEqual(snapshot(join(dir, 'contoh', 'narasi')));
    expect(leftovers(dir)).toEqual([]);
  });

  it('stopped before the move (an aborted signal): throws the stop, changes nothing and leaves nothing', async () => {
    const { dir, inputs } = place('dihentikan');
    const before = snapshot(inputs);
    const stop = new AbortController();
    stop.abort(new Error('dihentikan oleh SIGINT'));
    await expect(startYear(inputs, 2025, stop.signal)).rejects.toThrow('dihentikan oleh SIGINT');
    expect(snapshot(inputs)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['inputs']);
  });

  it('a file named contoh where the folder goes: a StartYearError, nothing changed', async () => {
    const { dir, inputs } = place('berkas-contoh');
    writeFileSync(join(dir, 'contoh'), 'bukan folder');
    const before = snapshot(inputs);
    const error = await startYear(inputs, 2025).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartYearError);
    expect((error as Error).message).toBe(
      `Ada berkas bernama "contoh" di ${dir}, di tempat folder ke mana isi inputs/ akan dipindahkan. ` +
        'Pindahkan, hapus atau ganti nama berkas itu, lalu ulangi. Tidak ada yang diubah.',
    );
    expect(snapshot(inputs)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a past year, with a file named arsip-masukan where its folder goes: a StartYearError, nothing changed', async () => {
    const { dir, inputs } = place('berkas-arsip', true);
    writeFileSync(join(dir, 'arsip-masukan'), 'bukan folder');
    const before = snapshot(inputs);
    const error = await startYear(inputs, 2025).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartYearError);
    expect((error as Error).message).toContain(
      `Tidak dapat memindahkan inputs/ ke ${join(dir, 'arsip-masukan', '2024')}: ada berkas bernama "arsip-masukan"`,
    );
    expect((error as Error).message).toContain('Tidak ada yang diubah: inputs/ masih berisi data lamanya.');
    expect(snapshot(inputs)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a past year goes to arsip-masukan/<tahun>/, an empty folder there is taken', async () => {
    const { dir, inputs } = place('tahun-lalu', true);
    mkdirSync(join(dir, 'arsip-masukan', '2024'), { recursive: true });
    const before = snapshot(inputs);
    const started = await startYear(inputs, 2025);
    expect(started).toMatchObject({ movedTo: join(dir, 'arsip-masukan', '2024'), fromSample: false });
    expect(snapshot(started.movedTo)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')(
    'an inputs folder that is a symlink: refused (the link would move, not its content), nothing changed',
    async () => {
      const { dir, inputs } = place('tautan-asli');
      const link = join(root, 'tautan', 'inputs');
      mkdirSync(join(root, 'tautan'));
      symlinkSync(inputs, link);
      const error = await startYear(link, 2025).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StartYearError);
      expect((error as Error).message).toContain(`Folder inputs/ adalah tautan (symlink/junction) ke ${inputs}.`);
      expect(readdirSync(join(root, 'tautan'))).toEqual(['inputs']);
      expect(readdirSync(dir)).toEqual(['inputs']);
    },
  );
});

describe('swap, when a rename fails', () => {
  /** A folder with `inputs/` (old data) and a staging folder (the new year) beside it. */
  function folders(name: string) {
    const dir = join(root, name);
    mkdirSync(join(dir, 'inputs'), { recursive: true });
    writeFileSync(join(dir, 'inputs', 'lama.txt'), 'lama');
    mkdirSync(join(dir, '.lkj-mulai-uji'));
    writeFileSync(join(dir, '.lkj-mulai-uji', 'baru.txt'), 'baru');
    return { dir, inputs: join(dir, 'inputs'), movedTo: join(dir, 'contoh'), staging: join(dir, '.lkj-mulai-uji') };
  }
  /** fs.rename, except that the calls numbered in `failing` (from 1) fail with `code`. */
  function failingRename(code: string, failing: number[]): RenameFolder {
    let call = 0;
    return async (from, to) => {
      if (failing.includes(++call)) throw Object.assign(new Error(`${code}: uji`), { code });
      await rename(from, to);
    };
  }

  it('the first (inputs to contoh): a StartYearError, inputs/ as it was', async () => {
    const f = folders('gagal-pindah');
    const error = await swap(f.inputs, f.movedTo, f.staging, failingRename('EBUSY', [1])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartYearError);
    expect((error as Error).message).toMatch(
      /^Folder inputs\/ tidak dapat dipindahkan ke .*contoh \(EBUSY\).* Tidak ada yang diubah: inputs\/ masih berisi data lamanya\.$/,
    );
    expect(readdirSync(f.inputs)).toEqual(['lama.txt']);
  });

  it('the second (the new year into place): the first is undone, inputs/ as it was', async () => {
    const f = folders('gagal-pasang');
    const error = await swap(f.inputs, f.movedTo, f.staging, failingRename('EACCES', [2])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartYearError);
    expect((error as Error).message).toContain(
      'Folder tahun baru tidak dapat dipasang sebagai inputs/ (EACCES), jadi pemindahan isi lamanya dibatalkan.',
    );
    expect(readdirSync(f.inputs)).toEqual(['lama.txt']);
    expect(existsSync(f.movedTo)).toBe(false);
  });

  it('the second and its undoing: says where the old data is and how to put it back', async () => {
    const f = folders('gagal-dua');
    const error = await swap(f.inputs, f.movedTo, f.staging, failingRename('EACCES', [2, 3])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartYearError);
    expect((error as Error).message).toBe(
      `Isi lama inputs/ sudah dipindahkan ke ${f.movedTo}, tetapi folder tahun baru tidak dapat dipasang sebagai ` +
        `inputs/ dan pemindahan itu tidak dapat dibatalkan. Ganti nama folder ${f.movedTo} kembali menjadi ` +
        `${f.inputs}, lalu ulangi. Berkas tahun baru tidak disimpan; data lama utuh di ${f.movedTo}.`,
    );
    expect(readdirSync(f.movedTo)).toEqual(['lama.txt']);
  });
});

describe('writeTemplates', () => {
  it('stopped while the templates are made (the signal aborts after the call began): writes none', async () => {
    const { reference } = await readReference(join(ROOT, 'inputs'));
    const output = join(root, 'templat-tengah');
    const stop = new AbortController();
    const writing = writeTemplates(reference!, output, stop.signal);
    // As a Ctrl-C does: heard only when the event loop gets a turn while the templates are being made.
    setTimeout(() => stop.abort(new Error('dihentikan oleh SIGINT')), 0);
    await expect(writing).rejects.toThrow('dihentikan oleh SIGINT');
    expect(existsSync(output)).toBe(false);
  });

  it('stopped while the templates are made (an aborted signal): writes none', async () => {
    const { reference } = await readReference(join(ROOT, 'inputs'));
    const output = join(root, 'templat');
    const stop = new AbortController();
    stop.abort(new Error('dihentikan oleh SIGTERM'));
    await expect(writeTemplates(reference!, output, stop.signal)).rejects.toThrow('dihentikan oleh SIGTERM');
    expect(existsSync(output)).toBe(false);
  });
});
