/**
 * View model of BAB III B by source of funds (Akuntabilitas Keuangan): the sources side by side and together,
 * the DIPA per program and kegiatan (T8), each hibah against its NPHD, and spending per jenis belanja.
 */
import type { Dataset, HibahData, SumberDanaData } from '../../schemas/dataset.ts';
import { formatPersen, formatPersenTanda, formatRupiah, formatTanggal, formatUang } from '../format.ts';
import { kunciDana, kunciHibah } from './sumber.ts';
import type { AnggaranRingkas, HibahRow, JenisBelanjaRow, SumberDanaRow } from './view-types-bab.ts';

type Line = { pagu: number; realisasi: number; serapan: number | null; sisa: number };

/** Pagu, realisasi, serapan and sisa as table cells (whole rupiah, serapan `95,90`). */
export function jumlahSel(l: Line): AnggaranRingkas {
  return {
    pagu: formatUang(l.pagu),
    realisasi: formatUang(l.realisasi),
    serapan: l.serapan === null ? '–' : formatPersen(l.serapan),
    sisa: formatUang(l.sisa),
  };
}

const serapanTeks = (l: Line): string => (l.serapan === null ? '' : ` (${formatPersenTanda(l.serapan)})`);

/** Rows of the per-source table: one per source, the total below. */
export function sumberDanaRows(dataset: Dataset): SumberDanaRow[] {
  return dataset.anggaran.sumberDana.map((s) => ({
    kode: s.kode,
    nama: s.nama,
    kunci: kunciDana(s.kode),
    ...jumlahSel(s),
  }));
}

/** The sentence above the per-source table: each source, then all together. */
export function sumberDanaParagraf(dataset: Dataset): string {
  const { sumberDana, gabungan } = dataset.anggaran;
  const parts = sumberDana.map(
    (s) => `${s.nama} dengan pagu ${formatRupiah(s.pagu)} dan realisasi ${formatRupiah(s.realisasi)}${serapanTeks(s)}`,
  );
  const jumlah = gabungan
    ? ` Secara keseluruhan, pagu ${formatRupiah(gabungan.pagu)} terealisasi ${formatRupiah(gabungan.realisasi)}${serapanTeks(gabungan)}, dengan sisa ${formatRupiah(gabungan.sisa)}.`
    : '';
  return (
    `Pada tahun ${dataset.tahun} kegiatan dibiayai dari ${sumberDana.length} sumber dana: ${daftarRincian(parts)}.${jumlah} ` +
    'Dana hibah dikelola terpisah dari DIPA, dengan naskah perjanjian hibah daerah (NPHD) dan laporan pertanggungjawaban sendiri.'
  );
}

/** `a`, `a dan b`, `a; b; dan c` (semicolons: the items hold decimal commas). */
export function daftarRincian(xs: readonly string[]): string {
  if (xs.length <= 2) return xs.join(' dan ');
  return `${xs.slice(0, -1).join('; ')}; dan ${xs.at(-1)}`;
}

/** One row per hibah: the NPHD, its amount, realisasi before and in the report year, what remains. */
export function hibahRows(hibah: readonly HibahData[]): HibahRow[] {
  return hibah.map((h) => ({
    kunci: kunciHibah(h.kode),
    nama: h.nama,
    nphd: `NPHD Nomor ${h.nphd.nomor} tanggal ${formatTanggal(h.nphd.tanggal)}; ${h.pemberi}; periode ${h.periode.awal}–${h.periode.akhir}`,
    jumlah: formatUang(h.jumlah),
    sebelumnya: formatUang(h.realisasiSebelumnya),
    realisasi: formatUang(h.realisasi),
    kumulatif: formatUang(h.realisasiKumulatif),
    sisa: formatUang(h.sisa),
  }));
}

