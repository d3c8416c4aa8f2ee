/** View model of BAB IV Penutup: a summary of the numbers, then the staff's conclusion and next steps. */
import type { Config } from '../../schemas/config.ts';
import type { Dataset, IndikatorData, SasaranData } from '../../schemas/dataset.ts';
import { hurufBagian, type Daftar } from './daftar.ts';
import { daftarKata, formatRupiah } from '../format.ts';
import { formatCapaian, formatSerapan } from './format-nilai.ts';
import { capaianTeks, mentahTeks, statusTeks } from './view-capaian.ts';
import { narasiSlot } from './narasi-slots.ts';
import type { GambarBerkas } from '../load/read-narrative-images.ts';
import { gambarBab, narasiView } from './view-narasi.ts';
import type { ReportView } from './view-types-bab.ts';

type Skala = Config['kebijakan']['skalaKategori'];

/** `sasaran "A" dan "B" (100,00%)`: every sasaran that shares the printed figure. */
const sasaranDengan = (xs: readonly SasaranData[], teks: string): string =>
  `sasaran ${daftarKata(xs.map((s) => `"${s.nama}"`))} (${teks}%)`;

/**
 * The highest and lowest sasaran, by the figure the tables print: every sasaran tied at the top (or the bottom) is
 * named; when all are tied, one sentence says so.
 */
export function tertinggiTerendah(sasaran: readonly SasaranData[], skala: Skala): string | null {
  const dihitung = sasaran.flatMap((s) =>
    s.capaian.status === 'terhitung'
      ? [{ s, teks: formatCapaian(s.capaian.nilai, skala), nilai: s.capaian.nilai }]
      : [],
  );
  if (dihitung.length < 2) return null;
  const teksList = [...new Set(dihitung.map((d) => d.teks))];
  if (teksList.length === 1)
    return `Semua ${dihitung.length} sasaran strategis yang capaiannya terhitung mencapai ${teksList[0]}%.`;
  // Ties are judged on the printed figure: two sasaran that both read 100,00% are both the highest.
  const urut = [...dihitung].sort((a, b) => b.nilai - a.nilai);
  const atas = dihitung.filter((d) => d.teks === urut[0]?.teks);
  const bawah = dihitung.filter((d) => d.teks === urut.at(-1)?.teks);
  const kata = (n: number, sifat: string) => (n > 1 ? `${sifat} (sama besar)` : sifat);
  return (
    `Capaian ${kata(atas.length, 'tertinggi')} ada pada ${sasaranDengan(
      atas.map((d) => d.s),
      atas[0]?.teks ?? '',
    )} dan ` +
    `${kata(bawah.length, 'terendah')} pada ${sasaranDengan(
      bawah.map((d) => d.s),
      bawah[0]?.teks ?? '',
    )}.`
  );
}

/** How many indicators met their target, and every one that did not, was not filled or cannot be computed. */
export function ringkasanIndikator(indikator: readonly IndikatorData[], skala: Skala): string {
  const terhitung = indikator.filter((i) => i.capaian.status === 'terhitung');
  const tercapai = terhitung.filter((i) => i.capaian.status === 'terhitung' && i.capaian.nilaiMentah >= 100).length;
  const belum = terhitung.flatMap((i) =>
    i.capaian.status === 'terhitung' && i.capaian.nilaiMentah < 100
      ? [`${i.kode} (${capaianTeks(i.capaian, skala)}%)`]
      : [],
  );
  const tanpa = (status: IndikatorData['capaian']['status']) =>
    indikator.filter((i) => i.capaian.status === status).map((i) => i.kode);
  const parts = [
    `${tercapai} dari ${indikator.length} indikator mencapai atau melampaui target` +
      (belum.length > 0 ? `; yang belum mencapai target: ${daftarKata(belum)}` : ''),
  ];
  for (const status of ['belum-diisi', 'tidak-dapat-dihitung'] as const) {
    const kode = tanpa(status);
    if (kode.length > 0)
      parts.push(
        `${status === 'belum-diisi' ? 'realisasi' : 'capaian'} ${daftarKata(kode)} ${statusTeks({ status, alasan: '' })}`,
      );
  }
  return `${parts.join('; ')}.`;
}

/** The generated paragraphs that open the conclusion: overall result, best and weakest sasaran, misses, budget. */
export function ringkasanPenutup(dataset: Dataset, config: Config): string[] {
  const skala = config.kebijakan.skalaKategori;
  const out: string[] = [];
  const c = dataset.capaianKeseluruhan;
  const dihitung = dataset.sasaran.filter((s) => s.capaian.status === 'terhitung').length;
  out.push(
    c.status === 'terhitung'
      ? `Secara keseluruhan, capaian kinerja ${config.satker} Tahun ${dataset.tahun} adalah ` +
          `${formatCapaian(c.nilai, skala)}%${mentahTeks(c, config.kebijakan.kategoriDari)} dengan kategori ${c.kategori}, ` +
          `rata-rata dari ${dihitung} sasaran strategis.`
      : `Capaian kinerja keseluruhan ${config.satker} Tahun ${dataset.tahun} ${statusTeks(c)}: ${c.alasan}.`,
  );
  const ekstrem = tertinggiTerendah(dataset.sasaran, skala);
  if (ekstrem) out.push(ekstrem);
  out.push(
    ringkasanIndikator(
      dataset.sasaran.flatMap((s) => s.indikator),
      skala,
    ),
  );
  const total = dataset.anggaran.total;
  out.push(
    `Realisasi anggaran${dataset.hibah.length > 0 ? ' DIPA' : ''} ${formatRupiah(total.realisasi)} dari pagu ${formatRupiah(total.pagu)}` +
      (total.serapan === null ? '.' : ` (serapan ${formatSerapan(total.serapan)}%).`),
  );
  return out;
}

/** BAB IV. */
export function bab4View(
  dataset: Dataset,
  config: Config,
  narrative: Readonly<Record<string, string>>,
  daftar: Daftar,
  berkas: Readonly<Record<string, GambarBerkas>> = {},
): ReportView['bab4'] {
  const judul = daftar.judul('bab-4', 'BAB IV', 'PENUTUP', 1);
  const kesimpulan = {
    judul: daftar.judul('bab-4-kesimpulan', hurufBagian(0), narasiSlot('kesimpulan').judul, 2),
    paragraf: ringkasanPenutup(dataset, config),
    narasi: narasiView(narrative, 'kesimpulan', (teks) => daftar.tabel('4', teks), gambarBab(daftar, '4', berkas)),
  };
  const perbaikan = {
    judul: daftar.judul('bab-4-langkah-perbaikan', hurufBagian(1), narasiSlot('langkah-perbaikan').judul, 2),
    narasi: narasiView(
      narrative,
      'langkah-perbaikan',
      (teks) => daftar.tabel('4', teks),
      gambarBab(daftar, '4', berkas),
    ),
  };
  return { judul, kesimpulan, perbaikan };
}
