/**
 * Names of the report's files in the output folder: a draft carries its number (`…-2024-draf-ke-3.pdf`), the final
 * its own name (`…-2024-final.pdf`), so a final never replaces a draft and a draft never replaces the final.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../../schemas/config.ts';
import { type Diagnostic, UserError, warning } from '../../diagnostic.ts';
import { removeOutput } from '../../print/write-outputs.ts';

/** `Sekretariat KPU Provinsi Banten` → `Sekretariat-KPU-Provinsi-Banten`. */
export const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');

/** `LKj-Sekretariat-KPU-Provinsi-Banten-2024`: what every file of this report starts with. */
export const reportStem = (config: Pick<Config, 'satker' | 'tahun'>): string =>
  `LKj-${slug(config.satker)}-${config.tahun}`;

/** Base name (no extension) of a draft (`nomorDraf` set) or of the final (`null`). */
export const reportBase = (config: Pick<Config, 'satker' | 'tahun'>, nomorDraf: number | null): string =>
  `${reportStem(config)}-${nomorDraf === null ? 'final' : `draf-ke-${nomorDraf}`}`;

const REPORT_EXT = /\.(pdf|html|json)$/;

/**
 * Removes earlier drafts' report files from the top of the output folder (their data and PDF are kept in
 * `riwayat/`), so the folder shows one current draft. The final and other files are left alone. A file that cannot be
 * removed (on Windows: the old draft still open in a PDF viewer) does not fail the build, whose report is already
 * saved: it comes back as a warning (`draf-lama-tertinggal`) with the reason and what to do.
 */
export async function removeOtherDrafts(
  outputDir: string,
  config: Pick<Config, 'satker' | 'tahun'>,
  current: string,
): Promise<Diagnostic[]> {
  const prefix = `${reportStem(config)}-draf-ke-`;
  const names = await readdir(outputDir).catch(() => [] as string[]);
  const stale = names.filter((n) => n.startsWith(prefix) && REPORT_EXT.test(n) && !n.startsWith(`${current}.`));
  const state = 'Laporan barunya sudah tersimpan; hanya berkas draf lama itu yang belum terhapus dari folder keluaran.';
  const left: Diagnostic[] = [];
  for (const n of stale) {
    try {
      await removeOutput(join(outputDir, n), state);
    } catch (e) {
      // Only the failures a user can cause (UserError: file open, no permission, …); anything else is our fault.
      if (!(e instanceof UserError)) throw e;
      left.push(
        warning({
          rule: 'draf-lama-tertinggal',
          file: n,
          message: `${e.message} Berkas itu boleh dihapus sendiri nanti; datanya tersimpan di riwayat/.`,
        }),
      );
    }
  }
  return left;
}
