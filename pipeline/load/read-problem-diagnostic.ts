/** Messages for an input path that cannot be read as a file at all (a folder, a FIFO, a device, no permission). */
import { error, type Diagnostic } from '../diagnostic.ts';
import { NOT_A_FILE_NAMES, type NotAFile } from './read-bounded.ts';

/** `rel` is a folder, FIFO or device where a file was expected. */
export function notAFileDiagnostic(rel: string, what: NotAFile): Diagnostic {
  const message = `${rel} adalah ${NOT_A_FILE_NAMES[what]}, bukan berkas, sehingga tidak dibaca. Ganti dengan berkas yang benar atau hapus dari folder masukan.`;
  return error({ rule: 'bukan-berkas', file: rel, message, actual: NOT_A_FILE_NAMES[what] });
}

/** `rel` exists but the system refused to read it (`code` as Node gives it, e.g. `EACCES`). */
export function unreadableDiagnostic(rel: string, code: string): Diagnostic {
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'tidak ada izin untuk membacanya'
      : code === 'ENOENT'
        ? 'berkasnya hilang saat akan dibaca'
        : `sistem menolak membacanya (${code})`;
  const message = `Berkas ${rel} tidak dapat dibaca: ${why}. Periksa berkas itu (izin baca, masih ada di folder masukan), lalu jalankan ulang.`;
  return error({ rule: 'berkas-tidak-terbaca', file: rel, message, actual: code });
}
