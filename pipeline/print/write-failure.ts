/**
 * Why a file could not be written into (or removed from) the output folder, in the words of the staff member who meets
 * it: the file is open in another program (Windows will not replace it), the folder may not be written, the disk is
 * full, a folder or file stands in the way, the path is too long. One table from the error code to what is wrong and
 * what to do, used by everything that writes `output/` (`writeOutputs`, `removeOutput`). Any other error is our fault
 * and stays an `InternalError` (exit 3), as before.
 */
import { lstatSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { InternalError, UserError } from '../diagnostic.ts';

/** What is wrong, in plain words, and what to do about it. */
export interface WriteProblem {
  apa: string;
  lakukan: string;
}

const CLOSE_IT = 'Tutup berkas itu di program tersebut, lalu jalankan perintahnya lagi.';
const OTHER_FOLDER =
  'Minta izin tulis untuk folder itu kepada pengelola komputer, atau pilih folder keluaran lain (pilihan --output).';
const FREE_SPACE =
  'Kosongkan ruang di disk itu (misalnya hapus berkas yang tidak diperlukan lagi atau kosongkan Recycle Bin), lalu jalankan perintahnya lagi.';

/** The program a staff member most likely has the file open in, by its extension. */
function openIn(file: string): string {
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf') return 'pembaca PDF seperti Adobe Acrobat atau Edge';
  if (ext === '.xlsx') return 'Excel';
  if (ext === '.zip') return 'File Explorer atau program arsip';
  return 'peramban atau penyunting teks';
}

/** The table: error code → what is wrong and what to do. `file` is the path that failed. */
function byCode(code: string, file: string, platform: NodeJS.Platform): WriteProblem | null {
  switch (code) {
    case 'EBUSY':
      return { apa: `berkas itu sedang dibuka program lain (misalnya ${openIn(file)})`, lakukan: CLOSE_IT };
    case 'EPERM':
      // Windows answers EPERM both for a file another program holds open and for a folder the user may not change.
      return platform === 'win32'
        ? {
            apa: `Windows menolak mengubah berkas itu: biasanya karena berkas itu sedang dibuka program lain (misalnya ${openIn(file)}), atau karena folder itu tidak boleh diubah oleh akun Anda`,
            lakukan: `${CLOSE_IT} Bila masih gagal: ${OTHER_FOLDER.charAt(0).toLowerCase()}${OTHER_FOLDER.slice(1)}`,
          }
        : { apa: 'akun Anda tidak diizinkan mengubah berkas atau folder itu', lakukan: OTHER_FOLDER };
    case 'EACCES':
      return {
        apa: 'akun Anda tidak punya izin menulis di folder itu (folder itu hanya-baca atau milik pengguna lain)',
        lakukan: OTHER_FOLDER,
      };
    case 'EROFS':
      return {
        apa: 'folder itu berada di disk yang hanya bisa dibaca (misalnya flashdisk yang dikunci atau CD)',
        lakukan: 'Pilih folder keluaran di disk lain (pilihan --output), atau buka kunci tulis disk itu.',
      };
    case 'ENOSPC':
      return { apa: 'disk penuh', lakukan: FREE_SPACE };
    case 'EDQUOT':
      return { apa: 'jatah ruang disk untuk akun Anda sudah habis', lakukan: FREE_SPACE };
    case 'ENAMETOOLONG':
      return {
        apa: 'nama atau jalur berkas itu terlalu panjang',
        lakukan:
          'Pindahkan folder lkj ke tempat dengan jalur lebih pendek (misalnya C:\\lkj), atau pilih folder keluaran dengan nama pendek (pilihan --output).',
      };
    default:
      return null;
  }
}

/** What stands in the way of writing `file`: a folder at its place, or a file where one of its folders should be. */
function inTheWay(file: string): WriteProblem | null {
  const at = (p: string) => {
    try {
      return lstatSync(p);
    } catch {
      return null;
    }
  };
  if (at(file)?.isDirectory()) {
    return {
      apa: `ada folder bernama "${basename(file)}" di tempat berkas itu`,
      lakukan: 'Pindahkan, hapus atau ganti nama folder itu, lalu jalankan perintahnya lagi.',
    };
  }
  for (let p = dirname(file); p !== dirname(p); p = dirname(p)) {
    const s = at(p);
    if (s && !s.isDirectory()) {
      return {
        apa: `ada berkas bernama "${basename(p)}" di tempat yang seharusnya folder (${p})`,
        lakukan: 'Pindahkan, hapus atau ganti nama berkas itu, lalu jalankan perintahnya lagi.',
      };
    }
    if (s) break;
  }
  return null;
}

/**
 * What is wrong and what to do, for an error met writing or removing `file` (a path in the output folder); null when
 * it is not one a user can cause or fix. What stands in the way is looked up on disk, because the code alone does not
 * say it: a folder where the file goes is EISDIR on Linux but EPERM on Windows, a file in the path ENOTDIR or EEXIST
 * on Linux and ENOENT on Windows.
 */
export function writeProblem(cause: unknown, file: string, platform = process.platform): WriteProblem | null {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return null;
  // ERR_FS_EISDIR: Node's own code for `rm` of a folder.
  if (['EISDIR', 'ERR_FS_EISDIR', 'ENOTDIR', 'EEXIST', 'EPERM', 'ENOENT'].includes(code)) {
    const blocked = inTheWay(file);
    if (blocked) return blocked;
  }
  return byCode(code, file, platform);
}

/**
 * The error to throw for a failed write (or removal) of `file`: a `UserError` (exit 2) naming the file, what is wrong,
 * what to do, and `state`: what is still as it was, said only by a caller that knows it is true. Else an
 * `InternalError` (exit 3).
 */
export function writeFailure(cause: unknown, file: string, state: string, removing = false): UserError | InternalError {
  const problem = writeProblem(cause, file);
  if (!problem) return new InternalError(`Gagal ${removing ? 'menghapus' : 'menulis'} ${file}`, { cause });
  const verb = removing ? 'menghapus' : 'menyimpan';
  return new UserError(`Tidak dapat ${verb} ${file}: ${problem.apa}. ${problem.lakukan} ${state}`.trim(), { cause });
}
