/** The merge stage (pure): validated divisions + reference data → the consolidated performance dataset. */
import type { Dataset, IndikatorData, SasaranData } from '../../schemas/dataset.ts';
import type { Division } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import { kategoriFor } from './compute-capaian.ts';
import { mergeBudget, serapan } from './merge-budget.ts';
import { indexByIku, mergeIndicator } from './merge-indicator.ts';
import { mergeHibah, mergeSumberDana, sourcedLines } from './merge-sumber-dana.ts';

/** Mean of the numbers, or null for none. */
export const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * Builds the dataset: each IKU with its capaian, each sasaran with the mean of its indicators' capaian, the overall
 * capaian as the mean over sasaran (primer §4), the budget per program and kegiatan, and which units reported.
 */
export function mergeDataset(divisions: readonly Division[], ref: Reference): Dataset {
  const lines = sourcedLines(divisions, ref);
  const efisiensiSumber = ref.config.kebijakan.efisiensiSumberDana;
  // The lines that count for efficiency (T7): every source, or those the policy names.
  const counted = efisiensiSumber ? lines.filter((l) => efisiensiSumber.includes(l.sumberDana)) : lines;
  const reported = indexByIku(divisions, counted);
  const indicators = ref.iku.indikator.map((iku) => mergeIndicator(iku, reported, ref));
  const sasaran = ref.renstra.sasaran
    .map((s) => sasaranData(s.kode, s.nama, indicators.filter((i) => i.sasaran === s.kode), ref))
    .filter((s) => s.indikator.length > 0);
  const capaianKeseluruhan = mean(sasaran.flatMap((s) => (s.capaian === null ? [] : [s.capaian])));
  const { program, total } = mergeBudget(divisions, ref.renstra);
  const fileByUnit = new Map<string, string>();
  for (const d of divisions) if (d.identitas.kodeUnit && !fileByUnit.has(d.identitas.kodeUnit)) fileByUnit.set(d.identitas.kodeUnit, d.file);
  return {
    tahun: ref.iku.tahun,
    sasaran,
    capaianKeseluruhan,
    kategoriKeseluruhan: capaianKeseluruhan === null ? null : kategoriFor(capaianKeseluruhan, ref.config.kebijakan.skalaKategori),
    anggaran: {
      program,
      total: { ...total, serapan: serapan(total), sisa: total.pagu - total.realisasi },
      terkaitIku: terkaitIku(indicators, counted.reduce((a, l) => a + l.pagu, 0)),
      ...mergeSumberDana(lines, ref),
    },
    hibah: mergeHibah(ref),
    unit: ref.config.unitKerja.map((u) => ({
      kode: u.kode,
      nama: u.nama,
      file: fileByUnit.get(u.kode) ?? null,
    })),
  };
}

function sasaranData(kode: string, nama: string, indikator: IndikatorData[], ref: Reference): SasaranData {
  const capaian = mean(indikator.flatMap((i) => (i.capaian.status === 'terhitung' ? [i.capaian.nilai] : [])));
  const pagu = indikator.reduce((a, i) => a + i.anggaran.pagu, 0);
  const realisasi = indikator.reduce((a, i) => a + i.anggaran.realisasi, 0);
  const s = serapan({ pagu, realisasi });
  return {
    kode,
    nama,
    indikator,
    capaian,
    kategori: capaian === null ? null : kategoriFor(capaian, ref.config.kebijakan.skalaKategori),
    anggaran: { pagu, realisasi, serapan: s },
    efisiensi: efisiensi(capaian, s, ref.config.kebijakan.efisiensi),
  };
}

/** `selisih`: capaian − serapan (positive is efficient); `rasio`: capaian / serapan (above 1 is efficient). */
export function efisiensi(capaian: number | null, serapanPct: number | null, rumus: 'selisih' | 'rasio'): number | null {
  if (capaian === null || serapanPct === null) return null;
  if (rumus === 'selisih') return capaian - serapanPct;
  return serapanPct === 0 ? null : capaian / serapanPct;
}

/** The budget tied to the indicators, and its share of the whole pagu (what T7 covers). */
function terkaitIku(indicators: readonly IndikatorData[], totalPagu: number): Dataset['anggaran']['terkaitIku'] {
  const pagu = indicators.reduce((a, i) => a + i.anggaran.pagu, 0);
  const realisasi = indicators.reduce((a, i) => a + i.anggaran.realisasi, 0);
  return { pagu, realisasi, persenPagu: totalPagu > 0 ? (pagu / totalPagu) * 100 : null };
}
