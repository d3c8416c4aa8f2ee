/** Schema of `inputs/iku.yaml`: the year's IKU / Perjanjian Kinerja, with quarterly targets (Rencana Aksi). */
import { z } from 'zod';
import { agregasi, arah, kodeIku, rumusTurun, tahun, targetValue } from './common.ts';

export const ikuIndikatorSchema = z.object({
  kode: kodeIku,
  nama: z.string().min(1),
  /** Code of the sasaran strategis in `renstra.yaml`. */
  sasaran: z.string().min(1),
  satuan: z.string().min(1),
  arah,
  agregasi,
  /** Formula for a `turun` indicator; falls back to the policy default. */
  rumus: rumusTurun.optional(),
  /** Annual PK target. */
  target: targetValue,
  /** Rencana Aksi: targets of TW I–IV (null where a quarter has none). */
  targetTriwulan: z.tuple([z.number().nullable(), z.number().nullable(), z.number().nullable(), z.number().nullable()]),
  /** Code of the responsible unit (see `unitKerja` in `laporan.yaml`). */
  unit: z.string().min(1),
  definisi: z.string().optional(),
  sumberData: z.string().optional(),
  /** Highest plausible value for the validator (e.g. 100 for most `%` indicators). */
  maks: z.number().optional(),
});

export const ikuSchema = z.object({
  tahun,
  indikator: z.array(ikuIndikatorSchema).min(1),
  /** PK lampiran: program budget promised in the Perjanjian Kinerja. */
  program: z
    .array(z.object({ kode: z.string().min(1), nama: z.string().min(1), anggaran: z.number().nonnegative() }))
    .min(1),
  /** Date the PK was signed. */
  tanggalPk: z.iso.date().optional(),
});

export type Iku = z.infer<typeof ikuSchema>;
export type IkuIndikator = z.infer<typeof ikuIndikatorSchema>;
