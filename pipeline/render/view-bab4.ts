/** View model of BAB IV Penutup: a summary of the numbers, then the staff's conclusion and next steps. */
import type { Config } from '../../schemas/config.ts';
import type { Dataset, SasaranData } from '../../schemas/dataset.ts';
import { hurufBagian, type Daftar } from './daftar.ts';
import { daftarKata, formatPersenTanda, formatRupiah } from '../format.ts';
import { narasiSlot } from './narasi-slots.ts';
import type { GambarBerkas } from '../load/read-narrative-images.ts';
import { gambarBab, narasiView } from './view-narasi.ts';
import type { ReportView } from './view-types-bab.ts';

/** The generated paragraphs that open the conclusion: overall result, best and weakest sasaran, misses, budget. */
export function ringkasanPenutup(dataset: Dataset, config: Config): string[] {
  const out: string[] = [];
  const dihitung = dataset.sasaran.filter((s): s is SasaranData & { capaian: number } => s.capaian !== null);
  if (dataset.capaianKeseluruhan !== null) {
    out.push(
      `Secara keseluruhan, capaian kinerja ${config.satker} Tahun ${dataset.tahun} adalah ` +
        `${formatPersenTanda(dataset.capaianKeseluruhan)} dengan kategori ${dataset.kategoriKeseluruhan ?? '–'}, ` +
        `rata-rata dari ${dihitung.length} sasaran strategis.`,
    );
  }
  if (dihitung.length > 1) {
    const urut = [...dihitung].sort((a, b) => b.capaian - a.capaian);
    const [atas, bawah] = [urut[0]!, urut.at(-1)!];
    if (atas.capaian !== bawah.capaian) {
      out.push(
        `Capaian tertinggi ada pada sasaran "${atas.nama}" (${formatPersenTanda(atas.capaian)}) dan terendah pada ` +
          `sasaran "${bawah.nama}" (${formatPersenTanda(bawah.capaian)}).`,
      );
    }
  }
  const indikator = dataset.sasaran.flatMap((s) => s.indikator);
  const belum = indikator.flatMap((i) =>
    i.capaian.status === 'terhitung' && i.capaian.nilaiMentah < 100 ? [`${i.kode} (${formatPersenTanda(i.capaian.nilai)})`] : [],
  );
  const tercapai = indikator.filter((i) => i.capaian.status === 'terhitung' && i.capaian.nilaiMentah >= 100).length;
  out.push(
    `${tercapai} dari ${indikator.length} indikator mencapai atau melampaui target` +
      (belum.length > 0 ? `; yang belum mencapai target: ${daftarKata(belum)}.` : '.'),
  );
  const total = dataset.anggaran.total;
  out.push(
    `Realisasi anggaran ${formatRupiah(total.realisasi)} dari pagu ${formatRupiah(total.pagu)}` +
      (total.serapan === null ? '.' : ` (serapan ${formatPersenTanda(total.serapan)}).`),
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
    narasi: narasiView(narrative, 'langkah-perbaikan', (teks) => daftar.tabel('4', teks), gambarBab(daftar, '4', berkas)),
  };
  return { judul, kesimpulan, perbaikan };
}
