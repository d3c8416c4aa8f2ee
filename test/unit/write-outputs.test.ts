/**
 * Writing into output/: all or nothing (a failure part-way puts every old file back, byte for byte), and a failure a
 * user can cause (a folder in the way, a full disk, a file open in a PDF viewer…) told in Indonesian as a `UserError`
 * (exit 2), not our fault (exit 3). The errors are real file-system errors where this machine can make them.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InternalError, UserError } from '../../pipeline/diagnostic.ts';
import { writeFailure, writeProblem } from '../../pipeline/print/write-failure.ts';
import { removeOutput, writeOutputs } from '../../pipeline/print/write-outputs.ts';
import { writeArchive } from '../../pipeline/deliver/package/archive.ts';
import { keepDraft, type DraftRecord } from '../../pipeline/deliver/history/draft-history.ts';
import { removeOtherDrafts } from '../../pipeline/deliver/history/report-files.ts';
import { writeProblemReports } from '../../pipeline/report-problems/write-problem-reports.ts';
import type { Dataset } from '../../schemas/dataset.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lkj-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The error a file-system call fails with. */
const failure = (op: () => Promise<unknown>): Promise<NodeJS.ErrnoException> =>
  op().then(
    () => expect.fail('the call succeeded'),
    (e: NodeJS.ErrnoException) => e,
  );

/** An error as Node makes it, for the codes root cannot meet here (permissions, a read-only disk, Windows). */
const errno = (code: string) => Object.assign(new Error(`${code}: made for the test`), { code });

describe('writeProblem: what is wrong and what to do, from a real error', () => {
  it('a folder where the file goes (EISDIR)', async () => {
    const pdf = join(dir, 'LKj-2024-draf-ke-1.pdf');
    await mkdir(pdf);
    const e = await failure(() => writeFile(pdf, 'x'));
    expect(e.code).toBe('EISDIR');
    expect(writeProblem(e, pdf)).toEqual({
      apa: 'ada folder bernama "LKj-2024-draf-ke-1.pdf" di tempat berkas itu',
      lakukan: 'Pindahkan, hapus atau ganti nama folder itu, lalu jalankan perintahnya lagi.',
    });
  });

  it('a file where a folder of the path should be (ENOTDIR, and EEXIST from mkdir)', async () => {
    const blocker = join(dir, 'pemeriksaan');
    await writeFile(blocker, 'x');
    const report = join(blocker, 'laporan-pemeriksaan.html');
    const notDir = await failure(() => writeFile(report, 'x'));
    expect(notDir.code).toBe('ENOTDIR');
    const exists = await failure(() => mkdir(blocker, { recursive: true }));
    expect(exists.code).toBe('EEXIST');
    for (const e of [notDir, exists]) {
      expect(writeProblem(e, report)).toEqual({
        apa: `ada berkas bernama "pemeriksaan" di tempat yang seharusnya folder (${blocker})`,
        lakukan: 'Pindahkan, hapus atau ganti nama berkas itu, lalu jalankan perintahnya lagi.',
      });
    }
  });

  it('a full disk (ENOSPC, from /dev/full) and a name too long (ENAMETOOLONG)', async () => {
    const full = await failure(() => writeFile('/dev/full', 'x'));
    expect(full.code).toBe('ENOSPC');
    expect(writeProblem(full, '/dev/full')?.apa).toBe('disk penuh');
    const long = join(dir, `${'a'.repeat(300)}.pdf`);
    const tooLong = await failure(() => writeFile(long, 'x'));
    expect(tooLong.code).toBe('ENAMETOOLONG');
    expect(writeProblem(tooLong, long)?.apa).toBe('nama atau jalur berkas itu terlalu panjang');
  });

  it('the codes root cannot meet here: open in another program, no permission, read-only, quota', () => {
    const pdf = join(dir, 'laporan.pdf');
    expect(writeProblem(errno('EBUSY'), pdf)?.apa).toBe(
      'berkas itu sedang dibuka program lain (misalnya pembaca PDF seperti Adobe Acrobat atau Edge)',
    );
    expect(writeProblem(errno('EBUSY'), join(dir, 'koreksi.xlsx'))?.apa).toContain('(misalnya Excel)');
    expect(writeProblem(errno('EPERM'), pdf, 'win32')?.apa).toMatch(/^Windows menolak .*sedang dibuka program lain/);
    expect(writeProblem(errno('EPERM'), pdf, 'linux')?.apa).toBe(
      'akun Anda tidak diizinkan mengubah berkas atau folder itu',
    );
    expect(writeProblem(errno('EACCES'), pdf)?.apa).toContain('tidak punya izin menulis');
    expect(writeProblem(errno('EROFS'), pdf)?.apa).toContain('hanya bisa dibaca');
    expect(writeProblem(errno('EDQUOT'), pdf)?.apa).toContain('jatah ruang disk');
  });

  it('anything else is our fault: no problem, an InternalError', async () => {
    const gone = join(dir, 'tidak-ada', 'x.pdf');
    const missing = await failure(() => writeFile(gone, 'x'));
    expect(missing.code).toBe('ENOENT');
    expect(writeProblem(missing, gone)).toBeNull();
    expect(writeProblem(errno('EMFILE'), gone)).toBeNull();
    expect(writeProblem(new Error('no code'), gone)).toBeNull();
    expect(writeFailure(errno('EMFILE'), gone, 'x')).toBeInstanceOf(InternalError);
  });

  it('a UserError with exit 2: the file, what is wrong, what to do, and the state the caller vouches for', () => {
    const pdf = join(dir, 'laporan.pdf');
    const e = writeFailure(errno('EBUSY'), pdf, 'Laporan sebelumnya tetap utuh.');
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).exitCode).toBe(2);
    expect(e.message).toBe(
      `Tidak dapat menyimpan ${pdf}: berkas itu sedang dibuka program lain (misalnya pembaca PDF seperti Adobe Acrobat atau Edge). ` +
        'Tutup berkas itu di program tersebut, lalu jalankan perintahnya lagi. Laporan sebelumnya tetap utuh.',
    );
  });
});

