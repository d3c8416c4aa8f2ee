/**
 * T7, efficiency of the resources used (primer §3 item 6), with the configured formula printed next to it:
 * `selisih` = capaian − serapan, `rasio` = capaian ÷ serapan. The budget of an indicator is what the divisions tied
 * to it through `Anggaran → Kode IKU`; the sasaran's row is the merge stage's figure.
 */
import type { Config } from '../../schemas/config.ts';
import type { IndikatorData, SasaranData } from '../../schemas/dataset.ts';
import { efisiensi } from '../merge/merge-dataset.ts';
import { formatAngka, formatPersen, formatPersenTanda, formatRupiah, formatUang } from '../format.ts';
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

/** `Efisien`, `Tidak efisien`, or why it cannot be said. */
export function verdict(e: number | null, rumus: Rumus): string {
  if (e === null) return 'Tidak dapat dihitung';
  return e >= (rumus === 'selisih' ? 0 : 1) ? 'Efisien' : 'Tidak efisien';
}

const formatEfisiensi = (e: number | null, rumus: Rumus): string =>
  e === null ? '–' : rumus === 'selisih' && e > 0 ? `+${formatAngka(e, 2)}` : formatAngka(e, 2);

interface Angka {
  capaian: number | null;
  pagu: number;
  realisasi: number;
}

function row(nama: string, a: Angka, rumus: Rumus, kelas: EfisiensiRow['kelas'] = ''): EfisiensiRow {
  const serapan = a.pagu > 0 ? (a.realisasi / a.pagu) * 100 : null;
  const e = efisiensi(a.capaian, serapan, rumus);
  return {
    kelas,
    nama,
    capaian: a.capaian === null ? '–' : formatPersen(a.capaian),
    pagu: a.pagu > 0 ? formatUang(a.pagu) : '–',
    realisasi: a.pagu > 0 ? formatUang(a.realisasi) : '–',
    serapan: serapan === null ? '–' : formatPersen(serapan),
    efisiensi: formatEfisiensi(e, rumus),
    verdict: a.pagu > 0 ? verdict(e, rumus) : 'Tidak ada anggaran yang ditautkan',
  };
}

const capaianTabel = (i: IndikatorData): number | null => (i.capaian.status === 'terhitung' ? i.capaian.nilai : null);

/** T7: one row per indicator, and the sasaran's row. */
export function efisiensiRows(s: SasaranData, rumus: Rumus): { baris: EfisiensiRow[]; total: EfisiensiRow } {
  return {
    baris: s.indikator.map((i) => row(`${i.kode} ${i.nama}`, { capaian: capaianTabel(i), ...i.anggaran }, rumus)),
    total: row('Sasaran strategis (rata-rata capaian, jumlah anggaran)', { capaian: s.capaian, ...s.anggaran }, rumus, 'rata-rata'),
  };
}

/** The sentence above T7. */
export function ringkasanEfisiensi(s: SasaranData, rumus: Rumus): string {
  const { pagu, realisasi, serapan } = s.anggaran;
  if (pagu === 0) {
    return (
      'Belum ada baris anggaran yang ditautkan ke indikator sasaran ini (kolom Kode IKU pada lembar Anggaran), ' +
      'sehingga efisiensinya belum dapat dihitung.'
    );
  }
  const hasil =
    s.efisiensi === null || s.capaian === null
      ? 'Efisiensi sasaran ini belum dapat dihitung.'
      : `Dengan rata-rata capaian ${formatPersenTanda(s.capaian)}, nilai efisiensi sasaran ini ` +
        `${formatEfisiensi(s.efisiensi, rumus)}: ${verdict(s.efisiensi, rumus).toLowerCase()}.`;
  return (
    `Anggaran yang ditautkan ke indikator sasaran ini berpagu ${formatRupiah(pagu)} dengan realisasi ` +
    `${formatRupiah(realisasi)}${serapan === null ? '' : ` (serapan ${formatPersenTanda(serapan)})`}. ${hasil}`
  );
}
