/**
 * The time a build says it was made. With `SOURCE_DATE_EPOCH` (the reproducible-builds convention: whole seconds
 * since 1970, UTC) every date the build writes is that moment, so two builds of the same inputs give the same bytes.
 */
import { UserError } from '../../diagnostic.ts';

/** A `SOURCE_DATE_EPOCH` that is not a whole number of seconds: a usage mistake, said in Indonesian. */
export class BadSourceDateEpoch extends UserError {}

/** The moment `SOURCE_DATE_EPOCH` names, `null` when it is unset or empty; throws `BadSourceDateEpoch` when malformed. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | null {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (!raw) return null;
  const seconds = /^\d{1,12}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(seconds)) {
    throw new BadSourceDateEpoch(
      `SOURCE_DATE_EPOCH harus berupa bilangan bulat detik sejak 1 Januari 1970 UTC (misalnya 1736910000), ditemukan "${raw}". ` +
        'Perbaiki atau hapus variabel lingkungan itu.',
    );
  }
  return new Date(seconds * 1000);
}
