/**
 * The drafts a build keeps under `output/riwayat/`: for each draft number, what it was built from (dataset,
 * diagnostics, narrative and its pictures' digests, input fingerprint, page labels) in `draf-NNNN.json`, and its PDF beside it. A build from
 * unchanged inputs (same fingerprint as the last draft) keeps that draft's number and time; otherwise the number goes
 * up by one. Only the last `simpan` drafts are kept.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../../../schemas/dataset.ts';
import type { Diagnostic } from '../../diagnostic.ts';
import { removeOutput, writeOutputs } from '../../print/write-outputs.ts';

/** The folder, inside the output folder. */
export const RIWAYAT_DIR = 'riwayat';

/** One kept draft: what it was built from. */
export interface DraftRecord {
  nomor: number;
  /** Input fingerprint (`fingerprintInputs`). */
  sidik: string;
  /** ISO time the draft got its number (or `SOURCE_DATE_EPOCH`). */
  dibuat: string;
  /** Page labels of its print (a good first guess for the next print). */
  halaman: Readonly<Record<string, string>>;
  dataset: Dataset;
  diagnostics: Diagnostic[];
  narrative: Readonly<Record<string, string>>;
  /** SHA-256 of each picture of the narrative, by its path under `narasi/`; absent in drafts kept before it was. */
  gambar?: Readonly<Record<string, string>>;
}

const FILE = /^draf-(\d{4,})\.json$/;
const pad = (n: number): string => String(n).padStart(4, '0');

/** `draf-0003`: the base name of a kept draft's files. */
export const draftBase = (nomor: number): string => `draf-${pad(nomor)}`;

/** Numbers of the kept drafts, ascending. */
export async function draftNumbers(outputDir: string): Promise<number[]> {
  const names = await readdir(join(outputDir, RIWAYAT_DIR)).catch(() => [] as string[]);
  return names.flatMap((n) => (FILE.test(n) ? [Number(FILE.exec(n)![1])] : [])).sort((a, b) => a - b);
}

/** A kept draft, or `null` when it is missing or unreadable (a damaged record is treated as absent). */
export async function readDraft(outputDir: string, nomor: number): Promise<DraftRecord | null> {
  try {
    const r = JSON.parse(
      await readFile(join(outputDir, RIWAYAT_DIR, `${draftBase(nomor)}.json`), 'utf8'),
    ) as DraftRecord;
    return typeof r.nomor === 'number' && typeof r.sidik === 'string' && r.dataset ? r : null;
  } catch {
    return null;
  }
}

/** The newest kept draft, or `null`. */
export async function lastDraft(outputDir: string): Promise<DraftRecord | null> {
  const numbers = await draftNumbers(outputDir);
  for (const n of numbers.reverse()) {
    const r = await readDraft(outputDir, n);
    if (r) return r;
  }
  return null;
}

/** Number and time of the draft this build makes: the last one's when the inputs did not change, else the next. */
export function nextDraft(
  last: DraftRecord | null,
  sidik: string,
  now: Date,
  epoch: Date | null,
): { nomor: number; dibuat: string; baru: boolean } {
  if (last && last.sidik === sidik)
    return { nomor: last.nomor, dibuat: epoch ? epoch.toISOString() : last.dibuat, baru: false };
  return { nomor: (last?.nomor ?? 0) + 1, dibuat: (epoch ?? now).toISOString(), baru: true };
}

/**
 * Writes the draft's record and PDF, then removes the oldest drafts beyond `simpan`. Called once the report's own files
 * are in place, which is what its failures say.
 */
export async function keepDraft(
  outputDir: string,
  record: DraftRecord,
  pdf: Uint8Array,
  simpan: number,
): Promise<void> {
  const dir = join(outputDir, RIWAYAT_DIR);
  const base = draftBase(record.nomor);
  await writeOutputs(
    dir,
    [
      { name: `${base}.json`, data: `${JSON.stringify(record, null, 2)}\n` },
      { name: `${base}.pdf`, data: pdf },
    ],
    {
      untouched: 'Laporan barunya sudah tersimpan di folder keluaran; hanya salinannya untuk riwayat draf yang belum.',
    },
  );
  const numbers = await draftNumbers(outputDir);
  const kept = 'Laporan baru dan riwayat drafnya sudah tersimpan; hanya draf lama itu yang belum terhapus.';
  for (const n of numbers.slice(0, Math.max(0, numbers.length - simpan))) {
    for (const ext of ['json', 'pdf']) await removeOutput(join(dir, `${draftBase(n)}.${ext}`), kept);
  }
}
