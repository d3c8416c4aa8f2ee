/**
 * View model of Lampiran "Sumber Data" (the last Lampiran): for every indicator, each printed figure with the workbook cell or YAML line
 * it came from (what an auditor asks for first), then the budget per program. The texts are the ones the HTML
 * carries in `data-sumber` (`sumber.ts`), so the Lampiran and the table cells always agree.
 */
import type { Dataset, IndikatorData } from '../../schemas/dataset.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Daftar } from './daftar.ts';
import type { KategoriBand } from '../../schemas/config.ts';
import { formatUang as uang } from '../format.ts';
import { formatIndikator, formatTargetIndikator } from './format-nilai.ts';
import { capaianTeks } from './view-capaian.ts';
import { asalTeks, gabungAsal, sumberLookup, type SumberLookup } from './sumber.ts';
import type { Judul } from './view-types.ts';

/** One figure: what it is, its value as printed, where it came from. */
export interface SumberBaris {
  angka: string;
  nilai: string;
  sumber: string;
}

/** Lampiran Sumber Data: one group of rows per indicator, and one per program. */
export interface SumberDataView {
  judul: Judul;
  paragraf: string[];
  indikator: { judul: Judul; kelompok: { kepala: string; baris: SumberBaris[] }[] };
  anggaran: { judul: Judul; kelompok: { kepala: string; baris: SumberBaris[] }[] };
}

const KOSONG = '–';
/** Quarter values in the indicator's precision, as Lampiran 2 prints them. */
const tw = (i: IndikatorData, xs: readonly (number | null)[]): string =>
  xs.map((x) => (x === null ? KOSONG : formatIndikator(i).angka(x))).join(' · ');
/** The sources of several fields of one indicator as one text: `berkas.xlsx, Capaian!E5:H5`, `iku.yaml baris 20`. */
const joined = (i: IndikatorData, keys: readonly string[]): string =>
  asalTeks(gabungAsal(keys.flatMap((k) => i.asal?.[k] ?? []))) || KOSONG;

/** Every figure of one indicator, printed as the report's tables print it (the indicator's precision, `*`). */
function indikatorBaris(i: IndikatorData, s: Record<string, string>, skala: readonly KategoriBand[]): SumberBaris[] {
  const q = [0, 1, 2, 3];
  const formatAngka = formatIndikator(i).angka;
  const rows: SumberBaris[] = [
    { angka: 'Target PK', nilai: formatTargetIndikator(i), sumber: s['target'] ?? KOSONG },
    {
      angka: 'Target TW I–IV (Rencana Aksi)',
      nilai: tw(i, i.targetTriwulan),
      sumber: joined(
        i,
        q.map((k) => `targetTriwulan.${k}`),
      ),
    },
    {
      angka: 'Realisasi TW I–IV',
      nilai: tw(i, i.realisasiTriwulan),
      sumber: joined(
        i,
        q.map((k) => `realisasiTriwulan.${k}`),
      ),
    },
    {
      angka: 'Realisasi tahunan',
      nilai: i.realisasi === null ? 'belum diisi' : formatAngka(i.realisasi),
      sumber: s['realisasi'] || KOSONG,
    },
    { angka: 'Capaian (%)', nilai: capaianTeks(i.capaian, skala), sumber: s['capaian'] || KOSONG },
  ];
  for (const h of i.riwayat.slice(0, -1)) {
    if (h.realisasi !== null)
      rows.push({
        angka: `Realisasi ${h.tahun}`,
        nilai: formatAngka(h.realisasi),
        sumber: s[`riwayat.${h.tahun}`] || KOSONG,
      });
  }
  if (i.renstra.targetAkhir !== null) {
    rows.push({
      angka: `Target akhir Renstra (${i.renstra.tahunAkhir})`,
      nilai: formatAngka(i.renstra.targetAkhir),
      sumber: s['renstra.targetAkhir'] || KOSONG,
    });
  }
  if (i.standarNasional)
    rows.push({
      angka: 'Standar nasional',
      nilai: formatAngka(i.standarNasional.nilai),
      sumber: s['standarNasional'] || KOSONG,
    });
  if (i.anggaran.pagu > 0) {
    rows.push({
      angka: 'Pagu anggaran terkait (Rp)',
      nilai: uang(i.anggaran.pagu),
      sumber: s['anggaran.pagu'] || KOSONG,
    });
    rows.push({
      angka: 'Realisasi anggaran terkait (Rp)',
      nilai: uang(i.anggaran.realisasi),
      sumber: s['anggaran.realisasi'] || KOSONG,
    });
  }
  return rows;
}

/** Lampiran Sumber Data, registered after the other Lampiran so Daftar Isi lists it in order (it is the last). */
export function sumberDataView(
  dataset: Dataset,
  reference: Reference,
  daftar: Daftar,
  lookup: SumberLookup = sumberLookup(dataset),
): SumberDataView {
  const pk = (kode: string) => reference.iku.program.find((x) => x.kode === kode)?.anggaran;
  const indikator = dataset.sasaran.flatMap((s) => s.indikator);
  return {
    judul: daftar.lampiran('lampiran-sumber-data', 'SUMBER DATA'),
    paragraf: [
      'Setiap angka dalam laporan ini dapat ditelusuri ke sel buku kerja unit (nama berkas, lembar dan sel) atau ke ' +
        'baris berkas data acuan (iku.yaml, renstra.yaml) tempat angka itu ditulis. Angka hasil perhitungan menyebut ' +
        'rumus dan sumber angka yang dihitung. Dalam berkas HTML laporan, sumber yang sama tercantum pada atribut ' +
        'data-sumber setiap sel tabel.',
    ],
    indikator: {
      judul: daftar.tabel('L', 'Sumber Data setiap Indikator Kinerja'),
      kelompok: indikator.map((i) => ({
        kepala: `${i.kode} ${i.nama}`,
        baris: indikatorBaris(i, lookup[i.kode] ?? {}, reference.config.kebijakan.skalaKategori),
      })),
    },
    anggaran: {
      judul: daftar.tabel('L', 'Sumber Data Anggaran per Program'),
      kelompok: dataset.anggaran.program.map((p) => ({
        kepala: `${p.kode} ${p.nama}`,
        baris: [
          ...(p.asal?.['pk']
            ? [{ angka: 'Anggaran PK (Rp)', nilai: uang(pk(p.kode) ?? 0), sumber: asalTeks(p.asal['pk']) }]
            : []),
          { angka: 'Pagu (Rp)', nilai: uang(p.pagu), sumber: asalTeks(p.asal?.['pagu']) || KOSONG },
          { angka: 'Realisasi (Rp)', nilai: uang(p.realisasi), sumber: asalTeks(p.asal?.['realisasi']) || KOSONG },
        ],
      })),
    },
  };
}
