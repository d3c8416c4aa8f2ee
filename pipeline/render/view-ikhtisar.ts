/** View model of the Ikhtisar Eksekutif: a generated summary paragraph, T1 and the category legend. */
import type { Config } from '../../schemas/config.ts';
import type { Dataset, IndikatorData } from '../../schemas/dataset.ts';
import { daftarKata, formatRupiah } from '../format.ts';
import { formatCapaian, formatSerapan } from './format-nilai.ts';
import { catatanBatas, legendaKategori, mentahTeks, perIndikator, statusTeks, t1Groups } from './view-capaian.ts';
import type { Daftar } from './daftar.ts';
import type { ReportView } from './view-types-bab.ts';

/** How many indicators fall in each capaian status and category, in words. */
function sebaranStatus(indikator: readonly IndikatorData[]): string {
  const perKategori = new Map<string, number>();
  for (const i of indikator) {
    if (i.capaian.status === 'terhitung') {
      perKategori.set(i.capaian.kategori, (perKategori.get(i.capaian.kategori) ?? 0) + 1);
    }
  }
  const parts = [...perKategori].map(([kategori, n]) => `${n} indikator berkategori ${kategori}`);
  const kode = (status: string) => indikator.filter((i) => i.capaian.status === status).map((i) => i.kode);
  const tdd = kode('tidak-dapat-dihitung');
  const kosong = kode('belum-diisi');
  if (tdd.length > 0) parts.push(`${tdd.length} indikator tidak dapat dihitung capaiannya (${daftarKata(tdd)})`);
  if (kosong.length > 0) parts.push(`${kosong.length} indikator belum diisi (${daftarKata(kosong)})`);
  return parts.length > 0 ? `Dari ${indikator.length} indikator tersebut, ${daftarKata(parts)}.` : '';
}

/** The summary paragraphs: scope, overall capaian and category, spread of statuses, budget. */
export function ringkasanIkhtisar(dataset: Dataset, config: Config): string[] {
  const indikator = dataset.sasaran.flatMap((s) => s.indikator);
  const c = dataset.capaianKeseluruhan;
  const keseluruhan =
    c.status === 'terhitung'
      ? `Secara keseluruhan, capaian kinerja ${config.satker} Tahun ${dataset.tahun} adalah ` +
        `${formatCapaian(c.nilai, config.kebijakan.skalaKategori)}%${mentahTeks(c, config.kebijakan.kategoriDari)} dengan kategori ${c.kategori}.`
      : `Capaian kinerja keseluruhan ${statusTeks(c)}: ${c.alasan}.`;
  const total = dataset.anggaran.total;
  const serapan = total.serapan === null ? '' : ` (${formatSerapan(total.serapan)}%)`;
  return [
    `Laporan Kinerja ${config.satker} Tahun ${dataset.tahun} menyajikan capaian ${indikator.length} indikator ` +
      `kinerja utama dari ${dataset.sasaran.length} sasaran strategis yang ditetapkan dalam Perjanjian Kinerja ` +
      `Tahun ${dataset.tahun}.`,
    `${keseluruhan} ${sebaranStatus(indikator)}`.trim(),
    `Realisasi anggaran${dataset.hibah.length > 0 ? ' DIPA' : ''} mencapai ${formatRupiah(total.realisasi)} dari pagu ${formatRupiah(total.pagu)}${serapan}.` +
      hibahIkhtisar(dataset),
  ];
}

/** The year's hibah in one sentence (BAB III B has the detail); `''` without hibah. */
function hibahIkhtisar(dataset: Dataset): string {
  if (dataset.hibah.length === 0) return '';
  const pagu = dataset.hibah.reduce((a, h) => a + h.pagu, 0);
  const realisasi = dataset.hibah.reduce((a, h) => a + h.realisasi, 0);
  const serapan = pagu > 0 ? ` (${formatSerapan((realisasi / pagu) * 100)}%)` : '';
  const nama = dataset.hibah.length === 1 ? dataset.hibah[0]!.nama : `${dataset.hibah.length} dana hibah`;
  return ` Di luar DIPA, ${nama} terealisasi ${formatRupiah(realisasi)} dari rencana penggunaan tahun ${dataset.tahun} sebesar ${formatRupiah(pagu)}${serapan}.`;
}

/** The whole Ikhtisar Eksekutif section, with T1 (unnumbered, but listed in Daftar Tabel). */
export function ikhtisarView(dataset: Dataset, config: Config, daftar: Daftar): ReportView['ikhtisar'] {
  return {
    judul: daftar.judul('ikhtisar-eksekutif', '', 'IKHTISAR EKSEKUTIF', 1),
    paragraf: ringkasanIkhtisar(dataset, config),
    tabel: {
      judul: daftar.tabel(null, `Ringkasan Capaian Indikator Kinerja Utama Tahun ${dataset.tahun}`),
      baris: t1Groups(dataset.sasaran, config.kebijakan.skalaKategori),
    },
    legenda: legendaKategori(config.kebijakan.skalaKategori),
    catatanBatas: catatanBatas(
      perIndikator(dataset.sasaran.flatMap((s) => s.indikator)),
      config.kebijakan.kategoriDari,
    ),
  };
}
