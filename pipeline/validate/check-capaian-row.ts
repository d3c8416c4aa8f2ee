/** Checks one `Capaian` row against its IKU: name, satuan, PK target, plausible and filled-in realisasi. */
import type { CapaianRow } from '../../schemas/division.ts';
import type { IkuIndikator } from '../../schemas/iku.ts';
import { checkPlausibility } from './check-plausibility.ts';
import { checkTriwulan } from './check-triwulan.ts';
import { formatAngkaPersis, formatTargetPersis } from '../format.ts';
import { parseNumber } from './parse-number.ts';
import { readDecimal } from './read-decimal.ts';
import type { TableRow } from './read-table.ts';
import { report, type SheetContext } from './sheet-context.ts';
import { textKey } from './text-keys.ts';

/** Records warnings and errors for a row already read into `row`. */
export function checkCapaianRow(row: CapaianRow, iku: IkuIndikator, r: TableRow, ctx: SheetContext): void {
  const at = (key: string) => (row.sel?.[key] ? { cell: row.sel[key] } : {});
  if (row.indikator !== '' && textKey(row.indikator) !== textKey(iku.nama)) {
    const message = `Nama indikator berbeda dengan ${iku.kode} di daftar IKU. Tertulis "${row.indikator}", seharusnya "${iku.nama}". Salin nama indikator dari daftar IKU.`;
    report(ctx, 'warning', {
      rule: 'indikator-berbeda',
      ...at('indikator'),
      message,
      expected: iku.nama,
      actual: row.indikator,
    });
  }
  if (row.satuan !== '' && unitKey(row.satuan) !== unitKey(iku.satuan)) {
    const message = `Satuan "${row.satuan}" berbeda dengan satuan ${iku.kode} di daftar IKU ("${iku.satuan}"). Ganti menjadi "${iku.satuan}" dan pastikan angkanya memakai satuan itu.`;
    report(ctx, 'warning', {
      rule: 'satuan-berbeda',
      ...at('satuan'),
      message,
      expected: iku.satuan,
      actual: row.satuan,
    });
  }
  checkTarget(row, iku, r, ctx);
  checkRealisasi(row, iku, r, ctx);
  checkTriwulan(row, iku, ctx);
  checkPlausibility(row, iku, ctx);
}

/** `100%` but `2 Lap`: a percent sign is written against the number. */
const withSatuan = (n: string, satuan: string): string => (satuan === '%' ? `${n}%` : `${n} ${satuan}`);

const unitKey = (s: string): string =>
  textKey(s)
    .replace(/\s/g, '')
    .replace(/^persen$/, '%');

function checkTarget(row: CapaianRow, iku: IkuIndikator, r: TableRow, ctx: SheetContext): void {
  const cell = r.cells.get('target');
  const at = row.sel?.['target'] ? { cell: row.sel['target'] } : {};
  const expected = formatTargetPersis(iku.target);
  if (!row.sel?.['target']) return; // the missing column is reported once for the sheet
  if (parseNumber(cell, {}).kind === 'empty') {
    const message = `Target ${iku.kode} kosong; dipakai target Perjanjian Kinerja ${withSatuan(expected, iku.satuan)}. Isi kolom Target dengan ${expected} agar buku kerja lengkap.`;
    report(ctx, 'info', { rule: 'target-kosong', ...at, message, expected });
    return;
  }
  const written = cell?.text ?? '';
  const same =
    typeof iku.target === 'number'
      ? row.target === null || near(row.target, iku.target)
      : sameRange(written, iku.target);
  if (same) return;
  const shown = row.target === null ? written : formatAngkaPersis(row.target);
  const message = `Target ${iku.kode} tertulis ${shown}, padahal target Perjanjian Kinerja ${withSatuan(expected, iku.satuan)}. Ganti dengan ${expected}; jika PK berubah, minta iku.yaml diperbarui.`;
  report(ctx, 'error', { rule: 'target-berbeda', ...at, message, expected, actual: shown });
}

/** A range target typed as `80-90` or `80 – 90`. */
function sameRange(text: string, t: { min: number; max: number }): boolean {
  const m = /^\s*([^\s\-\u2013\u2014]+)\s*[-\u2013\u2014]\s*([^\s\-\u2013\u2014]+?)\s*%?\s*$/.exec(text);
  const lo = readDecimal(m?.[1] ?? '');
  const hi = readDecimal(m?.[2] ?? '');
  return lo.ok && hi.ok && near(lo.value, t.min) && near(hi.value, t.max);
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function checkRealisasi(row: CapaianRow, iku: IkuIndikator, r: TableRow, ctx: SheetContext): void {
  if (row.sel?.['realisasi'] && parseNumber(r.cells.get('realisasi'), {}).kind === 'empty') {
    const message =
      `Realisasi ${iku.kode} belum diisi. Isi realisasi tahunan; jika dibiarkan kosong, realisasi diambil dari isian ` +
      'triwulan bila memungkinkan, atau indikator dilaporkan "belum diisi".';
    report(ctx, 'warning', {
      rule: 'realisasi-kosong',
      ...(row.sel?.['realisasi'] ? { cell: row.sel['realisasi'] } : {}),
      message,
    });
  }
  if (iku.maks === undefined) return;
  const values: [string, number | null][] = [
    ['twI', row.triwulan[0]],
    ['twII', row.triwulan[1]],
    ['twIII', row.triwulan[2]],
    ['twIV', row.triwulan[3]],
    ['realisasi', row.realisasi],
  ];
  for (const [key, v] of values) {
    if (v === null || v <= iku.maks) continue;
    const message = `Nilai ${formatAngkaPersis(v)} melebihi batas wajar ${iku.kode} (paling tinggi ${withSatuan(formatAngkaPersis(iku.maks), iku.satuan)}). Periksa kembali angkanya.`;
    report(ctx, 'warning', {
      rule: 'melebihi-maks',
      ...(row.sel?.[key] ? { cell: row.sel[key] } : {}),
      message,
      actual: formatAngkaPersis(v),
      expected: `≤ ${formatAngkaPersis(iku.maks)}`,
    });
  }
}
