/** The time and memory limits of one workbook's reading (`workbook-pool.ts`), and the error when one is hit. */
import { error } from '../diagnostic.ts';
import { formatAngkaPersis } from '../format.ts';
import type { CheckedWorkbook } from './check-workbook.ts';

/** Limits of one workbook's reading and checking. */
export interface PoolLimits {
  /** A workbook still being read after this long is given up (its worker is terminated). */
  timeMs: number;
  /** Heap of one worker thread; a workbook needing more ends its worker, not the build. */
  memoryMb: number;
}

/** Defaults: the sample's workbooks take 35–55 ms each, one with 1.000 budget lines under 1 s; a 1 GiB heap. */
export const POOL_LIMITS: PoolLimits = { timeMs: 60_000, memoryMb: 1024 };

/** The error of a workbook whose worker was ended by a limit. */
export function stoppedWorkbook(rel: string, why: 'time' | 'memory', limits: PoolLimits): CheckedWorkbook {
  const message =
    why === 'time'
      ? `Berkas ${rel} tidak selesai dibaca dalam ${formatAngkaPersis(limits.timeMs / 1000)} detik sehingga pemeriksaannya dihentikan. Buku kerja LKj biasa terbaca dalam kurang dari satu detik; kemungkinan berkas ini berisi validasi data, format atau sel gabungan yang mencakup seluruh sheet. Salin isinya ke templat buku kerja yang baru, lalu kirim ulang.`
      : `Berkas ${rel} membutuhkan lebih dari ${limits.memoryMb} MB memori untuk dibaca sehingga pemeriksaannya dihentikan. Hapus sheet, baris, gambar dan format yang tidak dipakai, atau salin isinya ke templat buku kerja yang baru, lalu kirim ulang.`;
  const rule = why === 'time' ? 'pembacaan-terlalu-lama' : 'pembacaan-terlalu-besar';
  return {
    file: rel,
    read: false,
    division: null,
    diagnostics: [error({ rule, file: rel, message })],
    bytes: null,
    sha256: null,
    readMs: 0,
    validateMs: 0,
  };
}