describe('writeOutputs: all or nothing', () => {
  const names = ['LKj.pdf', 'LKj.html', 'LKj.json'];
  const files = (tag: string) => names.map((name) => ({ name, data: `${tag} ${name}` }));

  it('writes every file and leaves no temporary or backup behind', async () => {
    await writeOutputs(dir, files('lama'));
    await writeOutputs(dir, files('baru'));
    for (const n of names) expect(await readFile(join(dir, n), 'utf8')).toBe(`baru ${n}`);
    expect((await readdir(dir)).sort()).toEqual([...names].sort());
  });

  it('a folder in place of the 2nd file: the PDF already renamed is put back byte-identical, the others untouched', async () => {
    const old = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255, 13, 10]);
    await writeFile(join(dir, 'LKj.pdf'), old);
    await writeFile(join(dir, 'LKj.json'), 'lama json');
    await mkdir(join(dir, 'LKj.html'));
    const e = await failure(() =>
      writeOutputs(dir, files('baru'), {
        untouched: 'Laporan sebelumnya tetap utuh: tidak ada berkasnya yang diubah.',
      }),
    );
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe(
      `Tidak dapat menyimpan ${join(dir, 'LKj.html')}: ada folder bernama "LKj.html" di tempat berkas itu. ` +
        'Pindahkan, hapus atau ganti nama folder itu, lalu jalankan perintahnya lagi. ' +
        'Laporan sebelumnya tetap utuh: tidak ada berkasnya yang diubah.',
    );
    expect(Buffer.compare(await readFile(join(dir, 'LKj.pdf')), Buffer.from(old))).toBe(0);
    expect(await readFile(join(dir, 'LKj.json'), 'utf8')).toBe('lama json');
    expect((await readdir(dir)).sort()).toEqual([...names].sort());
  });

  it('a file that was not there before is not there after a failure', async () => {
    await mkdir(join(dir, 'LKj.json'));
    await expect(writeOutputs(dir, files('baru'))).rejects.toThrow(
      /ada folder bernama "LKj.json".* Berkas lama bernama LKj.pdf, LKj.html, LKj.json di folder itu tidak diubah\.$/,
    );
    expect(await readdir(dir)).toEqual(['LKj.json']);
  });

  it('a file in place of the output folder: nothing written, told as a UserError', async () => {
    await writeFile(join(dir, 'output'), 'x');
    const e = await failure(() => writeOutputs(join(dir, 'output'), files('baru')));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe(
      `Tidak dapat menyimpan ${join(dir, 'output', 'LKj.pdf')}: ada berkas bernama "output" di tempat yang seharusnya ` +
        `folder (${join(dir, 'output')}). Pindahkan, hapus atau ganti nama berkas itu, lalu jalankan perintahnya lagi. ` +
        'Berkas lama bernama LKj.pdf, LKj.html, LKj.json di folder itu tidak diubah.',
    );
  });

  it('removeOutput: a folder where a stale file was is told, a missing file is fine', async () => {
    await removeOutput(join(dir, 'tidak-ada.pdf'), '');
    await mkdir(join(dir, 'draf-lama.pdf'));
    await expect(removeOutput(join(dir, 'draf-lama.pdf'), 'Laporan barunya sudah tersimpan.')).rejects.toThrow(
      /^Tidak dapat menghapus .*draf-lama\.pdf: ada folder bernama "draf-lama\.pdf" di tempat berkas itu\. .* Laporan barunya sudah tersimpan\.$/,
    );
  });
});

