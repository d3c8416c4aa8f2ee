/**
 * BAB III B in document order (numbering follows it): the sources of funds together, 1 the DIPA per program and
 * kegiatan (T8 and its chart), 2 the hibah against their NPHD, 3 spending per jenis belanja.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Daftar } from './daftar.ts';
import { anggaranRows } from './view-anggaran.ts';
import type { AnggaranRingkas, RealisasiAnggaranView } from './view-types-bab.ts';
import type { GambarView, Judul } from './view-types.ts';
import { formatPersenTanda, formatRupiah } from '../format.ts';
import {
  hibahParagraf,
  hibahRows,
  jenisBelanjaParagraf,
  jenisBelanjaRows,
  jumlahSel,
  sumberDanaParagraf,
  sumberDanaRows,
} from './view-sumber-dana.ts';

/** What BAB III B needs from its chapter: the heading, and the chart of T8 made when its turn in the numbering comes. */
export interface RealisasiAnggaranParts {
  judul: Judul;
  gambar: () => GambarView;
}

/** The whole of BAB III B. */
export function realisasiAnggaranView(
  dataset: Dataset,
  daftar: Daftar,
  parts: RealisasiAnggaranParts,
): RealisasiAnggaranView {
  const tahun = dataset.tahun;
  const banyak = dataset.anggaran.sumberDana.length > 1 || dataset.hibah.length > 0;
  const gabungan = dataset.anggaran.gabungan;
  const sumber =
    banyak && gabungan
      ? {
          judul: daftar.tabel('3', `Realisasi Anggaran per Sumber Dana Tahun ${tahun}`),
          baris: sumberDanaRows(dataset),
          total: jumlahSel(gabungan),
        }
      : null;
  let n = 0;
  const sub = (id: string, teks: string): Judul => daftar.judul(id, `${++n}.`, teks, 3);
  const dipaJudul = banyak ? sub('bab-3-b-dipa', 'Realisasi Anggaran DIPA per Program dan Kegiatan') : null;
  const dipa = {
    judul: dipaJudul ?? parts.judul,
    subjudul: dipaJudul,
    paragraf: [dipaParagraf(dataset)],
    tabel: {
      judul: daftar.tabel('3', `Realisasi Anggaran ${banyak ? 'DIPA ' : ''}per Program dan Kegiatan Tahun ${tahun}`),
      baris: anggaranRows(dataset),
    },
    total: jumlahSel(dataset.anggaran.total) as AnggaranRingkas,
    gambar: parts.gambar(),
  };
  const hibah =
    dataset.hibah.length === 0
      ? null
      : {
          judul: sub('bab-3-b-hibah', 'Dana Hibah'),
          paragraf: dataset.hibah.map((h) => hibahParagraf(h, tahun)),
          tabel: {
            judul: daftar.tabel('3', `Dana Hibah dan Realisasinya sampai dengan Tahun ${tahun}`),
            baris: hibahRows(dataset.hibah),
          },
        };
  const jenis = !gabungan
    ? null
    : {
        judul: banyak
          ? sub('bab-3-b-jenis', 'Realisasi Anggaran per Jenis Belanja')
          : daftar.subjudul('bab-3-b-jenis', '', 'Realisasi Anggaran per Jenis Belanja'),
        paragraf: [jenisBelanjaParagraf(dataset)],
        tabel: {
          judul: daftar.tabel(
            '3',
            `Realisasi Anggaran per Jenis Belanja${banyak ? ' dan Sumber Dana' : ''} Tahun ${tahun}`,
          ),
          baris: jenisBelanjaRows(dataset),
        },
      };
  return { judul: parts.judul, paragraf: banyak ? [sumberDanaParagraf(dataset)] : [], sumber, dipa, hibah, jenis };
}

/** The sentence above T8: pagu, realisasi, serapan and sisa of the workbook (DIPA) lines. */
function dipaParagraf(dataset: Dataset): string {
  const total = dataset.anggaran.total;
  const serapan = total.serapan === null ? '' : ` atau ${formatPersenTanda(total.serapan)} dari pagu`;
  return (
    `Untuk mencapai sasaran strategis tahun ${dataset.tahun}, pagu anggaran DIPA sebesar ${formatRupiah(total.pagu)} ` +
    `terealisasi sebesar ${formatRupiah(total.realisasi)}${serapan}, dengan sisa anggaran ` +
    `${formatRupiah(total.sisa)}. Rincian per program dan kegiatan disajikan pada tabel dan gambar berikut.`
  );
}
