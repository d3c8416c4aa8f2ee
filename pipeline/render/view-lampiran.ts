/**
 * View model of the Lampiran: 1 the Perjanjian Kinerja (statement in the KPU wording, T9, both signatures),
 * 2 the Rencana Aksi (quarterly targets and realisasi, printed on landscape pages), 3 the calculation methods.
 */
import type { Dataset, IndikatorData } from '../../schemas/dataset.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Daftar } from './daftar.ts';
import type { KategoriBand } from '../../schemas/config.ts';
import { formatIndikator, formatTargetIndikator } from './format-nilai.ts';
import { kebijakanTeks } from './view-kebijakan.ts';
import { capaianTeks, kelompokSasaran, legendaKategori, perIndikator } from './view-capaian.ts';
import { catatanTabel } from './view-perbandingan.ts';
import { tandaTanganView } from './view-halaman.ts';
import { metodeRow, REALISASI_TAHUNAN } from './view-metode.ts';
import { pkTabel, tanggalPk } from './view-pk.ts';
import type { RencanaAksiRow, ReportView } from './view-types-bab.ts';

/** The policy's pointer to Lampiran 3, left out where Lampiran 3 prints the policy itself. */
const RUJUKAN_LAMPIRAN_3 = / Rumus setiap indikator terdapat pada Lampiran 3\./;

/** The PK statement (research §3.1, the wording of real KPU PKs) with this satker's signatories. */
function pkView(
  reference: Reference,
  daftar: Daftar,
  dataset: Dataset,
  pindaian: number | null,
): ReportView['lampiran']['pk'] {
  const { config, iku } = reference;
  const { sekretaris, ketua } = config.penandatangan;
  return {
    judul: daftar.lampiran('lampiran-1', `PERJANJIAN KINERJA TAHUN ${iku.tahun}`),
    pindaian:
      pindaian === null
        ? null
        : {
            catatan: `Perjanjian Kinerja Tahun ${iku.tahun} yang telah ditandatangani dilampirkan sebagai pindaian pada ${pindaian} halaman berikut.`,
            halaman: Array.from({ length: pindaian }, (_, k) => String(k + 1)),
          },
    pembuka:
      'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi ' +
      'pada hasil, kami yang bertanda tangan di bawah ini:',
    pihak: [
      { nama: sekretaris.nama, jabatan: sekretaris.jabatan.toUpperCase(), peran: 'selanjutnya disebut pihak pertama.' },
      {
        nama: ketua.nama,
        jabatan: ketua.jabatan.toUpperCase(),
        peran: 'selaku atasan pihak pertama, selanjutnya disebut pihak kedua.',
      },
    ],
    janji: [
      'Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam ' +
        'rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. ' +
        'Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.',
      'Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja ' +
        'dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.',
    ],
    tempatTanggal: tanggalPk(reference),
    kelembagaan: config.satker,
    tahun: String(iku.tahun),
    tabel: pkTabel(reference, daftar, 'L', dataset),
    kiri: tandaTanganView(config, 'ketua', { tempatTanggal: '', sebutan: 'Pihak Kedua,' }),
    kanan: tandaTanganView(config, 'sekretaris', { tempatTanggal: '', sebutan: 'Pihak Pertama,' }),
  };
}

function rencanaAksiRow(i: IndikatorData, skala: readonly KategoriBand[]): RencanaAksiRow {
  const { angka } = formatIndikator(i);
  const tw = (xs: readonly (number | null)[]): string[] => xs.map((x) => (x === null ? '–' : angka(x)));
  return {
    kode: i.kode,
    nama: i.nama,
    satuan: i.satuan,
    target: formatTargetIndikator(i),
    targetTw: tw(i.targetTriwulan),
    realisasiTw: tw(i.realisasiTriwulan),
    realisasi: i.realisasi === null ? '–' : angka(i.realisasi),
    capaian: capaianTeks(i.capaian, skala),
    // Words instead of a number ("tidak dapat dihitung") wrap inside the narrow column instead of running over the next.
    kelasCapaian: i.capaian.status === 'terhitung' ? '' : 'capaian-kata',
    unit: i.namaUnit,
  };
}

/** Lampiran 1–3. */
export function lampiranView(
  reference: Reference,
  dataset: Dataset,
  daftar: Daftar,
  pkPindaian: number | null = null,
): ReportView['lampiran'] {
  const pk = pkView(reference, daftar, dataset, pkPindaian);
  const { skalaKategori: skala, kategoriDari } = reference.config.kebijakan;
  const rencanaAksi = {
    judul: daftar.lampiran('lampiran-2', `RENCANA AKSI TAHUN ${dataset.tahun}`),
    paragraf: [
      `Rencana Aksi menjabarkan target Perjanjian Kinerja Tahun ${dataset.tahun} ke dalam target triwulan ` +
        `(TW I–IV) dan mencatat realisasinya. Cara realisasi triwulan membentuk realisasi tahunan setiap ` +
        `indikator tercantum pada Lampiran 3.`,
    ],
    tabel: {
      judul: daftar.tabel('L', `Rencana Aksi dan Realisasi Triwulan Tahun ${dataset.tahun}`),
      baris: kelompokSasaran(
        dataset.sasaran.map((s) => ({ nama: s.nama, items: s.indikator })),
        (i) => rencanaAksiRow(i, skala),
      ),
    },
    catatan: catatanTabel(perIndikator(dataset.sasaran.flatMap((s) => s.indikator)), kategoriDari),
  };
  const metode = {
    judul: daftar.lampiran('lampiran-3', 'METODE PERHITUNGAN INDIKATOR KINERJA'),
    paragraf: ['Kebijakan pengukuran yang berlaku untuk seluruh indikator:'],
    // Lampiran 3 is where the formulas stand: the policy's pointer to it would send the reader to this very page.
    kebijakan: [
      ...kebijakanTeks(reference.config, dataset).map((t) => t.replace(RUJUKAN_LAMPIRAN_3, '')),
      REALISASI_TAHUNAN,
    ],
    legenda: legendaKategori(reference.config.kebijakan.skalaKategori),
    tabel: {
      judul: daftar.tabel('L', 'Definisi, Rumus, Arah dan Agregasi Triwulan setiap Indikator Kinerja'),
      baris: dataset.sasaran.flatMap((s) => s.indikator).map((i) => metodeRow(i, reference)),
    },
  };
  return { pk, rencanaAksi, metode };
}
