/** The content of a template's `Petunjuk` sheet, in Indonesian, from the reference data. Pure. */
import type { Reference } from '../../../schemas/reference.ts';
import { formatTanggal } from '../../format.ts';
import type { PetunjukLine } from './division-workbook-spec.ts';
import { exampleBudgetCode } from './example-budget-code.ts';
import { indikatorLines } from './indikator-lines.ts';
import type { TemplatePlan } from './plan-templates.ts';

/** Purpose, deadline and contact; how to type; each sheet's columns; the unit's indicators; the budget codes. */
export function petunjukLines(plan: TemplatePlan, ref: Reference): PetunjukLine[] {
  const { config } = ref;
  const unit = plan.unit.nama;
  const lines: PetunjukLine[] = [
    { judul: `PETUNJUK PENGISIAN LEMBAR KERJA LAPORAN KINERJA TAHUN ${plan.tahun}` },
    { label: 'Unit kerja', teks: unit, tebal: true },
    {
      label: 'Untuk apa',
      teks: `Buku kerja ini mengumpulkan capaian Indikator Kinerja Utama (IKU), analisis capaian dan realisasi anggaran ${unit} tahun ${plan.tahun}. Isinya digabung otomatis menjadi Laporan Kinerja (LKj) ${config.satker} Tahun ${plan.tahun}.`,
    },
  ];
  if (config.batasPengumpulan !== undefined) {
    lines.push({
      label: 'Batas pengumpulan',
      teks: `${formatTanggal(config.batasPengumpulan)}. Kirim kembali berkas .xlsx ini sebelum tanggal itu.`,
      tebal: true,
    });
  }
  if (config.kontak !== undefined) lines.push({ label: 'Pertanyaan', teks: `Hubungi ${config.kontak}.` });
  lines.push(...howToType(), ...sheetColumns(plan, exampleBudgetCode(ref)));
  lines.push({ bagian: `Indikator Kinerja Utama ${unit}` });
  if (plan.indikator.length === 0)
    lines.push({ teks: 'Unit ini tidak memiliki IKU tahun ini; lembar Capaian dan Analisis dibiarkan kosong.' });
  for (const iku of plan.indikator) lines.push(...indikatorLines(iku, ref));
  lines.push(...budgetCodes(ref));
  return lines;
}

function howToType(): PetunjukLine[] {
  return [
    { bagian: 'Cara mengisi' },
    {
      label: 'Sel kuning',
      teks: 'Hanya sel berwarna kuning yang diisi. Sel lain (kode, indikator, satuan, target, judul kolom) terkunci karena berasal dari Perjanjian Kinerja. Lembar dilindungi tanpa kata sandi hanya untuk mencegah perubahan tidak sengaja; target yang diubah tetap akan ditolak saat pemeriksaan.',
    },
    {
      label: 'Pesan isian',
      teks: 'Pilih sebuah sel kuning untuk melihat pesan singkat cara mengisinya, termasuk target triwulannya. Excel menolak isian yang tidak sesuai, misalnya teks di kolom angka atau angka negatif.',
    },
    {
      label: 'Angka',
      teks: 'Ketik angkanya saja, tanpa satuan dan tanpa "Rp". Tanda desimal mengikuti pengaturan komputer: koma di Excel berbahasa Indonesia (66,05), titik di Excel berbahasa Inggris (66.05).',
    },
    {
      label: 'Persentase',
      teks: 'Untuk indikator bersatuan %, ketik angka persennya: ketik 66,05 untuk 66,05% (bukan 0,6605, tanpa tanda %).',
    },
    {
      label: 'Kosong dan nol',
      teks: 'Sel kosong berarti belum diisi; di laporan tertulis "belum diisi". Angka 0 berarti nol dan ikut dihitung.',
    },
    {
      label: 'Jangan diubah',
      teks: 'Nama lembar, judul kolom, dan baris IKU. Simpan tetap sebagai Excel Workbook (.xlsx).',
    },
  ];
}

