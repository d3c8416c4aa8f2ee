/**
 * View model of the Lampiran real KPU LKj carry beyond PK, Rencana Aksi and Metode: the Formulir Pengukuran Kinerja,
 * next year's PK and Rencana Aksi (when `iku-<tahun + 1>.yaml` is there), the follow-up of the last SAKIP evaluation
 * (`evaluasi-sakip.yaml`) and awards (`prestasi.yaml`). Registered after Lampiran 3, in this order.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { IkuBerikut } from '../../schemas/iku-berikut.ts';
import type { Reference } from '../../schemas/reference.ts';
import { formatPersen, formatTanggal, formatTarget, formatUang } from '../format.ts';
import type { Daftar } from './daftar.ts';
import { perIndikator, t1Groups } from './view-capaian.ts';
import { catatanTabel } from './view-perbandingan.ts';
import { tandaTanganView } from './view-halaman.ts';
import { ikuPerSasaran, pkTabel, tanggalPk } from './view-pk.ts';
import type { LampiranTambahanView, PengukuranProgramRow } from './view-types-bab.ts';
import { kelompokSasaran } from './view-capaian.ts';

const persen = (realisasi: number, anggaran: number): string =>
  anggaran > 0 ? formatPersen((realisasi / anggaran) * 100) : '–';

/** Formulir Pengukuran Kinerja: each indicator's target, realisasi and capaian; each PK program's budget and realisasi. */
function pengukuranView(reference: Reference, dataset: Dataset, daftar: Daftar): LampiranTambahanView['pengukuran'] {
  const tahun = dataset.tahun;
  const realisasiProgram = new Map(dataset.anggaran.program.map((p) => [p.kode, p.realisasi]));
  const baris: PengukuranProgramRow[] = reference.iku.program.map((p, i) => {
    const realisasi = realisasiProgram.get(p.kode) ?? 0;
    return {
      no: String(i + 1),
      kode: p.kode,
      nama: p.nama,
      anggaran: formatUang(p.anggaran),
      realisasi: formatUang(realisasi),
      serapan: persen(realisasi, p.anggaran),
    };
  });
  const anggaran = reference.iku.program.reduce((a, p) => a + p.anggaran, 0);
  const realisasi = reference.iku.program.reduce((a, p) => a + (realisasiProgram.get(p.kode) ?? 0), 0);
  const hibah =
    dataset.hibah.length > 0
      ? ' Dana hibah tidak termasuk dalam Perjanjian Kinerja; realisasinya disajikan pada Bab III B.'
      : '';
  return {
    judul: daftar.lampiran('lampiran-pengukuran', `PENGUKURAN KINERJA TAHUN ${tahun}`),
    paragraf: [
      `Formulir Pengukuran Kinerja membandingkan target Perjanjian Kinerja Tahun ${tahun} dengan realisasinya, ` +
        `per indikator dan per program. Realisasi anggaran program adalah realisasi DIPA dari lembar Anggaran unit kerja.${hibah}`,
    ],
    indikator: {
      judul: daftar.tabel('L', `Pengukuran Kinerja: Sasaran, Indikator, Target, Realisasi dan Capaian Tahun ${tahun}`),
      baris: t1Groups(dataset.sasaran, reference.config.kebijakan.skalaKategori),
    },
    catatan: catatanTabel(
      perIndikator(dataset.sasaran.flatMap((s) => s.indikator)),
      reference.config.kebijakan.kategoriDari,
    ),
    program: {
      judul: daftar.tabel('L', `Pengukuran Kinerja: Program, Anggaran dan Realisasi Tahun ${tahun}`),
      baris,
      total: { anggaran: formatUang(anggaran), realisasi: formatUang(realisasi), serapan: persen(realisasi, anggaran) },
    },
    tandaTangan: tandaTanganView(reference.config, 'sekretaris'),
  };
}

/** The reference as next year's PK sees it: its own IKU and program, sasaran named by the file or the Renstra. */
function referenceBerikut(reference: Reference, berikut: IkuBerikut): Reference {
  const names = new Map([
    ...reference.renstra.sasaran.map((s) => [s.kode, s.nama] as const),
    ...berikut.sasaranStrategis.map((s) => [s.kode, s.nama] as const),
  ]);
  const used = [...new Set(berikut.indikator.map((i) => i.sasaran))];
  const sasaran = used.map((kode) => ({ kode, nama: names.get(kode) ?? kode, indikator: [] }));
  return { ...reference, iku: berikut, renstra: { ...reference.renstra, sasaran } };
}