describe('each writer of output/ says what is still true when it fails', () => {
  it('the problem reports (a file named pemeriksaan in the way): the report is not touched', async () => {
    await writeFile(join(dir, 'pemeriksaan'), 'x');
    const problems = { checkedAt: '2025-01-20T00:00:00.000Z', satker: 'Sekretariat', tahun: 2024, exitCode: 0 };
    const e = await failure(() => writeProblemReports({ ...problems, outputDir: dir, diagnostics: [], workbooks: [] }));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(
      /: ada berkas bernama "pemeriksaan" di tempat yang seharusnya folder .* Laporan kinerja di folder keluaran tidak diubah\.$/,
    );
  });

  it('the draft history (a file named riwayat in the way): the new report is saved, only its history is not', async () => {
    await writeFile(join(dir, 'riwayat'), 'x');
    const record = {
      nomor: 1,
      sidik: 's',
      dibuat: '',
      halaman: {},
      dataset: {} as Dataset,
      diagnostics: [],
      narrative: {},
    };
    const e = await failure(() => keepDraft(dir, record satisfies DraftRecord, new Uint8Array([1]), 20));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(
      /ada berkas bernama "riwayat" .* Laporan barunya sudah tersimpan di folder keluaran; hanya salinannya untuk riwayat draf yang belum\.$/,
    );
  });

  it('an earlier draft that cannot be removed (a folder of its name) is a warning: the new report is saved', async () => {
    const config = { satker: 'KPU Banten', tahun: 2024 };
    await mkdir(join(dir, 'LKj-KPU-Banten-2024-draf-ke-1.pdf'));
    await writeFile(join(dir, 'LKj-KPU-Banten-2024-draf-ke-1.json'), '{}');
    const left = await removeOtherDrafts(dir, config, 'LKj-KPU-Banten-2024-draf-ke-2');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({
      severity: 'warning',
      rule: 'draf-lama-tertinggal',
      file: 'LKj-KPU-Banten-2024-draf-ke-1.pdf',
    });
    expect(left[0]!.message).toMatch(
      /^Tidak dapat menghapus .*draf-ke-1\.pdf: ada folder bernama .* Laporan barunya sudah tersimpan; hanya berkas draf lama itu yang belum terhapus dari folder keluaran\. Berkas itu boleh dihapus sendiri nanti; datanya tersimpan di riwayat\/\.$/,
    );
    // The others are still removed.
    expect(existsSync(join(dir, 'LKj-KPU-Banten-2024-draf-ke-1.json'))).toBe(false);
  });

  it('the archive copy (a file named arsip in the way): the package zip is saved, only the archive is not', async () => {
    await writeFile(join(dir, 'arsip'), 'x');
    const at = new Date('2025-02-01T00:00:00Z');
    const e = await failure(() => writeArchive(dir, 2024, at, 'abc', [{ name: 'masukan.zip', data: 'x' }]));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(
      /ada berkas bernama "arsip" .* Paket untuk KPU RI sudah tersimpan di folder paket; hanya salinan arsipnya \(.*\) yang belum lengkap\.$/,
    );
  });
});
