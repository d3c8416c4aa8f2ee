/** Small zod building blocks shared by the reference-data, workbook and dataset schemas. */
import { z } from 'zod';

/** An IKU code as written in the reference data, e.g. `IKU-01`. */
export const kodeIku = z.string().trim().min(1, 'Kode IKU wajib diisi');

/** Direction of an indicator: higher is better (`naik`) or lower is better (`turun`). */
export const arah = z.enum(['naik', 'turun']);

/**
 * How quarterly values make the annual one: `kumulatif` (TW IV is the year), `jumlah` (sum of quarters),
 * `akhir` (last filled quarter), `rata-rata` (mean of filled quarters).
 */
export const agregasi = z.enum(['kumulatif', 'jumlah', 'akhir', 'rata-rata']);

/**
 * Capaian formula for a lower-is-better indicator: `2-R/T` (PermenPANRB 8/2021) or `T/R`; both give 100 when
 * realisasi equals target and a number for realisasi 0. Higher-is-better indicators always use `R/T`.
 */
export const rumusTurun = z.enum(['2-R/T', 'T/R']);

/**
 * Formulas that were offered once and are refused now, with the sentence that says why and what to write instead
 * (printed after the "must be one of" message of `inputs/*.yaml`).
 */
export const RUMUS_DIHAPUS: Readonly<Record<string, string>> = {
  '(T-R)/T':
    'Rumus (T-R)/T tidak dipakai lagi karena memberi capaian 0% ketika realisasi sama dengan target (laporan KPU ' +
    'mencantumkan 100%). Gunakan 2-R/T: (2 − R/T) × 100% sama dengan 100% + (T − R)/T × 100%.',
};

/** A year, within a sane window. */
export const tahun = z.number().int().min(2000).max(2100);

/** An 18-digit NIP (civil-servant number), digits only. */
export const nip = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{8}\d{6}[12]\d{3}$/, 'NIP harus 18 digit: tanggal lahir, TMT, jenis kelamin, urutan'));

/** A numeric target: a single value or a range `{min, max}` (primer §4, range targets). */
export const targetValue = z.union([
  z.number(),
  z.object({ min: z.number(), max: z.number() }).refine((r) => r.min <= r.max, 'min harus <= max'),
]);
export type TargetValue = z.infer<typeof targetValue>;
