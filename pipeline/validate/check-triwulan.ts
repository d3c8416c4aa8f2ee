/** Checks that quarterly realisasi make the annual one the way the IKU says they do, for every aggregation. */
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
        report(ctx, 'warning', {
          rule: 'triwulan-menurun',
          ...at(KEYS[i] ?? ''),
          message,
          actual: formatAngkaPersis(v),
          expected: `≥ ${formatAngkaPersis(p)}`,
        });
      }
      prev = i;
    });
    if (q[3] !== null && row.realisasi !== null && q[3] !== row.realisasi) {
      const message = `Untuk ${iku.kode} (kumulatif) Realisasi tahunan sama dengan TW IV, tetapi tertulis TW IV ${formatAngkaPersis(q[3])} dan Realisasi ${formatAngkaPersis(row.realisasi)}. Samakan keduanya.`;
      report(ctx, 'warning', {
        rule: 'triwulan-iv-berbeda',
        ...at('realisasi'),
        message,
        actual: formatAngkaPersis(row.realisasi),
        expected: formatAngkaPersis(q[3]),
      });
    }
  }
  if (iku.agregasi === 'jumlah' && row.realisasi !== null && q.some((v) => v !== null)) {
    const sum = Number(q.reduce<number>((a, v) => a + (v ?? 0), 0).toPrecision(12));
    if (sum === row.realisasi) return;
    const empty = q.some((v) => v === null) ? ' (triwulan yang kosong dihitung 0)' : '';
    const message =
      `Jumlah Realisasi TW I–IV ${iku.kode} adalah ${formatAngkaPersis(sum)}${empty}, tidak sama dengan Realisasi tahunan ` +
      `${formatAngkaPersis(row.realisasi)}. Indikator ini dihitung dengan menjumlahkan triwulan: perbaiki angka triwulan yang salah, atau samakan Realisasi tahunan dengan jumlahnya.`;
    report(ctx, 'warning', {
      rule: 'jumlah-triwulan-berbeda',
      ...at('realisasi'),
      message,
      actual: formatAngkaPersis(row.realisasi),
      expected: formatAngkaPersis(sum),
    });
  }
  if (iku.agregasi === 'akhir' || iku.agregasi === 'rata-rata') checkAkhirRataRata(row, iku, ctx);
}

/**
 * `akhir`: the annual value is the last filled quarter; `rata-rata`: the mean of the filled quarters. A typed annual
 * value that disagrees would win silently, so it is reported. The mean may be rounded to two decimals.
 */
function checkAkhirRataRata(row: CapaianRow, iku: IkuIndikator, ctx: SheetContext): void {
  const filled = row.triwulan.flatMap((v, i) => (v === null ? [] : [{ v, i }]));
  const last = filled[filled.length - 1];
  if (row.realisasi === null || !last) return;
  const at = row.sel?.['realisasi'] ? { cell: row.sel['realisasi'] } : {};
  const names = filled.map((f) => NAMES[f.i]).join(', ');
  if (iku.agregasi === 'akhir') {
    if (Math.abs(last.v - row.realisasi) <= 1e-9 * Math.max(1, Math.abs(last.v))) return;
    const message =
      `Untuk ${iku.kode} (akhir) Realisasi tahunan sama dengan nilai triwulan terakhir yang diisi, yaitu ${NAMES[last.i]} ` +
      `${formatAngkaPersis(last.v)}, tetapi Realisasi tertulis ${formatAngkaPersis(row.realisasi)}. Samakan keduanya, atau isi triwulan yang belum diisi.`;
    report(ctx, 'warning', {
      rule: 'triwulan-akhir-berbeda',
      ...at,
      message,
      actual: formatAngkaPersis(row.realisasi),
      expected: formatAngkaPersis(last.v),
    });
    return;
  }
  const mean = filled.reduce((a, f) => a + f.v, 0) / filled.length;
  if (Math.abs(mean - row.realisasi) <= MEAN_TOLERANCE) return;
  const message =
    `Untuk ${iku.kode} (rata-rata) Realisasi tahunan adalah rata-rata triwulan yang diisi (${names}): ${formatAngkaPersis(mean)}, ` +
    `tetapi Realisasi tertulis ${formatAngkaPersis(row.realisasi)}. Periksa angka triwulan dan Realisasi tahunan.`;
  report(ctx, 'warning', {
    rule: 'rata-rata-triwulan-berbeda',
    ...at,
    message,
    actual: formatAngkaPersis(row.realisasi),
    expected: formatAngkaPersis(mean),
  });
}

/**
 * The mean may be typed rounded to the two decimals the report prints (94,58 for 94,5833), no coarser: 95 typed for
 * a mean of 94,6 would turn "not met" into "met".
 */
const MEAN_TOLERANCE = 0.005 + 1e-9;
