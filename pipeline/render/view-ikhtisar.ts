/** View model of the Ikhtisar Eksekutif: a generated summary paragraph, T1 and the category legend. */
import type { Config } from '../../schemas/config.ts';
import type { Dataset, IndikatorData } from '../../schemas/dataset.ts';
import { daftarKata, formatPersenTanda, formatRupiah } from '../format.ts';
import { catatanBatas, legendaKategori, t1Groups } from './view-capaian.ts';
import type { Daftar } from './daftar.ts';
import type { ReportView } from './view-types-bab.ts';

/** How many indicators fall in each capaian status and category, in words. */
function sebaranStatus(indikator: readonly IndikatorData[]): string {
  const count = (pred: (i: IndikatorData) => boolean) => indikator.filter(pred).length;
  const perKategori = new Map<string, number>();
  for (const i of indikator) {
    if (i.capaian.status === 'terhitung') {
      perKategori.set(i.capaian.kategori, (perKategori.get(i.capaian.kategori) ?? 0) + 1);
    }
  }
  const parts = [...perKategori].map(([kategori, n]) => `${n} indikator berkategori ${kategori}`);
  const tdd = count((i) => i.capaian.status === 'tidak-dapat-dihitung');
  const kosong = count((i) => i.capaian.status === 'belum-diisi');
  if (tdd > 0) parts.push(`${tdd} indikator tidak dapat dihitung capaiannya`);
  if (kosong > 0) parts.push(`${kosong} indikator belum diisi`);
  return parts.length > 0 ? `Dari ${indikator.length} indikator tersebut, ${daftarKata(parts)}.` : '';
}

/** The summary paragraphs: scope, overall capaian and category, spread of statuses, budget. */
export function ringkasanIkhtisar(dataset: Dataset, config: Config): string[] {
  const indikator = dataset.sasaran.flatMap((s) => s.indikator);
  const keseluruhan =
    dataset.capaianKeseluruhan === null
      ? `Capaian kinerja keseluruhan belum dapat dihitung karena belum ada indikator yang capaiannya dapat dihitung.`
      : `Secara keseluruhan, capaian kinerja ${config.satker} Tahun ${dataset.tahun} adalah ` +
        `${formatPersenTanda(dataset.capaianKeseluruhan)} dengan kategori ${dataset.kategoriKeseluruhan ?? '–'}.`;
  const total = dataset.anggaran.total;
  const serapan = total.serapan === null ? '' : ` (${formatPersenTanda(total.serapan)})`;
  return [
    `Laporan Kinerja ${config.satker} Tahun ${dataset.tahun} menyajikan capaian ${indikator.length} indikator ` +
      `kinerja utama dari ${dataset.sasaran.length} sasaran strategis yang ditetapkan dalam Perjanjian Kinerja ` +
      `Tahun ${dataset.tahun}.`,
    `${keseluruhan} ${sebaranStatus(indikator)}`.trim(),
    `Realisasi anggaran mencapai ${formatRupiah(total.realisasi)} dari pagu ${formatRupiah(total.pagu)}${serapan}.`,
  ];
}

/** The whole Ikhtisar Eksekutif section, with T1 (unnumbered, but listed in Daftar Tabel). */
export function ikhtisarView(dataset: Dataset, config: Config, daftar: Daftar): ReportView['ikhtisar'] {
  return {
    judul: daftar.judul('ikhtisar-eksekutif', '', 'IKHTISAR EKSEKUTIF', 1),
    paragraf: ringkasanIkhtisar(dataset, config),
    tabel: {
      judul: daftar.tabel(null, `Ringkasan Capaian Indikator Kinerja Utama Tahun ${dataset.tahun}`),
      baris: t1Groups(dataset.sasaran),
    },
    legenda: legendaKategori(config.kebijakan.skalaKategori),
    catatanBatas: catatanBatas(dataset.sasaran.flatMap((s) => s.indikator)),
  };
}