/** Next year's PK (tables and both signatures) and its Rencana Aksi; null without `iku-<tahun + 1>.yaml`. */
function berikutViews(reference: Reference, daftar: Daftar): Pick<LampiranTambahanView, 'pkBerikut' | 'raBerikut'> {
  const berikut = reference.ikuBerikut;
  if (!berikut) return { pkBerikut: null, raBerikut: null };
  const ref = referenceBerikut(reference, berikut);
  const { config } = reference;
  const pkBerikut = {
    judul: daftar.lampiran('lampiran-pk-berikut', `PERJANJIAN KINERJA TAHUN ${berikut.tahun}`),
    paragraf: [
      `Perjanjian Kinerja Tahun ${berikut.tahun} telah ditetapkan sebagai dasar pengukuran kinerja tahun berikutnya, ` +
        `sebagai kelanjutan dari capaian kinerja tahun ${config.tahun} yang dilaporkan di sini.`,
    ],
    kelembagaan: config.satker,
    tahun: String(berikut.tahun),
    tabel: pkTabel(ref, daftar, 'L'),
    tempatTanggal: tanggalPk(ref),
    kiri: tandaTanganView(config, 'ketua', { tempatTanggal: '', sebutan: 'Pihak Kedua,' }),
    kanan: tandaTanganView(config, 'sekretaris', { tempatTanggal: '', sebutan: 'Pihak Pertama,' }),
  };
  const tw = (xs: readonly (number | null)[]) => xs.map((x) => (x === null ? '–' : formatTarget(x)));
  const raBerikut = {
    judul: daftar.lampiran('lampiran-ra-berikut', `RENCANA AKSI TAHUN ${berikut.tahun}`),
    paragraf: [
      `Rencana Aksi menjabarkan target Perjanjian Kinerja Tahun ${berikut.tahun} ke dalam target triwulan (TW\u00a0I–IV).`,
    ],
    tabel: {
      judul: daftar.tabel('L', `Rencana Aksi Tahun ${berikut.tahun}`),
      baris: kelompokSasaran(ikuPerSasaran(ref), (i) => ({
        kode: i.kode,
        nama: i.nama,
        satuan: i.satuan,
        target: formatTarget(i.target),
        targetTw: tw(i.targetTriwulan),
      })),
    },
  };
  return { pkBerikut, raBerikut };
}

const STATUS = { selesai: 'Selesai', 'dalam-proses': 'Dalam proses', belum: 'Belum ditindaklanjuti' } as const;

/** The follow-up of the last LHE SAKIP's recommendations; null without `evaluasi-sakip.yaml`. */
function evaluasiView(reference: Reference, daftar: Daftar): LampiranTambahanView['evaluasi'] {
  const e = reference.evaluasiSakip;
  if (!e) return null;
  const hasil = [
    e.nilai === undefined ? '' : `nilai ${formatTarget(e.nilai)}`,
    e.predikat ? `predikat ${e.predikat}` : '',
  ]
    .filter(Boolean)
    .join(' dengan ');
  const selesai = e.rekomendasi.filter((r) => r.status === 'selesai').length;
  return {
    judul: daftar.lampiran('lampiran-evaluasi-sakip', 'TINDAK LANJUT REKOMENDASI HASIL EVALUASI SAKIP'),
    paragraf: [
      `${e.lhe.evaluator} mengevaluasi akuntabilitas kinerja tahun ${e.tahunDievaluasi} dengan Laporan Hasil Evaluasi ` +
        `Nomor ${e.lhe.nomor} tanggal ${formatTanggal(e.lhe.tanggal)}${hasil ? `, ${hasil}` : ''}. ` +
        `Dari ${e.rekomendasi.length} rekomendasi, ${selesai} telah selesai ditindaklanjuti; rinciannya sebagai berikut.`,
    ],
    tabel: {
      judul: daftar.tabel('L', `Tindak Lanjut Rekomendasi Hasil Evaluasi SAKIP Tahun ${e.tahunDievaluasi}`),
      baris: e.rekomendasi.map((r, i) => ({
        no: String(i + 1),
        rekomendasi: r.rekomendasi,
        tindakLanjut: r.tindakLanjut,
        status: STATUS[r.status],
        kelas: `status-${r.status}`,
        bukti: r.bukti || '–',
      })),
    },
  };
}

/** Awards and other achievements of the year; null without `prestasi.yaml`. */
function prestasiView(reference: Reference, daftar: Daftar, tahun: number): LampiranTambahanView['prestasi'] {
  const p = reference.prestasi;
  if (!p) return null;
  return {
    judul: daftar.lampiran('lampiran-prestasi', 'PRESTASI DAN PENGHARGAAN'),
    paragraf: [`Prestasi dan penghargaan yang diterima ${reference.config.satker} pada tahun ${tahun}:`],
    tabel: {
      judul: daftar.tabel('L', `Prestasi dan Penghargaan Tahun ${tahun}`),
      baris: p.prestasi.map((x, i) => ({
        no: String(i + 1),
        nama: x.nama,
        pemberi: x.pemberi,
        tanggal: formatTanggal(x.tanggal),
        keterangan: x.keterangan || '–',
      })),
    },
  };
}

/** The additional Lampiran, in document order. */
export function lampiranTambahanView(reference: Reference, dataset: Dataset, daftar: Daftar): LampiranTambahanView {
  const pengukuran = pengukuranView(reference, dataset, daftar);
  const berikut = berikutViews(reference, daftar);
  return {
    pengukuran,
    ...berikut,
    evaluasi: evaluasiView(reference, daftar),
    prestasi: prestasiView(reference, daftar, dataset.tahun),
  };
}