function sheetColumns(plan: TemplatePlan, exampleKode: string): PetunjukLine[] {
  return [
    { bagian: 'Lembar Identitas' },
    { label: 'Unit Kerja, Tahun', teks: `Sudah terisi (${plan.unit.nama}, ${plan.tahun}) dan terkunci.` },
    { label: 'Penanggung Jawab', teks: 'Nama lengkap pejabat yang bertanggung jawab atas isian, dengan gelar.' },
    {
      label: 'NIP',
      teks: 'NIP penanggung jawab, 18 digit tanpa spasi. Sel sudah berformat teks sehingga digit tidak berubah.',
    },
    {
      label: 'Tanggal',
      teks: 'Tanggal pengisian, diketik sebagai tanggal menurut format komputer Anda (misalnya 8/1/2025).',
    },
    { bagian: 'Lembar Capaian' },
    {
      label: 'Kode IKU, Indikator, Satuan, Target',
      teks: `Sudah terisi dari Perjanjian Kinerja ${plan.tahun} dan terkunci, satu baris per IKU. Target triwulan (Rencana Aksi) ada di catatan sel Target dan di pesan isian setiap sel triwulan.`,
    },
    {
      label: 'Realisasi TW I–IV',
      teks: 'Realisasi setiap triwulan, menurut cara mengisi triwulan indikator itu (lihat daftar indikator di bawah). Triwulan tanpa data dikosongkan.',
    },
    {
      label: 'Realisasi',
      teks: `Realisasi tahunan ${plan.tahun}. Bila dikosongkan, dihitung dari isian triwulan menurut cara mengisi triwulan indikator itu.`,
    },
    {
      label: 'Sumber Data',
      teks: 'Dokumen atau aplikasi asal angka realisasi, misalnya nomor berita acara atau nama aplikasi.',
    },
    { label: 'Keterangan', teks: 'Penjelasan singkat angka realisasi, misalnya pembilang dan penyebutnya.' },
    { bagian: 'Lembar Analisis' },
    { label: 'Kode IKU', teks: 'Sudah terisi dan terkunci, satu baris per IKU.' },
    {
      label: 'Penyebab Keberhasilan/Kegagalan',
      teks: 'Mengapa target tercapai atau tidak tercapai: faktor pendukung dan penghambat.',
    },
    { label: 'Upaya/Solusi', teks: 'Langkah yang sudah dilakukan dan rencana perbaikannya.' },
    {
      label: 'Program/Kegiatan Pendukung',
      teks: 'Program atau kegiatan yang mendukung capaian, sebaiknya dengan kodenya.',
    },
    { bagian: 'Lembar Anggaran' },
    {
      label: 'Kode',
      teks: `Kode anggaran lengkap, satu baris per akun: program → kegiatan → KRO → RO → komponen → akun (6 digit), misalnya ${exampleKode}. Harus diawali kode program yang terdaftar (lihat daftar di bawah).`,
    },
    { label: 'Program/Kegiatan', teks: 'Uraian baris anggaran, misalnya nama akun dan komponen.' },
    { label: 'Pagu', teks: 'Pagu dalam rupiah menurut DIPA terakhir, tanpa "Rp", misalnya 125000000.' },
    {
      label: 'Realisasi',
      teks: `Realisasi belanja dalam rupiah sampai 31 Desember ${plan.tahun}; tulis 0 bila belum ada belanja.`,
    },
    { label: 'Kode IKU', teks: 'Boleh dikosongkan: IKU yang didukung baris ini, dipilih dari daftar.' },
    {
      label: 'Baris',
      teks: `Tersedia ${plan.anggaranRows} baris isian. Bila kurang, sisipkan baris di antara baris kuning (klik kanan → Sisipkan). Baris kosong diabaikan; baris jumlah tidak perlu ditulis karena total dihitung otomatis.`,
    },
  ];
}

/** The reference knows programs and their kegiatan but not which unit runs which, so all are listed. */
function budgetCodes(ref: Reference): PetunjukLine[] {
  const lines: PetunjukLine[] = [
    { bagian: 'Kode program dan kegiatan' },
    { teks: 'Program dan kegiatan yang terdaftar di Renstra. Pakai kode kegiatan yang dilaksanakan unit Anda.' },
  ];
  for (const p of ref.renstra.program) {
    lines.push({ label: p.kode, teks: p.nama, tebal: true });
    for (const k of p.kegiatan) lines.push({ label: `${p.kode}.${k.kode}`, teks: k.nama });
  }
  return lines;
}
