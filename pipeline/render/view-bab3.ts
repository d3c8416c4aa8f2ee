/** View model of BAB III Akuntabilitas Kinerja: A, capaian per sasaran with the policy and charts; B, T8. */
import type { Config } from '../../schemas/config.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Reference } from '../../schemas/reference.ts';
import { chartCapaian } from './charts/chart-capaian.ts';
import { chartSerapan } from './charts/chart-serapan.ts';
import { chartTren } from './charts/chart-tren.ts';
import { BATAS_SUMBU } from './charts/sumbu-capaian.ts';
import { hurufBagian, type Daftar } from './daftar.ts';
import { formatAngka } from '../format.ts';
import { capaianCell, catatanKategoriMentah, legendaKategori, rataRataSasaran } from './view-capaian.ts';
import { dasarEfisiensi, kebijakanTeks } from './view-kebijakan.ts';
import { realisasiAnggaranView } from './view-realisasi-anggaran.ts';
import { sasaranSection } from './view-sasaran.ts';
import type { ReportView } from './view-types-bab.ts';
import type { GambarView } from './view-types.ts';

/** What the `*` and a cut bar mean, under each capaian chart. */
function keteranganGrafik(config: Config): string {
  return config.kebijakan.batasCapaian100
    ? ' Label bertanda * adalah capaian di atas 100% yang dicantumkan sebagai 100% (nilai sebelum dibatasi ada di bawah tabel capaian).'
    : ` Batang yang melampaui ${formatAngka(BATAS_SUMBU)}% dipotong pada batas sumbu, diberi warna lain dan label nilai sebenarnya.`;
}

/**
 * Charts already drawn from a dataset, by figure id, title and category scale: a report printed in two passes (its
 * page numbers known only after the first) is rendered twice from one dataset, and drawing its three charts is
 * ≈ ⅔ of a render's view (≈ 0,1 CPU-s measured on the sample). A changed dataset is a new object, with no entries.
 */
const drawn = new WeakMap<Dataset, Map<string, string>>();

function gambar(
  daftar: Daftar,
  teks: string,
  keterangan: string,
  chart: { dataset: Dataset; skala?: unknown; draw: (id: string, label: string) => string },
): GambarView {
  const judul = daftar.gambar('3', teks);
  const label = `${judul.nomor} ${teks}`;
  const charts = drawn.get(chart.dataset) ?? new Map<string, string>();
  drawn.set(chart.dataset, charts);
  const key = JSON.stringify([judul.id, label, chart.skala ?? null]);
  const svg = charts.get(key) ?? chart.draw(judul.id, label);
  charts.set(key, svg);
  return { judul, svg, keterangan };
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
    gambar(
      daftar,
      `Capaian Indikator Kinerja Utama terhadap Target Tahun ${tahun}`,
      'Target setiap indikator setara dengan capaian 100%; batang di bawah garis target menandai indikator yang ' +
        'belum mencapai target. Indikator tanpa batang diberi label "belum diisi" atau "tidak dapat dihitung"; ' +
        `alasannya tercantum pada tabel capaian sasarannya.${keteranganGrafik(config)}`,
      { dataset, skala, draw: (id, label) => chartCapaian(id, label, dataset, skala) },
    ),
    gambar(
      daftar,
      `Perbandingan Capaian Indikator Kinerja Utama Tahun ${tahunRiwayat[0]}–${tahun}`,
      'Tahun tanpa batang diberi label "belum diisi" (realisasinya tidak tersedia) atau "tidak dapat dihitung"; ' +
        'alasannya tercantum di bawah tabel perbandingan tahun-tahun sebelumnya pada setiap sasaran.' +
        keteranganGrafik(config),
      { dataset, skala, draw: (id, label) => chartTren(id, label, dataset, skala) },
    ),
  ];
  const ctx = {
    tahun,
    renstraAwal: renstra.periode.awal,
    renstraAkhir: renstra.periode.akhir,
    config,
    daftar,
    dasarEfisiensi: dasarEfisiensi(dataset, config),
  };
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
        [
          ...dataset.sasaran.map((s, i) => ({ label: `Sasaran ${i + 1}`, capaian: s.capaian })),
          { label: 'keseluruhan', capaian: dataset.capaianKeseluruhan },
        ],
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
  const gambarB = () =>
    gambar(
      daftar,
      `Serapan Anggaran per Program dan Kegiatan Tahun ${dataset.tahun}`,
      'Batang gelap adalah program, batang terang kegiatan di bawahnya; garis putus-putus adalah serapan satker secara keseluruhan.',
      { dataset, draw: (id, label) => chartSerapan(id, label, dataset) },
    );
  return { judul, pengantar, a, b: realisasiAnggaranView(dataset, daftar, { judul: judulB, gambar: gambarB }) };
}
