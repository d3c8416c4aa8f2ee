/**
 * The capaian of a sasaran (mean of its indicators) and of the whole report (mean of the sasaran), with the same
 * three outcomes as an indicator: a mean of what was computed; "belum diisi" when what is missing is (also) unfilled;
 * "tidak dapat dihitung" only when everything was filled and none could be computed.
 */
import type { CapaianResult } from '../../schemas/dataset.ts';
import { finish, type CapaianPolicy } from './compute-capaian.ts';

/** Mean of the numbers, or null for none. */
export const mean = (xs: readonly number[]): number | null =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;

/**
 * Mean of the computed results: `nilai` is the mean of the printed (capped) values, `nilaiMentah` of the raw ones,
 * and the category follows the policy. `what` names the parts in the reason (`indikator`, `sasaran`).
 */
export function meanCapaian(parts: readonly CapaianResult[], policy: CapaianPolicy, what: string): CapaianResult {
  const done = parts.flatMap((c) => (c.status === 'terhitung' ? [c] : []));
  const nilai = mean(done.map((c) => c.nilai));
  const mentah = mean(done.map((c) => c.nilaiMentah));
  if (nilai !== null && mentah !== null) return finish(mentah, policy, nilai);
  const kosong = parts.filter((c) => c.status === 'belum-diisi').length;
  const tdd = parts.length - kosong;
  if (parts.length === 0) return { status: 'belum-diisi', alasan: `Belum ada ${what}` };
  if (kosong === 0) return { status: 'tidak-dapat-dihitung', alasan: `Capaian ${tdd} ${what} tidak dapat dihitung` };
  const juga = tdd > 0 ? `; ${tdd} ${what} tidak dapat dihitung` : '';
  return { status: 'belum-diisi', alasan: `${kosong} ${what} belum diisi${juga}` };
}
