/** The cells of a unit's template before locks and validation: reference values filled, inputs empty. Pure. */
import type { Reference } from '../../../schemas/reference.ts';
import type { DivisionWorkbookSpec } from './division-workbook-spec.ts';
import { petunjukLines } from './petunjuk-lines.ts';
import type { TemplatePlan } from './plan-templates.ts';

/** Identitas with unit and year; one Capaian and one Analisis row per IKU; Anggaran without rows. */
export function templateSpec(plan: TemplatePlan, ref: Reference): DivisionWorkbookSpec {
  return {
    petunjuk: petunjukLines(plan, ref),
    identitas: { unitKerja: plan.unit.nama, tahun: plan.tahun, penanggungJawab: null, nip: null, tanggal: null },
    capaian: plan.indikator.map((iku) => ({
      kodeIku: iku.kode,
      indikator: iku.nama,
      satuan: iku.satuan,
      // A range target is written as the validator reads it back: `80-90`.
      target: typeof iku.target === 'number' ? iku.target : `${iku.target.min}-${iku.target.max}`,
      triwulan: [null, null, null, null],
      realisasi: null,
      sumberData: null,
      keterangan: null,
    })),
    analisis: plan.indikator.map((iku) => ({ kodeIku: iku.kode, penyebab: null, upaya: null, programPendukung: null })),
    anggaran: [],
  };
}
