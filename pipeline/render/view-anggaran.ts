/** View model of BAB III B (T8): budget per program with its kegiatan, and the total. */
import type { Dataset } from '../../schemas/dataset.ts';
import { formatPersen, formatPersenTanda, formatRupiah, formatUang } from '../format.ts';
import type { AnggaranRow, ReportView } from './view-types-bab.ts';
import type { GambarView, Judul } from './view-types.ts';

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

/** The sentence above T8: pagu, realisasi, serapan and sisa in words a reader can quote. */
function ringkasan(total: Line, tahun: number): string {
  const serapan = total.serapan === null ? '' : ` atau ${formatPersenTanda(total.serapan)} dari pagu`;
  return (
    `Untuk mencapai sasaran strategis tahun ${tahun}, pagu anggaran sebesar ${formatRupiah(total.pagu)} ` +
    `terealisasi sebesar ${formatRupiah(total.realisasi)}${serapan}, dengan sisa anggaran ` +
    `${formatRupiah(total.sisa)}. Rincian per program dan kegiatan disajikan pada tabel dan gambar berikut.`
  );
}

/** T8 rows: each program (bold) followed by its kegiatan. */
export function anggaranRows(dataset: Dataset): AnggaranRow[] {
  return dataset.anggaran.program.flatMap((p): AnggaranRow[] => [
    { kelas: 'program', kode: p.kode, nama: p.nama, ...amounts(p) },
    ...p.kegiatan.map((k): AnggaranRow => ({ kelas: 'kegiatan', kode: k.kode, nama: k.nama, ...amounts(k) })),
  ]);
}

/** BAB III B: the sentence, T8 with its total, and the serapan chart. */
export function anggaranView(dataset: Dataset, judul: Judul, judulTabel: Judul, gambar: GambarView): ReportView['bab3']['b'] {
  return {
    judul,
    paragraf: [ringkasan(dataset.anggaran.total, dataset.tahun)],
    tabel: { judul: judulTabel, baris: anggaranRows(dataset) },
    total: amounts(dataset.anggaran.total),
    gambar,
  };
}
