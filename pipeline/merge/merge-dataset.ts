/** The merge stage (pure): validated divisions + reference data → the consolidated performance dataset. */
import type { Dataset, IndikatorData, SasaranData } from '../../schemas/dataset.ts';
import type { Division } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { CapaianPolicy } from './compute-capaian.ts';
import { meanCapaian } from './mean-capaian.ts';
import { mergeBudget, serapan } from './merge-budget.ts';
import { indexByIku, mergeIndicator } from './merge-indicator.ts';
import { mergeHibah, mergeSumberDana, sourcedLines } from './merge-sumber-dana.ts';

export { mean } from './mean-capaian.ts';

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
    .map((s) =>
      sasaranData(
        s.kode,
        s.nama,
        indicators.filter((i) => i.sasaran === s.kode),
        ref,
      ),
    )
    .filter((s) => s.indikator.length > 0);
  const capaianKeseluruhan = meanCapaian(
    sasaran.map((s) => s.capaian),
    ref.config.kebijakan,
    'sasaran',
  );
  const { program, total } = mergeBudget(divisions, ref.renstra);
  const fileByUnit = new Map<string, string>();
  for (const d of divisions)
    if (d.identitas.kodeUnit && !fileByUnit.has(d.identitas.kodeUnit)) fileByUnit.set(d.identitas.kodeUnit, d.file);
  return {
    tahun: ref.iku.tahun,
    sasaran,
    capaianKeseluruhan,
    anggaran: {
      program,
      total: { ...total, serapan: serapan(total), sisa: total.pagu - total.realisasi },
      terkaitIku: terkaitIku(
        indicators,
        counted.reduce((a, l) => a + l.pagu, 0),
      ),
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

/** Pagu and realisasi added up. */
const sum = (xs: readonly { pagu: number; realisasi: number }[]) =>
  xs.reduce((a, x) => ({ pagu: a.pagu + x.pagu, realisasi: a.realisasi + x.realisasi }), { pagu: 0, realisasi: 0 });

function sasaranData(kode: string, nama: string, indikator: IndikatorData[], ref: Reference): SasaranData {
  const policy: CapaianPolicy = ref.config.kebijakan;
  const capaian = meanCapaian(
    indikator.map((i) => i.capaian),
    policy,
    'indikator',
  );
  const semua = sum(indikator.map((i) => i.anggaran));
  // Efficiency compares the mean capaian with the budget of the same indicators: one left out of the mean (not
  // filled, cannot be computed) leaves its budget out too.
  const dasar = sum(indikator.filter((i) => i.capaian.status === 'terhitung').map((i) => i.anggaran));
  const serapanDasar = serapan(dasar);
  const nilai =
    capaian.status === 'terhitung' ? efisiensi(capaian.nilai, serapanDasar, ref.config.kebijakan.efisiensi) : null;
  return {
    kode,
    nama,
    indikator,
    capaian,
    anggaran: { ...semua, serapan: serapan(semua) },
    efisiensi: { ...dasar, serapan: serapanDasar, nilai },
  };
}

/** `selisih`: capaian − serapan (positive is efficient); `rasio`: capaian / serapan (above 1 is efficient). */
export function efisiensi(
  capaian: number | null,
  serapanPct: number | null,
  rumus: 'selisih' | 'rasio',
): number | null {
  if (capaian === null || serapanPct === null) return null;
  if (rumus === 'selisih') return capaian - serapanPct;
  return serapanPct === 0 ? null : capaian / serapanPct;
}

/** The budget tied to the indicators, and its share of the whole pagu (what T7 covers). */
function terkaitIku(indicators: readonly IndikatorData[], totalPagu: number): Dataset['anggaran']['terkaitIku'] {
  const pagu = indicators.reduce((a, i) => a + i.anggaran.pagu, 0);
  const realisasi = indicators.reduce((a, i) => a + i.anggaran.realisasi, 0);
  return { pagu, realisasi, paguDasar: totalPagu, persenPagu: totalPagu > 0 ? (pagu / totalPagu) * 100 : null };
}
