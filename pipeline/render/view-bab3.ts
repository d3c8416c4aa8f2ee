/** View model of BAB III Akuntabilitas Kinerja: A, capaian per sasaran with the policy and charts; B, T8. */
import type { Config } from '../../schemas/config.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Reference } from '../../schemas/reference.ts';
import { rumusText } from '../merge/compute-capaian.ts';
import { chartCapaian } from './charts/chart-capaian.ts';
import { chartSerapan } from './charts/chart-serapan.ts';
import { chartTren } from './charts/chart-tren.ts';
import { hurufBagian, type Daftar } from './daftar.ts';
import { formatAngka } from '../format.ts';
import { capaianCell, legendaKategori, rataRataSasaran } from './view-capaian.ts';
import { rumusEfisiensi } from './view-efisiensi.ts';
import { realisasiAnggaranView } from './view-realisasi-anggaran.ts';
import { sasaranSection } from './view-sasaran.ts';
import type { ReportView } from './view-types-bab.ts';
import type { GambarView } from './view-types.ts';

/** The measurement policy of this report in sentences (primer §4): cap, formulas, aggregation, efficiency. */
export function kebijakanTeks(config: Config, dataset: Dataset): string[] {
  const k = config.kebijakan;
  const turun = dataset.sasaran.flatMap((s) => s.indikator).filter((i) => i.arah === 'turun');
  const perIndikator = turun.map((i) => `${i.kode}: ${rumusText(i.rumus)}`).join('; ');
  return [
    `Indikator yang semakin tinggi semakin baik: ${rumusText('R/T')}.`,
    `Indikator yang semakin rendah semakin baik: rumus bawaan ${rumusText(k.rumusTurunDefault)}, kecuali ` +
      `indikator menetapkan rumusnya sendiri` +
      (turun.length > 0 ? `; dalam laporan ini ${perIndikator}` : '') +
      `. Bila target dan realisasinya sama-sama 0, capaiannya ${formatAngka(k.capaianNolNolTurun)}%. ` +
      'Rumus setiap indikator terdapat pada Lampiran 3.',
    k.batasCapaian100
      ? 'Capaian di atas 100% dicantumkan sebagai 100% dalam tabel (ditandai *); nilai sebenarnya disebutkan pada ' +
        'analisis indikator.'
      : 'Capaian tidak dibatasi: capaian di atas 100% dicantumkan apa adanya.',
    'Capaian sasaran strategis adalah rata-rata capaian indikatornya, dan capaian keseluruhan adalah rata-rata ' +
      'capaian sasaran strategis. Indikator yang capaiannya tidak dapat dihitung atau belum diisi tidak ikut dirata-ratakan.',
    rumusEfisiensi(k.efisiensi),
  ];
}

function gambar(daftar: Daftar, teks: string, keterangan: string, draw: (id: string, label: string) => string): GambarView {
  const judul = daftar.gambar('3', teks);
  return { judul, svg: draw(judul.id, `${judul.nomor} ${teks}`), keterangan };
}

/** Section A: the policy, the summary per sasaran (with the overall capaian), two charts, then each sasaran. */
function capaianOrganisasi(reference: Reference, dataset: Dataset, daftar: Daftar): ReportView['bab3']['a'] {
  const { config, renstra } = reference;
  const tahun = dataset.tahun;
  const judul = daftar.judul('bab-3-a', hurufBagian(0), 'Capaian Kinerja Organisasi', 2);
  const ringkasan = {
    judul: daftar.tabel('3', `Capaian Kinerja per Sasaran Strategis Tahun ${tahun}`),
    baris: dataset.sasaran.map((s, i) => ({
      no: String(i + 1),
      nama: s.nama,
      jumlah: String(s.indikator.length),
      capaian: rataRataSasaran(s),
    })),
  };
  const keseluruhan =
    dataset.capaianKeseluruhan === null
      ? capaianCell({ status: 'tidak-dapat-dihitung', alasan: 'Belum ada sasaran yang capaiannya dapat dihitung.' })
      : capaianCell({ status: 'terhitung', nilai: dataset.capaianKeseluruhan, nilaiMentah: dataset.capaianKeseluruhan, kategori: dataset.kategoriKeseluruhan ?? '–' });
  const tahunRiwayat = dataset.sasaran.flatMap((s) => s.indikator)[0]?.riwayat.map((r) => r.tahun) ?? [tahun];
  const gambarList = [
    gambar(daftar, `Capaian Indikator Kinerja Utama terhadap Target Tahun ${tahun}`,
      'Target setiap indikator setara dengan capaian 100%; batang di bawah garis target menandai indikator yang belum mencapai target.',
      (id, label) => chartCapaian(id, label, dataset)),
    gambar(daftar, `Perbandingan Capaian Indikator Kinerja Utama Tahun ${tahunRiwayat[0]}–${tahun}`,
      'Tahun tanpa batang berarti realisasi tahun itu tidak tersedia atau capaiannya tidak dapat dihitung.',
      (id, label) => chartTren(id, label, dataset)),
  ];
  const ctx = { tahun, renstraAwal: renstra.periode.awal, renstraAkhir: renstra.periode.akhir, config, daftar };
  return {
    judul,
    paragraf: [
      `Pengukuran kinerja membandingkan realisasi setiap indikator kinerja dengan target Perjanjian Kinerja ` +
        `Tahun ${tahun}. Kebijakan pengukuran yang dipakai dalam laporan ini adalah sebagai berikut.`,
    ],
    kebijakan: kebijakanTeks(config, dataset),
    legenda: legendaKategori(config.kebijakan.skalaKategori),
    ringkasan: { ...ringkasan, keseluruhan },
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
