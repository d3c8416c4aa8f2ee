/** One IKU's row of the consolidated dataset: what its unit reported, its capaian, history and budget. */
import type { Division } from '../../schemas/division.ts';
import type { CapaianResult, IndikatorData } from '../../schemas/dataset.ts';
import type { IkuIndikator } from '../../schemas/iku.ts';
import type { Reference } from '../../schemas/reference.ts';
import { annualRealisasi } from './annual-realisasi.ts';
import { computeCapaian, type CapaianPolicy, type Rumus } from './compute-capaian.ts';
import type { SourcedLine } from './merge-sumber-dana.ts';

const EMPTY_QUARTERS: [null, null, null, null] = [null, null, null, null];

/** What the divisions reported, looked up by IKU code (built once per merge: one pass over every row). */
export interface ReportedByIku {
  reporter: Map<string, Division>;
  budget: Map<string, { pagu: number; realisasi: number }>;
}

/**
 * Indexes the divisions' rows by IKU code; the first division that reported an IKU wins (duplicates are errors).
 * `lines` are the year's budget lines of every source that counts for efficiency (workbooks and hibah).
 */
export function indexByIku(divisions: readonly Division[], lines: readonly SourcedLine[]): ReportedByIku {
  const reporter = new Map<string, Division>();
  const budget = new Map<string, { pagu: number; realisasi: number }>();
  for (const d of divisions) for (const c of d.capaian) if (!reporter.has(c.kodeIku)) reporter.set(c.kodeIku, d);
  for (const a of lines) {
    if (!a.kodeIku) continue;
    const s = budget.get(a.kodeIku) ?? { pagu: 0, realisasi: 0 };
    s.pagu += a.pagu;
    s.realisasi += a.realisasi;
    budget.set(a.kodeIku, s);
  }
  return { reporter, budget };
}

/** An earlier year whose realisasi `renstra.yaml` does not list. */
const tidakTercantum = (tahun: number): CapaianResult => ({
  status: 'belum-diisi',
  alasan: `Realisasi tahun ${tahun} tidak tercantum di renstra.yaml`,
});

/** An earlier year with a realisasi but no Renstra target to measure it against. */
const targetTahunTidakAda = (tahun: number): CapaianResult => ({
  status: 'tidak-dapat-dihitung',
  alasan: `Target Renstra tahun ${tahun} tidak tercantum di renstra.yaml`,
});

/** The Renstra lists no target for its last year. */
const targetAkhirTidakAda = (tahun: number): CapaianResult => ({
  status: 'tidak-dapat-dihitung',
  alasan: `Target akhir Renstra (${tahun}) tidak tercantum di renstra.yaml`,
});

/** Merges one IKU with the division that reported it. */
export function mergeIndicator(iku: IkuIndikator, reported: ReportedByIku, ref: Reference): IndikatorData {
  const { config, renstra } = ref;
  const policy: CapaianPolicy = config.kebijakan;
  const rumus: Rumus = iku.arah === 'naik' ? 'R/T' : (iku.rumus ?? config.kebijakan.rumusTurunDefault);
  const reporter = reported.reporter.get(iku.kode);
  const row = reporter?.capaian.find((c) => c.kodeIku === iku.kode);
  const analisis = reporter?.analisis.find((a) => a.kodeIku === iku.kode);
  const triwulan = row?.triwulan ?? EMPTY_QUARTERS;
  const realisasi = row ? (row.realisasi ?? annualRealisasi(triwulan, iku.agregasi)) : null;
  const capaianOf = (target: IkuIndikator['target'] | null, r: number | null) =>
    computeCapaian({ target, realisasi: r, arah: iku.arah, rumus }, policy);
  const renstraInd = renstra.sasaran.flatMap((s) => s.indikator).find((i) => i.kodeIku === iku.kode);
  const yearly = (y: number): number | null => renstraInd?.target[String(y)] ?? null;
  const riwayat = [ref.iku.tahun - 2, ref.iku.tahun - 1].map((tahun) => {
    const r = renstraInd?.realisasi[String(tahun)] ?? null;
    const t = yearly(tahun);
    const c = r === null ? tidakTercantum(tahun) : t === null ? targetTahunTidakAda(tahun) : capaianOf(t, r);
    return { tahun, realisasi: r, capaian: c };
  });
  const capaian = capaianOf(iku.target, realisasi);
  riwayat.push({ tahun: ref.iku.tahun, realisasi, capaian });
  const targetAkhir = yearly(renstra.periode.akhir);
  const capaianAkhir = capaianOf(targetAkhir, realisasi);
  return {
    kode: iku.kode,
    nama: iku.nama,
    sasaran: iku.sasaran,
    satuan: iku.satuan,
    arah: iku.arah,
    agregasi: iku.agregasi,
    rumus,
    target: iku.target,
    targetTriwulan: iku.targetTriwulan,
    realisasiTriwulan: [...triwulan],
    realisasi,
    capaian,
    unit: iku.unit,
    namaUnit: config.unitKerja.find((u) => u.kode === iku.unit)?.nama ?? iku.unit,
    sumber: reporter?.file ?? null,
    sumberData: row?.sumberData || iku.sumberData || '',
    keterangan: row?.keterangan ?? '',
    analisis: analisis
      ? { penyebab: analisis.penyebab, upaya: analisis.upaya, programPendukung: analisis.programPendukung }
      : null,
    riwayat,
    renstra: {
      tahunAkhir: renstra.periode.akhir,
      targetAkhir,
      capaian: targetAkhir === null && realisasi !== null ? targetAkhirTidakAda(renstra.periode.akhir) : capaianAkhir,
    },
    standarNasional: renstraInd?.standarNasional ?? null,
    anggaran: reported.budget.get(iku.kode) ?? { pagu: 0, realisasi: 0 },
  };
}
