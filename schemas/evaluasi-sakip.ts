/**
 * Schema of `inputs/evaluasi-sakip.yaml` (optional): the last evaluation of the office's performance accountability
 * (Laporan Hasil Evaluasi, LHE SAKIP) and what was done about each of its recommendations, printed as a Lampiran.
 */
import { z } from 'zod';
import { tahun } from './common.ts';

/** Where a recommendation stands: done, under way, not yet started. */
export const statusTindakLanjut = z.enum(['selesai', 'dalam-proses', 'belum']);

export const rekomendasiSchema = z.object({
  /** The recommendation as the LHE words it. */
  rekomendasi: z.string().trim().min(1),
  /** What the office did about it. */
  tindakLanjut: z.string().trim().min(1),
  status: statusTindakLanjut,
  /** The evidence: a document, decision or report that shows it (number and date). */
  bukti: z.string().trim().default(''),
});

export const evaluasiSakipSchema = z.object({
  /** The year evaluated (usually the year before the report) and the evaluation letter (LHE). */
  tahunDievaluasi: tahun,
  lhe: z.object({
    nomor: z.string().trim().min(1),
    tanggal: z.iso.date(),
    /** Who evaluated: e.g. `Inspektorat Utama KPU`. */
    evaluator: z.string().trim().min(1),
  }),
  /** Score and grade of the evaluation, when the LHE gives them (`72,5`, `BB`). */
  nilai: z.number().min(0).max(100).optional(),
  predikat: z.string().trim().min(1).optional(),
  rekomendasi: z.array(rekomendasiSchema).min(1),
});

export type EvaluasiSakip = z.infer<typeof evaluasiSakipSchema>;
