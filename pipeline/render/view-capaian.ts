/** View model of the capaian tables (T1, T3): how each indicator's numbers and capaian status are worded. */
import type { CapaianResult, IndikatorData, SasaranData } from '../../schemas/dataset.ts';
import { formatAngka, formatPersen, formatTarget } from '../format.ts';
import type { CapaianCell, IndikatorRow, KepalaBaris, Kelompok, LegendaRow } from './view-types.ts';

/** Marker after a capped capaian; the note under the table explains it. */
export const TANDA_BATAS = '*';

/** The note under a table that shows capped capaian. */
export const CATATAN_BATAS =
  `${TANDA_BATAS}) Capaian dibatasi paling tinggi 100 sesuai kebijakan laporan; ` +
  'nilai sebelum dibatasi tercantum pada analisis indikator.';

/** True when the table shows 100 but the indicator did better. */
export const isCapped = (c: CapaianResult): boolean => c.status === 'terhitung' && c.nilaiMentah > c.nilai;

/** The cells of one capaian: number and category, or one merged cell saying why there is no number. */
export function capaianCell(c: CapaianResult): CapaianCell {
  switch (c.status) {
    case 'terhitung':
      return {
        terhitung: true,
        teks: formatPersen(c.nilai) + (isCapped(c) ? TANDA_BATAS : ''),
        kategori: c.kategori,
        alasan: '',
        kelas: 'capaian-terhitung',
      };
    case 'tidak-dapat-dihitung':
      return { terhitung: false, teks: 'tidak dapat dihitung', kategori: '', alasan: c.alasan, kelas: 'capaian-tdd' };
    case 'belum-diisi':
      return { terhitung: false, teks: 'belum diisi', kategori: '', alasan: c.alasan, kelas: 'capaian-kosong' };
  }
}

/** One indicator as a table row. An empty realisasi shows a dash; the capaian cell says "belum diisi". */
export function indikatorRow(ind: IndikatorData): IndikatorRow {
  return {
    kode: ind.kode,
    nama: ind.nama,
    satuan: ind.satuan,
    target: formatTarget(ind.target),
    realisasi: ind.realisasi === null ? '–' : formatAngka(ind.realisasi),
    capaian: capaianCell(ind.capaian),
  };
}

/**
 * Groups of at most this many rows are kept on one page and share rowspanned No and Sasaran cells. Larger ones
 * may break across pages; their later rows then say which sasaran they continue (`KepalaBaris.lanjutan`).
 */
export const MAKS_BARIS_UTUH = 4;

/**
 * Rows grouped by sasaran, numbered in order, for tables with No and Sasaran columns (T1, PK, Renstra, Rencana
 * Aksi). Sasaran without rows are left out; numbering follows the sasaran's place in the list.
 */
export function kelompokSasaran<T, R extends object>(
  sasaran: readonly { nama: string; items: readonly T[] }[],
  row: (item: T) => R,
): Kelompok<R>[] {
  return sasaran.flatMap((s, i) => {
    if (s.items.length === 0) return [];
    const utuh = s.items.length <= MAKS_BARIS_UTUH;
    const no = String(i + 1);
    const baris = s.items.map((item, j) => {
      const kepala: KepalaBaris = {
        pertama: j === 0,
        no: j === 0 ? no : '',
        sasaran: j === 0 ? s.nama : '',
        rowspan: utuh ? String(s.items.length) : '1',
        tertutup: utuh && j > 0,
        lanjutan: j === 0 || utuh ? '' : `(lanjutan) ${no}. ${s.nama}`,
      };
      return { ...row(item), kepala };
    });
    return [{ utuh, baris }];
  });
}

/** T1: every indicator of every sasaran, grouped. */
export function t1Groups(sasaran: readonly SasaranData[]): Kelompok<IndikatorRow>[] {
  return kelompokSasaran(
    sasaran.map((s) => ({ nama: s.nama, items: s.indikator })),
    indikatorRow,
  );
}

/** The mean capaian of a sasaran, shaped like an indicator's capaian cell (the last row of T3). */
export function rataRataSasaran(s: SasaranData): CapaianCell {
  if (s.capaian === null) {
    return {
      terhitung: false,
      teks: 'tidak dapat dihitung',
      kategori: '',
      alasan: 'Belum ada indikator yang capaiannya dapat dihitung.',
      kelas: 'capaian-tdd',
    };
  }
  return { terhitung: true, teks: formatPersen(s.capaian), kategori: s.kategori ?? '–', alasan: '', kelas: 'capaian-terhitung' };
}

/**
 * The category scale as a legend, highest band first: `85 ke atas`, `70 s.d. kurang dari 85`, `kurang dari 55`.
 * The lowest band reads "kurang dari …" whether or not it has a `min`: the merge gives its label to every value
 * below the next band (a floor, not a gap).
 */
export function legendaKategori(skala: readonly { min?: number | undefined; label: string }[]): LegendaRow[] {
  const floor = (b: { min?: number | undefined }): number => b.min ?? -Infinity;
  const sorted = [...skala].sort((a, b) => floor(b) - floor(a));
  return sorted.map((band, i) => {
    const above = sorted[i - 1];
    const isLowest = i === sorted.length - 1;
    let rentang: string;
    if (!above) rentang = band.min === undefined || isLowest ? 'semua nilai' : `${formatAngka(band.min)} ke atas`;
    else if (isLowest || band.min === undefined) rentang = `kurang dari ${formatAngka(floor(above))}`;
    else rentang = `${formatAngka(band.min)} s.d. kurang dari ${formatAngka(floor(above))}`;
    return { rentang, label: band.label };
  });
}

/** The capped-capaian note when any of these indicators is capped, else `''`. */
export function catatanBatas(indikator: readonly IndikatorData[]): string {
  return indikator.some((i) => isCapped(i.capaian)) ? CATATAN_BATAS : '';
}
