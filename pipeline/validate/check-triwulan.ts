/** Checks that quarterly realisasi add up the way the IKU says they do (`kumulatif`, `jumlah`). */
import type { CapaianRow } from '../../schemas/division.ts';
import type { IkuIndikator } from '../../schemas/iku.ts';
import { formatAngkaPersis } from '../format.ts';
import { report, type SheetContext } from './sheet-context.ts';

const KEYS = ['twI', 'twII', 'twIII', 'twIV'] as const;
const NAMES = ['TW I', 'TW II', 'TW III', 'TW IV'] as const;

/** Warns when a cumulative indicator goes down, or when quarters of a summed indicator miss the annual total. */
export function checkTriwulan(row: CapaianRow, iku: IkuIndikator, ctx: SheetContext): void {
  const q = row.triwulan;
  const at = (key: string) => (row.sel?.[key] ? { cell: row.sel[key] } : {});
  if (iku.agregasi === 'kumulatif') {
    let prev: number | undefined;
    q.forEach((v, i) => {
      if (v === null) return;
      const p = prev === undefined ? undefined : q[prev];
      if (prev !== undefined && p !== null && p !== undefined && v < p) {
        const message =
          `Realisasi ${NAMES[i]} (${formatAngkaPersis(v)}) lebih kecil dari ${NAMES[prev]} (${formatAngkaPersis(p)}), padahal ${iku.kode} ` +
          'dihitung kumulatif sehingga nilainya tidak boleh turun. Isi nilai sampai dengan triwulan itu, bukan nilai triwulan itu saja.';
        report(ctx, 'warning', { rule: 'triwulan-menurun', ...at(KEYS[i] ?? ''), message, actual: formatAngkaPersis(v), expected: `≥ ${formatAngkaPersis(p)}` });
      }
      prev = i;
    });
    if (q[3] !== null && row.realisasi !== null && q[3] !== row.realisasi) {
      const message = `Untuk ${iku.kode} (kumulatif) Realisasi tahunan sama dengan TW IV, tetapi tertulis TW IV ${formatAngkaPersis(q[3])} dan Realisasi ${formatAngkaPersis(row.realisasi)}. Samakan keduanya.`;
      report(ctx, 'warning', { rule: 'triwulan-iv-berbeda', ...at('realisasi'), message, actual: formatAngkaPersis(row.realisasi), expected: formatAngkaPersis(q[3]) });
    }
  }
  if (iku.agregasi === 'jumlah' && row.realisasi !== null && q.some((v) => v !== null)) {
    const sum = Number(q.reduce<number>((a, v) => a + (v ?? 0), 0).toPrecision(12));
    if (sum === row.realisasi) return;
    const empty = q.some((v) => v === null) ? ' (triwulan yang kosong dihitung 0)' : '';
    const message =
      `Jumlah Realisasi TW I–IV ${iku.kode} adalah ${formatAngkaPersis(sum)}${empty}, tidak sama dengan Realisasi tahunan ` +
      `${formatAngkaPersis(row.realisasi)}. Indikator ini dihitung dengan menjumlahkan triwulan; periksa angkanya.`;
    report(ctx, 'warning', { rule: 'jumlah-triwulan-berbeda', ...at('realisasi'), message, actual: formatAngkaPersis(row.realisasi), expected: formatAngkaPersis(sum) });
  }
}
