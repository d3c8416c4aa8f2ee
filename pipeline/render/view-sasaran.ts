/** Section A.n of BAB III: one sasaran strategis with all seven analyses of primer §3, items a–g. */
import type { Config } from '../../schemas/config.ts';
import type { SasaranData } from '../../schemas/dataset.ts';
import type { Daftar } from './daftar.ts';
import { formatCapaian } from './format-nilai.ts';
import { analisisView, pendukungView } from './view-analisis.ts';
import {
  catatanBatas,
  catatanKategoriMentah,
  indikatorRow,
  mentahTeks,
  perIndikator,
  rataRataSasaran,
  statusTeks,
} from './view-capaian.ts';
import { efisiensiRows, ringkasanEfisiensi, rumusEfisiensi } from './view-efisiensi.ts';
import {
  catatanTabel,
  renstraRow,
  riwayatBerlabel,
  riwayatRow,
  ringkasanRenstra,
  ringkasanRiwayat,
  standarView,
} from './view-perbandingan.ts';
import type { SasaranSection } from './view-types-bab.ts';

/** An IKU code as part of an HTML id: `IKU-01` → `iku-01`. */
const idAman = (kode: string): string => kode.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** What the section needs besides the sasaran. */
export interface SasaranContext {
  tahun: number;
  renstraAwal: number;
  renstraAkhir: number;
  config: Config;
  daftar: Daftar;
  /** The pagu T7 is measured against and its name: T7 says which share of it the table covers. */
  dasarEfisiensi: { pagu: number; nama: string };
}

/** The sentence above T3. */
function ringkasanCapaian(s: SasaranData, k: Config['kebijakan']): string {
  const c = s.capaian;
  const capaian =
    c.status === 'terhitung'
      ? `Rata-rata capaiannya ${formatCapaian(c.nilai, k.skalaKategori)}%${mentahTeks(c, k.kategoriDari)} dengan kategori ${c.kategori}.`
      : `Rata-rata capaiannya ${statusTeks(c)}: ${c.alasan}.`;
  return `Sasaran strategis ini diukur dengan ${s.indikator.length} indikator kinerja. ${capaian}`;
}

/** Section A.(n+1) for the n-th sasaran. */
export function sasaranSection(s: SasaranData, n: number, ctx: SasaranContext): SasaranSection {
  const { daftar, tahun, config } = ctx;
  const no = n + 1;
  const id = `bab-3-a-${no}`;
  const judul = daftar.judul(id, `${no}.`, `Sasaran Strategis: ${s.nama}`, 3);
  const sub = (huruf: string, teks: string) => daftar.subjudul(`${id}-${huruf}`, `${huruf}.`, teks);
  const nama = `Sasaran Strategis ${no}`;
  const tahunRiwayat = (s.indikator[0]?.riwayat ?? []).map((r) => String(r.tahun));
  const standar = standarView(s.indikator);
  const { skalaKategori: skala, kategoriDari } = config.kebijakan;
  const efisiensi = efisiensiRows(s, config.kebijakan.efisiensi, skala);
  return {
    judul,
    targetRealisasi: {
      judul: sub('a', `Target dan Realisasi Kinerja Tahun ${tahun}`),
      paragraf: [ringkasanCapaian(s, config.kebijakan)],
      tabel: {
        judul: daftar.tabel('3', `Target dan Realisasi Kinerja ${nama} Tahun ${tahun}`),
        baris: s.indikator.map((i) => indikatorRow(i, skala)),
      },
      rataRata: rataRataSasaran(s, skala),
      catatanBatas: [
        catatanBatas(perIndikator(s.indikator), kategoriDari),
        catatanKategoriMentah([{ label: 'sasaran', capaian: s.capaian }], kategoriDari),
      ]
        .filter((c) => c !== '')
        .join(' '),
    },
    riwayat: {
      judul: sub('b', 'Perbandingan dengan Tahun-Tahun Sebelumnya'),
      paragraf: [ringkasanRiwayat(s.indikator, tahun)],
      tahun: tahunRiwayat,
      tabel: {
        judul: daftar.tabel('3', `Realisasi dan Capaian ${nama} Tahun ${tahunRiwayat[0] ?? tahun}–${tahun}`),
        baris: s.indikator.map((i) => riwayatRow(i, skala)),
      },
      catatan: catatanTabel(riwayatBerlabel(s.indikator), kategoriDari),
    },
    renstra: {
      judul: sub('c', `Perbandingan dengan Target Jangka Menengah (Renstra ${ctx.renstraAwal}–${ctx.renstraAkhir})`),
      paragraf: [ringkasanRenstra(s.indikator, tahun, ctx.renstraAkhir)],
      tahunAkhir: String(ctx.renstraAkhir),
      tahunIni: String(tahun),
      tabel: {
        judul: daftar.tabel('3', `Capaian ${nama} terhadap Target Akhir Renstra`),
        baris: s.indikator.map((i) => renstraRow(i, skala)),
      },
      catatan: [
        catatanBatas(
          s.indikator.map((i) => ({ label: i.kode, capaian: i.renstra.capaian })),
          kategoriDari,
        ),
      ].filter((c) => c !== ''),
    },
    standar: {
      judul: sub('d', 'Perbandingan dengan Standar Nasional'),
      paragraf: [standar.paragraf],
      tabel:
        standar.baris.length === 0
          ? null
          : {
              judul: daftar.tabel('3', `Realisasi ${nama} dibandingkan dengan Standar Nasional`),
              baris: standar.baris,
            },
    },
    analisis: {
      judul: sub('e', 'Analisis Penyebab Keberhasilan atau Kegagalan dan Solusi'),
      paragraf: [],
      indikator: s.indikator.map((i) =>
        analisisView(i, daftar.subjudul(`${id}-e-${idAman(i.kode)}`, i.kode, i.nama), skala),
      ),
    },
    efisiensi: {
      judul: sub('f', 'Analisis Efisiensi Penggunaan Sumber Daya'),
      paragraf: [ringkasanEfisiensi(s, config.kebijakan.efisiensi, ctx.dasarEfisiensi, skala)],
      tabel: { judul: daftar.tabel('3', `Efisiensi Penggunaan Anggaran ${nama}`), baris: efisiensi.baris },
      total: efisiensi.total,
      catatan: [catatanBatas(perIndikator(s.indikator), kategoriDari)].filter((c) => c !== ''),
      rumus: rumusEfisiensi(config.kebijakan.efisiensi),
    },
    pendukung: {
      judul: sub('g', 'Program dan Kegiatan Pendukung'),
      paragraf: [],
      indikator: s.indikator.map(pendukungView),
    },
  };
}
