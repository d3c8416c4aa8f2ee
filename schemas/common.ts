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
 * Capaian formula for a lower-is-better indicator: `2-R/T` (PermenPANRB 8/2021), `T/R`, `(T-R)/T`.
 * Higher-is-better indicators always use `R/T`.
 */
export const rumusTurun = z.enum(['2-R/T', 'T/R', '(T-R)/T']);

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
