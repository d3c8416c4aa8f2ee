/**
 * T7, efficiency of the resources used (primer §3 item 6), with the configured formula printed next to it:
 * `selisih` = capaian − serapan, `rasio` = capaian ÷ serapan. The budget of an indicator is what the divisions tied
 * to it through `Anggaran → Kode IKU`; the sasaran's row is the merge stage's figure, over the indicators whose
 * capaian is in the mean (an indicator left out of the mean leaves its budget out too).
 */
import type { Config, KategoriBand } from '../../schemas/config.ts';
import type { IndikatorData, SasaranData } from '../../schemas/dataset.ts';
import { efisiensi } from '../merge/merge-dataset.ts';
import { daftarKata, formatAman, formatRupiah, formatUang } from '../format.ts';
import { DESIMAL_PERSEN, formatCapaian, formatSerapan } from './format-nilai.ts';
import { capaianTeks, statusTeks } from './view-capaian.ts';
import type { EfisiensiRow } from './view-types-bab.ts';

type Rumus = Config['kebijakan']['efisiensi'];

/** The formula and how to read it, as printed under T7 and in Lampiran 3. */
export function rumusEfisiensi(rumus: Rumus): string {
  return rumus === 'selisih'
    ? 'Efisiensi = capaian kinerja (%) − serapan anggaran (%). Nilai 0 atau lebih berarti efisien: capaian ' +
        'kinerja paling tidak sebanding dengan bagian anggaran yang digunakan.'
    : 'Efisiensi = capaian kinerja (%) ÷ serapan anggaran (%). Nilai 1 atau lebih berarti efisien: capaian ' +
        'kinerja paling tidak sebanding dengan bagian anggaran yang digunakan.';
}

const ambang = (rumus: Rumus): number => (rumus === 'selisih' ? 0 : 1);

/** `Efisien`, `Tidak efisien`, or why it cannot be said. */
export function verdict(e: number | null, rumus: Rumus): string {
  if (e === null) return 'Tidak dapat dihitung';
  return e >= ambang(rumus) ? 'Efisien' : 'Tidak efisien';
}

/** Two decimals, never printed on the efficient/inefficient boundary unless on it; `selisih` shows its sign. */
export function formatEfisiensi(e: number | null, rumus: Rumus): string {
  if (e === null) return '–';
  const teks = formatAman(e, DESIMAL_PERSEN, [ambang(rumus)]);
  return rumus === 'selisih' && e > 0 ? `+${teks}` : teks;
}

const persenPagu = (bagian: number, dari: number): string => (dari > 0 ? formatSerapan((bagian / dari) * 100) : '–');

function row(i: IndikatorData, rumus: Rumus, skala: readonly KategoriBand[]): EfisiensiRow {
  const { pagu, realisasi } = i.anggaran;
  const serapan = pagu > 0 ? (realisasi / pagu) * 100 : null;
  const c = i.capaian;
  const e = c.status === 'terhitung' ? efisiensi(c.nilai, serapan, rumus) : null;
  let keterangan = pagu > 0 ? verdict(e, rumus) : 'Tidak ada anggaran yang ditautkan';
  if (c.status !== 'terhitung') keterangan = `Tidak ikut dihitung: capaian ${statusTeks(c)}`;
  return {
    kelas: '',
    kode: i.kode,
    nama: `${i.kode} ${i.nama}`,
    capaian: capaianTeks(c, skala),
    pagu: pagu > 0 ? formatUang(pagu) : '–',
    realisasi: pagu > 0 ? formatUang(realisasi) : '–',
    serapan: serapan === null ? '–' : formatSerapan(serapan),
    efisiensi: formatEfisiensi(e, rumus),
    verdict: keterangan,
  };
}

function totalRow(s: SasaranData, rumus: Rumus, skala: readonly KategoriBand[]): EfisiensiRow {
  const { pagu, realisasi, serapan, nilai } = s.efisiensi;
  return {
    kelas: 'rata-rata',
    kode: '',
    nama: 'Sasaran strategis: rata-rata capaian; anggaran indikator yang capaiannya terhitung',
    capaian: capaianTeks(s.capaian, skala, false),
    pagu: pagu > 0 ? formatUang(pagu) : '–',
    realisasi: pagu > 0 ? formatUang(realisasi) : '–',
    serapan: serapan === null ? '–' : formatSerapan(serapan),
    efisiensi: formatEfisiensi(nilai, rumus),
    verdict: pagu > 0 ? verdict(nilai, rumus) : 'Tidak ada anggaran yang ditautkan',
  };
}

/** T7: one row per indicator, and the sasaran's row. */
export function efisiensiRows(
  s: SasaranData,
  rumus: Rumus,
  skala: readonly KategoriBand[] = [],
): { baris: EfisiensiRow[]; total: EfisiensiRow } {
  return { baris: s.indikator.map((i) => row(i, rumus, skala)), total: totalRow(s, rumus, skala) };
}

/**
 * The sentences above T7: which share of the satker's pagu the table covers (only lines tagged with a Kode IKU),
 * which indicators' budget is left out and why, and the result.
 */
export function ringkasanEfisiensi(
  s: SasaranData,
  rumus: Rumus,
  dasar: { pagu: number; nama: string },
  skala: readonly KategoriBand[] = [],
): string {
  const { pagu, realisasi, serapan } = s.anggaran;
  if (pagu === 0) {
    return (
      'Belum ada baris anggaran yang ditautkan ke indikator sasaran ini (kolom Kode IKU pada lembar Anggaran), ' +
      'sehingga efisiensinya belum dapat dihitung.'
    );
  }
  const cakupan =
    `Anggaran yang ditautkan ke indikator sasaran ini (baris anggaran yang diberi Kode IKU) berpagu ` +
    `${formatRupiah(pagu)} atau ${persenPagu(pagu, dasar.pagu)}% dari ${dasar.nama} ${formatRupiah(dasar.pagu)}, dengan ` +
    `realisasi ${formatRupiah(realisasi)}${serapan === null ? '' : ` (serapan ${formatSerapan(serapan)}%)`}.`;
  const keluar = s.indikator.filter((i) => i.capaian.status !== 'terhitung' && i.anggaran.pagu > 0);
  const tanpa =
    keluar.length === 0
      ? ''
      : ` Anggaran ${daftarKata(keluar.map((i) => `${i.kode} (${formatRupiah(i.anggaran.pagu)})`))} tidak ikut dihitung ` +
        'karena capaiannya tidak ikut dirata-ratakan.';
  const e = s.efisiensi;
  const hasil =
    e.nilai === null || s.capaian.status !== 'terhitung'
      ? ' Efisiensi sasaran ini belum dapat dihitung.'
      : ` Dengan rata-rata capaian ${formatCapaian(s.capaian.nilai, skala)}% dan serapan ` +
        `${e.serapan === null ? '–' : formatSerapan(e.serapan)}%, nilai efisiensi sasaran ini ` +
        `${formatEfisiensi(e.nilai, rumus)}: ${verdict(e.nilai, rumus).toLowerCase()}.`;
  return `${cakupan}${tanpa}${hasil}`;
}
