/**
 * The measurement policy as the report states it (Bab III A and Lampiran 3): formulas, cap, category, means,
 * rounding, efficiency and the share of the budget the efficiency tables cover.
 */
import type { Config } from '../../schemas/config.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { CAPAIAN_MAKS_TURUN, rumusText } from '../merge/compute-capaian.ts';
import { daftarKata, formatAngka, formatRupiah } from '../format.ts';
import { formatSerapan } from './format-nilai.ts';
import { rumusEfisiensi } from './view-efisiensi.ts';

/** The measurement policy of this report in sentences (primer §4): cap, category, formulas, means, efficiency. */
export function kebijakanTeks(config: Config, dataset: Dataset): string[] {
  const k = config.kebijakan;
  const turun = dataset.sasaran.flatMap((s) => s.indikator).filter((i) => i.arah === 'turun');
  const perIndikator = turun.map((i) => `${i.kode}: ${rumusText(i.rumus)}`).join('; ');
  return [
    `Indikator yang semakin tinggi semakin baik: ${rumusText('R/T')}.`,
    `Indikator yang semakin rendah semakin baik: rumus bawaan ${rumusText(k.rumusTurunDefault)}, kecuali ` +
      `indikator menetapkan rumusnya sendiri` +
      (turun.length > 0 ? `; dalam laporan ini ${perIndikator}` : '') +
      `. Kedua rumus memberi 100% bila realisasi sama dengan target dan ${CAPAIAN_MAKS_TURUN}% bila realisasi 0. ` +
      `Bila target dan realisasinya sama-sama 0, capaiannya ${formatAngka(k.capaianNolNolTurun)}%. ` +
      'Rumus setiap indikator terdapat pada Lampiran 3.',
    k.batasCapaian100
      ? 'Capaian di atas 100% dicantumkan sebagai 100% dalam tabel dan grafik (ditandai *); nilai sebelum dibatasi ' +
        'disebutkan di bawah tabel dan pada analisis indikator.'
      : 'Capaian tidak dibatasi: capaian di atas 100% dicantumkan apa adanya.',
    k.kategoriDari === 'mentah' && k.batasCapaian100
      ? 'Kategori capaian ditentukan dari nilai capaian sebelum dibatasi.'
      : 'Kategori capaian ditentukan dari nilai capaian yang dicantumkan dalam tabel.',
    'Capaian sasaran strategis adalah rata-rata capaian indikatornya (nilai yang dicantumkan dalam tabel), dan ' +
      'capaian keseluruhan adalah rata-rata capaian sasaran strategis. Indikator yang capaiannya tidak dapat ' +
      'dihitung atau belum diisi tidak ikut dirata-ratakan; sasaran yang belum memiliki capaian sama sekali ' +
      'disebut "belum diisi" bila ada indikatornya yang belum diisi, selain itu "tidak dapat dihitung".',
    'Angka tidak pernah dibulatkan hingga tampak sama dengan target, 100% atau batas kategori bila sebenarnya ' +
      'berbeda, dan angka bukan nol tidak pernah tampak 0: pembulatan seperti itu diarahkan menjauhi batasnya ' +
      '(99,996 ditulis 99,99, bukan 100,00).',
    rumusEfisiensi(k.efisiensi),
    cakupanEfisiensi(dataset, config),
  ];
}

/**
 * The pagu the efficiency tables are measured against, and its name: the budget lines of the sources the policy
 * counts (`kebijakan.efisiensiSumberDana`, every source by default), as the merge summed it, so it is the same
 * base as the consistency check's.
 */
export function dasarEfisiensi(dataset: Dataset, config: Config): { pagu: number; nama: string } {
  const { terkaitIku, sumberDana } = dataset.anggaran;
  const pagu = terkaitIku.paguDasar;
  const pilihan = config.kebijakan.efisiensiSumberDana;
  const sumber = sumberDana.filter((s) => !pilihan || pilihan.includes(s.kode)).map((s) => s.nama);
  return { pagu, nama: sumber.length > 1 ? `pagu ${daftarKata(sumber)}` : 'pagu satker' };
}

/** Which share of the budget the efficiency tables (T7) cover: only lines tagged with a Kode IKU. */
export function cakupanEfisiensi(dataset: Dataset, config: Config): string {
  const { terkaitIku } = dataset.anggaran;
  const dasar = dasarEfisiensi(dataset, config);
  const persen = terkaitIku.persenPagu === null ? '' : ` atau ${formatSerapan(terkaitIku.persenPagu)}%`;
  const tanpa = dataset.sasaran
    .flatMap((s) => s.indikator)
    .filter((i) => i.anggaran.pagu === 0)
    .map((i) => i.kode);
  return (
    `Tabel efisiensi hanya mencakup baris anggaran yang diberi Kode IKU: pagu ` +
    `${formatRupiah(terkaitIku.pagu)}${persen} dari ${dasar.nama} ${formatRupiah(dasar.pagu)}.` +
    (tanpa.length > 0 ? ` Indikator tanpa anggaran yang ditautkan: ${daftarKata(tanpa)}.` : '')
  );
}
