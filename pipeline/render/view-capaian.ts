/** View model of the capaian tables (T1, T3): how each indicator's numbers and capaian status are worded. */
import type { KategoriBand } from '../../schemas/config.ts';
import type { CapaianResult, IndikatorData, SasaranData } from '../../schemas/dataset.ts';
import { bandsDescending } from '../merge/compute-capaian.ts';
import { formatAngka } from '../format.ts';
import { formatCapaian, formatIndikator, formatTargetIndikator } from './format-nilai.ts';
import type { CapaianCell, IndikatorRow, KepalaBaris, Kelompok, LegendaRow } from './view-types.ts';

/** Marker after a capped capaian; the note under the table explains it. */
export const TANDA_BATAS = '*';

/** True when the table shows 100 but the indicator did better. */
export const isCapped = (c: CapaianResult): boolean => c.status === 'terhitung' && c.nilaiMentah > c.nilai;

/** The status of a capaian without a number, in the words every table, chart and sentence uses. */
export const statusTeks = (c: Exclude<CapaianResult, { status: 'terhitung' }>): string =>
  c.status === 'belum-diisi' ? 'belum diisi' : 'tidak dapat dihitung';

/** A capaian as one short text: `85,23`, `100,00*` (capped), `belum diisi`, `tidak dapat dihitung`. */
export function capaianTeks(c: CapaianResult, skala: readonly KategoriBand[] = [], tandai = true): string {
  if (c.status !== 'terhitung') return statusTeks(c);
  return formatCapaian(c.nilai, skala) + (tandai && isCapped(c) ? TANDA_BATAS : '');
}

/**
 * The cells of one capaian: number and category, or one merged cell saying why there is no number. `tandai: false`
 * for a mean (of capped values), which is not itself capped.
 */
export function capaianCell(c: CapaianResult, skala: readonly KategoriBand[] = [], tandai = true): CapaianCell {
  switch (c.status) {
    case 'terhitung':
      return {
        terhitung: true,
        teks: capaianTeks(c, skala, tandai),
        kategori: c.kategori,
        alasan: '',
        kelas: 'capaian-terhitung',
      };
    case 'tidak-dapat-dihitung':
      return { terhitung: false, teks: statusTeks(c), kategori: '', alasan: c.alasan, kelas: 'capaian-tdd' };
    case 'belum-diisi':
      return { terhitung: false, teks: statusTeks(c), kategori: '', alasan: c.alasan, kelas: 'capaian-kosong' };
  }
}

/** One indicator as a table row. An empty realisasi shows a dash; the capaian cell says "belum diisi". */
export function indikatorRow(ind: IndikatorData, skala: readonly KategoriBand[] = []): IndikatorRow {
  return {
    kode: ind.kode,
    nama: ind.nama,
    satuan: ind.satuan,
    target: formatTargetIndikator(ind),
    realisasi: ind.realisasi === null ? '–' : formatIndikator(ind).angka(ind.realisasi),
    capaian: capaianCell(ind.capaian, skala),
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
export function t1Groups(
  sasaran: readonly SasaranData[],
  skala: readonly KategoriBand[] = [],
): Kelompok<IndikatorRow>[] {
  return kelompokSasaran(
    sasaran.map((s) => ({ nama: s.nama, items: s.indikator })),
    (i) => indikatorRow(i, skala),
  );
}

/** The mean capaian of a sasaran, shaped like an indicator's capaian cell (T3.1, the last row of T3). */
export const rataRataSasaran = (s: SasaranData, skala: readonly KategoriBand[] = []): CapaianCell =>
  capaianCell(s.capaian, skala, false);

/**
 * The category scale as a legend, highest band first: `di atas 100`, `85 s.d. 100`, `70 s.d. kurang dari 85`,
 * `kurang dari 55`. The lowest band reads "kurang dari …" whether or not it has a bound: the merge gives its label to
 * every value below the next band (a floor, not a gap).
 */
export function legendaKategori(skala: readonly KategoriBand[]): LegendaRow[] {
  const sorted = bandsDescending(skala);
  return sorted.map((band, i) => ({
    rentang: rentang(band, sorted[i - 1], i === sorted.length - 1),
    label: band.label,
  }));
}

function rentang(band: KategoriBand, above: KategoriBand | undefined, isLowest: boolean): string {
  const from =
    band.lebihDari !== undefined
      ? `di atas ${formatAngka(band.lebihDari)}`
      : band.min !== undefined
        ? formatAngka(band.min)
        : null;
  if (!above)
    return from === null || isLowest ? 'semua nilai' : band.lebihDari !== undefined ? from : `${from} ke atas`;
  // The band ends where the next one starts: just below its `min`, or at (and including) its `lebihDari`.
  const to =
    above.lebihDari !== undefined ? formatAngka(above.lebihDari) : `kurang dari ${formatAngka(above.min ?? -Infinity)}`;
  if (isLowest || from === null) return above.lebihDari !== undefined ? `${to} atau kurang` : to;
  return `${from} s.d. ${to}`;
}

/** One capaian that a table prints, with the label its footnote names it by (`IKU-03`, `IKU-03 2023`). */
export interface CapaianBerlabel {
  label: string;
  capaian: CapaianResult;
}

/**
 * The note under a table that shows capped capaian, naming each one's value before the cap (`IKU-03 112,50`), or
 * `''` when none is capped.
 */
export function catatanBatas(
  items: readonly CapaianBerlabel[],
  kategoriDari: 'dibatasi' | 'mentah' = 'dibatasi',
): string {
  const capped = items.flatMap(({ label, capaian: c }) =>
    c.status === 'terhitung' && isCapped(c) ? [`${label} ${formatCapaian(c.nilaiMentah)}`] : [],
  );
  if (capped.length === 0) return '';
  const kategori = kategoriDari === 'mentah' ? ' Kategorinya ditentukan dari nilai sebelum dibatasi.' : '';
  return (
    `${TANDA_BATAS}) Capaian di atas 100 dicantumkan sebagai 100 sesuai kebijakan laporan. ` +
    `Nilai sebelum dibatasi: ${capped.join('; ')}.${kategori}`
  );
}

/**
 * With `kategoriDari: mentah`, the note under a table of means (T3.1, the mean row of T3) giving the raw mean each
 * category was read from, where it differs from the printed mean; `''` otherwise.
 */
export function catatanKategoriMentah(items: readonly CapaianBerlabel[], kategoriDari: 'dibatasi' | 'mentah'): string {
  if (kategoriDari !== 'mentah') return '';
  const beda = items.flatMap(({ label, capaian: c }) =>
    c.status === 'terhitung' && isCapped(c) ? [`${label} ${formatCapaian(c.nilaiMentah)}`] : [],
  );
  return beda.length === 0
    ? ''
    : `Kategori rata-rata ditentukan dari rata-rata capaian sebelum dibatasi: ${beda.join('; ')}.`;
}

/** `" (sebelum dibatasi 108,53%)"` after a mean whose category comes from its raw value, else `''`. */
export const mentahTeks = (c: CapaianResult, kategoriDari: 'dibatasi' | 'mentah'): string =>
  kategoriDari === 'mentah' && c.status === 'terhitung' && isCapped(c)
    ? ` (sebelum dibatasi ${formatCapaian(c.nilaiMentah)}%)`
    : '';

/** The indicators of a table as footnote items, labelled by their code. */
export const perIndikator = (indikator: readonly IndikatorData[]): CapaianBerlabel[] =>
  indikator.map((i) => ({ label: i.kode, capaian: i.capaian }));
