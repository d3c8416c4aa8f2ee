/**
 * The signed Perjanjian Kinerja as scanned (`inputs/lampiran/perjanjian-kinerja.pdf`): when it is there, Lampiran 1
 * shows its pages instead of the re-typed PK. Read here (bytes, page count, SHA-256 for the fingerprint); an
 * unreadable file is a problem the user can fix, not a crash.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { error, type Diagnostic } from '../diagnostic.ts';

/** Where the scan goes, relative to the inputs folder. */
export const PK_SCAN_FILE = 'lampiran/perjanjian-kinerja.pdf';

/** The scan: its bytes, how many pages, and the SHA-256 of the file. */
export interface PkScan {
  data: Uint8Array;
  halaman: number;
  sha256: string;
}

/** The scan, `null` without one; a file that is not a readable PDF gives a diagnostic instead. */
export async function readPkScan(inputsDir: string): Promise<{ scan: PkScan | null; diagnostics: Diagnostic[] }> {
  const data = await readFile(join(inputsDir, PK_SCAN_FILE)).catch(() => null);
  if (!data) return { scan: null, diagnostics: [] };
  try {
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    const doc = await PDFDocument.load(data, { updateMetadata: false });
    const halaman = doc.getPageCount();
    if (halaman === 0) throw new Error('tidak berisi halaman');
    return {
      scan: { data: new Uint8Array(data), halaman, sha256: createHash('sha256').update(data).digest('hex') },
      diagnostics: [],
    };
  } catch (cause) {
    const message = `Berkas ${PK_SCAN_FILE} tidak dapat dibaca sebagai PDF (${(cause as Error).message}). Pindai ulang Perjanjian Kinerja yang ditandatangani dan simpan sebagai PDF, atau hapus berkas itu agar Lampiran 1 memakai PK yang diketik ulang.`;
    return { scan: null, diagnostics: [error({ rule: 'lampiran-pk-tidak-terbaca', file: PK_SCAN_FILE, message })] };
  }
}
