/** One IKU's row of the consolidated dataset: what its unit reported, its capaian, history and budget. */
import type { Division } from '../../schemas/division.ts';
import type { IndikatorData } from '../../schemas/dataset.ts';
import type { IkuIndikator } from '../../schemas/iku.ts';
import type { Reference } from '../../schemas/reference.ts';
import { annualRealisasi } from './annual-realisasi.ts';
import { computeCapaian, type CapaianPolicy, type Rumus } from './compute-capaian.ts';

const EMPTY_QUARTERS: [null, null, null, null] = [null, null, null, null];

/** Merges one IKU with the first division that reported it (duplicates are a validation error already). */
export function mergeIndicator(iku: IkuIndikator, divisions: readonly Division[], ref: Reference): IndikatorData {
  const { config, renstra } = ref;
  const policy: CapaianPolicy = config.kebijakan;
  const rumus: Rumus = iku.arah === 'naik' ? 'R/T' : (iku.rumus ?? config.kebijakan.rumusTurunDefault);
  const reporter = divisions.find((d) => d.capaian.some((c) => c.kodeIku === iku.kode));
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
    const c = capaianOf(yearly(tahun), r);
    return { tahun, realisasi: r, capaian: c.status === 'terhitung' ? c.nilai : null };
  });
  const capaian = capaianOf(iku.target, realisasi);
  riwayat.push({ tahun: ref.iku.tahun, realisasi, capaian: capaian.status === 'terhitung' ? capaian.nilai : null });
  const targetAkhir = yearly(renstra.periode.akhir);
  const capaianAkhir = capaianOf(targetAkhir, realisasi);
  const lines = divisions.flatMap((d) => d.anggaran).filter((a) => a.kodeIku === iku.kode);
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
    analisis: analisis ? { penyebab: analisis.penyebab, upaya: analisis.upaya, programPendukung: analisis.programPendukung } : null,
    riwayat,
    renstra: {
      tahunAkhir: renstra.periode.akhir,
      targetAkhir,
      capaian: capaianAkhir.status === 'terhitung' ? capaianAkhir.nilai : null,
    },
    standarNasional: renstraInd?.standarNasional ?? null,
    anggaran: { pagu: sum(lines.map((l) => l.pagu)), realisasi: sum(lines.map((l) => l.realisasi)) },
  };
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