/** A paragraph per hibah: the agreement, the year's pagu and realisasi, and the rest of the grant. */
export function hibahParagraf(h: HibahData, tahun: number): string {
  const serapan =
    h.pagu > 0
      ? ` atau ${formatPersenTanda((h.realisasi / h.pagu) * 100)} dari rencana penggunaan tahun ${tahun} sebesar ${formatRupiah(h.pagu)}`
      : '';
  const sebelum =
    h.realisasiSebelumnya > 0
      ? ` Sebelum tahun ${tahun} telah direalisasikan ${formatRupiah(h.realisasiSebelumnya)}.`
      : '';
  const sisa =
    h.periode.akhir > tahun
      ? `sisa ${formatRupiah(h.sisa)} dapat digunakan sampai dengan tahun ${h.periode.akhir} sesuai NPHD`
      : `sisa ${formatRupiah(h.sisa)} dikembalikan kepada pemberi hibah sesuai NPHD`;
  return (
    `${h.nama} diterima dari ${h.pemberi} berdasarkan NPHD Nomor ${h.nphd.nomor} tanggal ${formatTanggal(h.nphd.tanggal)} ` +
    `sebesar ${formatRupiah(h.jumlah)} untuk periode ${h.periode.awal}–${h.periode.akhir}. Realisasi tahun ${tahun} sebesar ` +
    `${formatRupiah(h.realisasi)}${serapan}.${sebelum} Sampai dengan akhir tahun ${tahun} hibah terealisasi ` +
    `${formatRupiah(h.realisasiKumulatif)} (${formatPersenTanda((h.realisasiKumulatif / h.jumlah) * 100)} dari nilai NPHD); ${sisa}.`
  );
}

/** Rows of the jenis belanja table: a heading row per source, its jenis belanja, then all sources together. */
export function jenisBelanjaRows(dataset: Dataset): JenisBelanjaRow[] {
  const { sumberDana, gabungan } = dataset.anggaran;
  const groups = sumberDana.length > 1 && gabungan ? [...sumberDana, gabungan] : sumberDana;
  return groups.flatMap((s): JenisBelanjaRow[] => [
    ...(groups.length > 1
      ? [{ kelas: 'sumber' as const, kode: '', nama: s.nama, kunci: kunciDana(s.kode), ...jumlahSel(s) }]
      : []),
    ...s.jenisBelanja.map((j): JenisBelanjaRow => ({
      kelas: 'jenis',
      kode: j.kode,
      nama: j.nama,
      kunci: kunciDana(s.kode, j.kode),
      ...jumlahSel(j),
    })),
  ]);
}

/** The generated paragraph on jenis belanja: the largest share, and which source carries each kind. */
export function jenisBelanjaParagraf(dataset: Dataset): string {
  const all = dataset.anggaran.gabungan;
  if (!all || all.realisasi <= 0) return 'Belum ada realisasi belanja yang dapat dirinci per jenis belanja.';
  const share = (x: number): string => formatPersenTanda((x / all.realisasi) * 100);
  const sorted = [...all.jenisBelanja].sort((a, b) => b.realisasi - a.realisasi);
  const rincian = sorted.map((j) => `${j.nama} ${formatRupiah(j.realisasi)} (${share(j.realisasi)})`);
  const sumber =
    dataset.anggaran.sumberDana.length > 1
      ? ` ${sumberTerbesar(dataset.anggaran.sumberDana, sorted[0]?.kode ?? '')}`
      : '';
  return (
    `Menurut jenis belanja (dua digit pertama kode akun, Bagan Akun Standar), realisasi seluruh sumber dana tahun ` +
    `${dataset.tahun} terdiri atas ${daftarRincian(rincian)}.${sumber}`
  );
}

function sumberTerbesar(sumber: readonly SumberDanaData[], kode: string): string {
  const per = sumber
    .map((s) => ({ s, r: s.jenisBelanja.find((j) => j.kode === kode)?.realisasi ?? 0 }))
    .sort((a, b) => b.r - a.r);
  const top = per[0];
  const jenis = top?.s.jenisBelanja.find((j) => j.kode === kode);
  if (!top || !jenis || top.r <= 0) return '';
  const total = per.reduce((a, x) => a + x.r, 0);
  return `${jenis.nama} terutama dibiayai dari ${top.s.nama} (${formatPersenTanda((top.r / total) * 100)} dari realisasi ${jenis.nama.toLowerCase()}).`;
}
