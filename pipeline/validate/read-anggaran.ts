/** Reads the `Anggaran` sheet: budget lines with pagu and realisasi, checked against the Renstra programs. */
import type { AnggaranRow } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { RawSheet } from '../load/types.ts';
import { checkAnggaranRow } from './check-anggaran-row.ts';
import type { HeaderMatch } from './find-header.ts';
import { parseNumber } from './parse-number.ts';
import { addressOf, readNumberCell } from './read-number-cell.ts';
import { readTable, type TableRow } from './read-table.ts';
import { readTextCell } from './read-text-cell.ts';
import { reportHiddenRow } from './report-hidden-row.ts';
import { report, type SheetContext } from './sheet-context.ts';
import { ANGGARAN } from './sheet-layout.ts';
import { readSumberDana } from './read-sumber-dana.ts';
import { ikuKey } from './text-keys.ts';
import { unknownIku } from './unknown-iku.ts';

const label = (key: string): string => ANGGARAN.columns.find((c) => c.key === key)?.label ?? key;

/** Budget lines in sheet order; total rows (`Jumlah`, `Total`) are skipped, lines without a code reported. */
export function readAnggaran(
  sheet: RawSheet,
  header: HeaderMatch,
  ref: Reference,
  kodeUnit: string | undefined,
  ctx: SheetContext,
): AnggaranRow[] {
  const byKey = new Map(ref.iku.indikator.map((i) => [ikuKey(i.kode), i]));
  const rows: AnggaranRow[] = [];
  for (const r of readTable(sheet, header)) {
    if (r.hidden) reportHiddenRow(ctx, r.row);
    const text = (key: string) => readTextCell(ctx, r.cells.get(key), label(key));
    // Canonical spelling, so `076.01.wa .2345` and `076.01.WA.2345` are one line for the merge.
    const kode = text('kode')
      .replace(/\s*\.\s*/g, '.')
      .toUpperCase();
    const nama = text('nama');
    if (kode === '') {
      skipUncoded(r, nama, ctx);
      continue;
    }
    const pagu = readNumberCell(ctx, r.cells.get('pagu'), { label: 'Pagu', satuan: 'Rp' });
    const realisasi = readNumberCell(ctx, r.cells.get('realisasi'), { label: 'Realisasi', satuan: 'Rp' });
    const sel = Object.fromEntries(
      ['pagu', 'realisasi'].flatMap((k) => {
        const a = addressOf(r.row, header.columns.get(k));
        return a ? [[k, a]] : [];
      }),
    );
    const row: AnggaranRow = { kode, nama, pagu: pagu ?? 0, realisasi: realisasi ?? 0, row: r.row, sel };
    const kodeIkuText = text('kodeIku');
    if (kodeIkuText !== '') {
      const iku = byKey.get(ikuKey(kodeIkuText));
      if (iku) row.kodeIku = iku.kode;
      else unknownIku(ctx, kodeIkuText, r.cells.get('kodeIku')?.address, ref, kodeUnit);
    }
    const sumberDana = readSumberDana(text('sumberDana'), r.cells.get('sumberDana')?.address, ref, ctx);
    if (sumberDana !== undefined) row.sumberDana = sumberDana;
    const empty = (key: string) => parseNumber(r.cells.get(key), {}).kind === 'empty';
    checkAnggaranRow(
      row,
      { pagu: empty('pagu'), realisasi: empty('realisasi') },
      (key) => addressOf(r.row, header.columns.get(key)),
      ref,
      ctx,
    );
    const twin = rows.find((x) => x.kode === row.kode);
    if (twin) {
      const message = `Kode ${row.kode} juga ada di baris ${twin.row}; kedua baris akan dijumlahkan. Jika itu baris yang sama, hapus salah satunya.`;
      report(ctx, 'warning', {
        rule: 'kode-anggaran-ganda',
        ...(r.cells.get('kode') ? { cell: r.cells.get('kode')?.address ?? '' } : {}),
        message,
        actual: row.kode,
      });
    }
    rows.push(row);
  }
  return rows;
}

function skipUncoded(r: TableRow, nama: string, ctx: SheetContext): void {
  const hasMoney = ['pagu', 'realisasi'].some((k) => parseNumber(r.cells.get(k), { satuan: 'Rp' }).kind === 'number');
  if (!hasMoney) return; // a heading row
  if (/^(jumlah|total|sub ?total)\b/i.test(nama)) {
    const message = `Baris ${r.row} ("${nama}") dianggap baris jumlah dan tidak dibaca; total dihitung ulang dari rincian.`;
    report(ctx, 'info', { rule: 'baris-jumlah-dilewati', message });
    return;
  }
  const cell = r.cells.get('nama')?.address ?? r.cells.get('pagu')?.address;
  const message = `Baris ${r.row} berisi anggaran tetapi Kode kosong. Isi kode program/kegiatan, misalnya 076.01.WA.2345.`;
  report(ctx, 'error', { rule: 'kode-anggaran-kosong', ...(cell ? { cell } : {}), message });
}
