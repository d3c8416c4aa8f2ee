/**
 * Plausibility of one `Capaian` row, cell by cell: a percentage that looks typed as a fraction (0,6605 for 66,05), a
 * count that is not whole, a negative realisasi. Warnings: the value may be right, but the message names the cell, the
 * value found and the value that was probably meant.
 */
import type { CapaianRow } from '../../schemas/division.ts';
import type { IkuIndikator } from '../../schemas/iku.ts';
import { formatAngkaPersis, formatTargetPersis } from '../format.ts';
import { report, type SheetContext } from './sheet-context.ts';

const CELLS = [
  ['twI', 'Realisasi TW I'],
  ['twII', 'Realisasi TW II'],
  ['twIII', 'Realisasi TW III'],
  ['twIV', 'Realisasi TW IV'],
  ['realisasi', 'Realisasi'],
] as const;

/** Satuan that count things (whole numbers); an indicator named "Jumlah …" counts too unless its satuan is a measure. */
const COUNT_UNITS = new Set([
  'kali',
  'dokumen',
  'lap',
  'laporan',
  'orang',
  'kegiatan',
  'buah',
  'unit',
  'berkas',
  'paket',
  'produk',
  'keputusan',
  'rekomendasi',
  'satker',
  'tps',
  'desa',
]);
const MEASURES = new Set(['%', 'persen', 'nilai', 'indeks', 'skor', 'poin', 'rp', 'rupiah', 'hari', 'jam']);

/** True when the indicator counts things, so its values are whole numbers. */
export function isCount(iku: Pick<IkuIndikator, 'satuan' | 'nama'>): boolean {
  const satuan = iku.satuan.trim().toLowerCase();
  if (MEASURES.has(satuan)) return false;
  return COUNT_UNITS.has(satuan) || /^jumlah\b/i.test(iku.nama.trim());
}

/** A target "well above 1": a percentage target of 10 or more, under which a value of at most 1 reads as a fraction. */
const lowestTarget = (t: IkuIndikator['target']): number => (typeof t === 'number' ? t : t.min);

/** Records one warning per implausible cell of the row. */
export function checkPlausibility(row: CapaianRow, iku: IkuIndikator, ctx: SheetContext): void {
  const values: [string, string, number | null][] = CELLS.map(([key, label], i) => [
    key,
    label,
    i < 4 ? (row.triwulan[i] ?? null) : row.realisasi,
  ]);
  for (const [key, label, v] of values) {
    if (v === null) continue;
    const at = row.sel?.[key] ? { cell: row.sel[key] } : {};
    const found = formatAngkaPersis(v);
    if (v < 0) {
      const message = `${label} ${iku.kode} bernilai negatif (${found}). Realisasi tidak mungkin kurang dari 0; kemungkinan maksudnya ${formatAngkaPersis(-v)}.`;
      report(ctx, 'warning', {
        rule: 'realisasi-negatif',
        ...at,
        message,
        actual: found,
        expected: formatAngkaPersis(-v),
      });
      continue;
    }
    if (iku.satuan.trim() === '%' && v > 0 && v <= 1 && lowestTarget(iku.target) >= 10) {
      const meant = formatAngkaPersis(v * 100);
      const message =
        `${label} ${iku.kode} terbaca ${found}%, padahal targetnya ${formatTargetPersis(iku.target)}%: angka ini tampak ditulis sebagai ` +
        `pecahan. Kemungkinan maksudnya ${meant}%. Ketik ${meant}, atau format sel sebagai persen (${meant}%).`;
      report(ctx, 'warning', { rule: 'persen-seperti-pecahan', ...at, message, actual: found, expected: meant });
    }
    if (isCount(iku) && !Number.isInteger(v)) {
      const meant = formatAngkaPersis(Math.round(v));
      const message = `${label} ${iku.kode} bernilai ${found}, padahal satuannya ${iku.satuan} (hitungan, bilangan bulat). Kemungkinan maksudnya ${meant}; periksa angkanya.`;
      report(ctx, 'warning', { rule: 'jumlah-tidak-bulat', ...at, message, actual: found, expected: meant });
    }
  }
}
