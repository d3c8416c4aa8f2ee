/** View model of BAB III Akuntabilitas Kinerja: A, capaian per sasaran with the policy and charts; B, T8. */
import type { Config } from '../../schemas/config.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Reference } from '../../schemas/reference.ts';
import { CAPAIAN_MAKS_TURUN, rumusText } from '../merge/compute-capaian.ts';
import { chartCapaian } from './charts/chart-capaian.ts';
import { chartSerapan } from './charts/chart-serapan.ts';
import { chartTren } from './charts/chart-tren.ts';
import { BATAS_SUMBU } from './charts/sumbu-capaian.ts';
import { hurufBagian, type Daftar } from './daftar.ts';
import { daftarKata, formatAngka, formatRupiah } from '../format.ts';
import { formatSerapan } from './format-nilai.ts';
import { capaianCell, catatanKategoriMentah, legendaKategori, rataRataSasaran } from './view-capaian.ts';
import { rumusEfisiensi } from './view-efisiensi.ts';
import { realisasiAnggaranView } from './view-realisasi-anggaran.ts';
import { sasaranSection } from './view-sasaran.ts';
import type { ReportView } from './view-types-bab.ts';
import type { GambarView } from './view-types.ts';

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
 * counts (`kebijakan.efisiensiSumberDana`, every source by default), recovered from the merge's share so it is the
 * same base as the consistency check's.
 */
export function dasarEfisiensi(dataset: Dataset, config: Config): { pagu: number; nama: string } {
  const { terkaitIku, total, sumberDana } = dataset.anggaran;
  const pagu = terkaitIku.persenPagu && terkaitIku.pagu > 0 ? (terkaitIku.pagu * 100) / terkaitIku.persenPagu : total.pagu;
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

/** What the `*` and a cut bar mean, under each capaian chart. */
function keteranganGrafik(config: Config): string {
  return config.kebijakan.batasCapaian100
    ? ' Label bertanda * adalah capaian di atas 100% yang dicantumkan sebagai 100% (nilai sebelum dibatasi ada di bawah tabel capaian).'
    : ` Batang yang melampaui ${formatAngka(BATAS_SUMBU)}% dipotong pada batas sumbu, diberi warna lain dan label nilai sebenarnya.`;
}

function gambar(daftar: Daftar, teks: string, keterangan: string, draw: (id: string, label: string) => string): GambarView {
  const judul = daftar.gambar('3', teks);
  return { judul, svg: draw(judul.id, `${judul.nomor} ${teks}`), keterangan };
}

/** Section A: the policy, the summary per sasaran (with the overall capaian), two charts, then each sasaran. */
function capaianOrganisasi(reference: Reference, dataset: Dataset, daftar: Daftar): ReportView['bab3']['a'] {
  const { config, renstra } = reference;
  const tahun = dataset.tahun;
  const skala = config.kebijakan.skalaKategori;
  const judul = daftar.judul('bab-3-a', hurufBagian(0), 'Capaian Kinerja Organisasi', 2);
  const ringkasan = {
    judul: daftar.tabel('3', `Capaian Kinerja per Sasaran Strategis Tahun ${tahun}`),
    baris: dataset.sasaran.map((s, i) => ({
      no: String(i + 1),
      nama: s.nama,
      jumlah: String(s.indikator.length),
      capaian: rataRataSasaran(s, skala),
    })),
  };
  const keseluruhan = capaianCell(dataset.capaianKeseluruhan, skala, false);
  const tahunRiwayat = dataset.sasaran.flatMap((s) => s.indikator)[0]?.riwayat.map((r) => r.tahun) ?? [tahun];
  const gambarList = [
    gambar(daftar, `Capaian Indikator Kinerja Utama terhadap Target Tahun ${tahun}`,
      'Target setiap indikator setara dengan capaian 100%; batang di bawah garis target menandai indikator yang ' +
        `belum mencapai target.${keteranganGrafik(config)}`,
      (id, label) => chartCapaian(id, label, dataset, skala)),
    gambar(daftar, `Perbandingan Capaian Indikator Kinerja Utama Tahun ${tahunRiwayat[0]}–${tahun}`,
      'Tahun tanpa batang diberi label "belum diisi" (realisasinya tidak tersedia) atau "tidak dapat dihitung".' +
        keteranganGrafik(config),
      (id, label) => chartTren(id, label, dataset, skala)),
  ];
  const ctx = { tahun, renstraAwal: renstra.periode.awal, renstraAkhir: renstra.periode.akhir, config, daftar, dasarEfisiensi: dasarEfisiensi(dataset, config) };
  return {
    judul,
    paragraf: [
      `Pengukuran kinerja membandingkan realisasi setiap indikator kinerja dengan target Perjanjian Kinerja ` +
        `Tahun ${tahun}. Kebijakan pengukuran yang dipakai dalam laporan ini adalah sebagai berikut.`,
    ],
    kebijakan: kebijakanTeks(config, dataset),
    legenda: legendaKategori(config.kebijakan.skalaKategori),
    ringkasan: {
      ...ringkasan,
      keseluruhan,
      catatan: catatanKategoriMentah(
        [...dataset.sasaran.map((s, i) => ({ label: `Sasaran ${i + 1}`, capaian: s.capaian })), { label: 'keseluruhan', capaian: dataset.capaianKeseluruhan }],
        config.kebijakan.kategoriDari,
      ),
    },
    gambar: gambarList,
    sasaran: dataset.sasaran.map((s, i) => sasaranSection(s, i, ctx)),
  };
}

/** BAB III. */
export function bab3View(reference: Reference, dataset: Dataset, daftar: Daftar): ReportView['bab3'] {
  const judul = daftar.judul('bab-3', 'BAB III', 'AKUNTABILITAS KINERJA', 1);
  const pengantar = [
    `Bab ini menyajikan capaian kinerja organisasi untuk setiap sasaran strategis yang ditetapkan dalam ` +
      `Perjanjian Kinerja Tahun ${dataset.tahun}, beserta analisisnya, dan realisasi anggaran yang digunakan ` +
      `untuk mencapainya.`,
  ];
  const a = capaianOrganisasi(reference, dataset, daftar);
  const judulB = daftar.judul('bab-3-b', hurufBagian(1), 'Realisasi Anggaran', 2);
  const gambarB = () => gambar(daftar, `Serapan Anggaran per Program dan Kegiatan Tahun ${dataset.tahun}`,
    'Batang gelap adalah program, batang terang kegiatan di bawahnya; garis putus-putus adalah serapan satker secara keseluruhan.',
    (id, label) => chartSerapan(id, label, dataset));
  return { judul, pengantar, a, b: realisasiAnggaranView(dataset, daftar, { judul: judulB, gambar: gambarB }) };
}
