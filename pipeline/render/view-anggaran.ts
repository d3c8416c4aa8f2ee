/** Rows of T8 (BAB III B): budget per program with its kegiatan. */
import type { Dataset } from '../../schemas/dataset.ts';
import { formatPersen, formatUang } from '../format.ts';
import type { AnggaranRow } from './view-types-bab.ts';

type Line = { pagu: number; realisasi: number; serapan: number | null; sisa: number };

/** Table money is whole rupiah (DIPA amounts are); running text uses `formatRupiah` with cents. */
function amounts(l: Line): Omit<AnggaranRow, 'kelas' | 'kode' | 'nama'> {
  return {
    pagu: formatUang(l.pagu),
    realisasi: formatUang(l.realisasi),
    serapan: l.serapan === null ? '–' : formatPersen(l.serapan),
    sisa: formatUang(l.sisa),
  };
}

/** T8 rows: each program (bold) followed by its kegiatan. */
export function anggaranRows(dataset: Dataset): AnggaranRow[] {
  return dataset.anggaran.program.flatMap((p): AnggaranRow[] => [
    { kelas: 'program', kode: p.kode, nama: p.nama, ...amounts(p) },
    ...p.kegiatan.map((k): AnggaranRow => ({ kelas: 'kegiatan', kode: k.kode, nama: k.nama, ...amounts(k) })),
  ]);
}
