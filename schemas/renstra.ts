/** Schema of `inputs/renstra.yaml`: the 5-year strategic plan, earlier years' realisasi and national standards. */
import { z } from 'zod';
import { kodeIku, tahun } from './common.ts';

const perTahun = z.record(z.string().regex(/^\d{4}$/, 'kunci harus tahun 4 digit'), z.number());

export const renstraIndikatorSchema = z.object({
  kodeIku,
  /** Renstra target per year (`'2024': 100`); the last year is the end-of-period target. */
  target: perTahun,
  /** Realisasi of earlier years, for the multi-year comparison (T4). */
  realisasi: perTahun.default({}),
  /** National standard or comparator, where one exists (T6). */
  standarNasional: z.object({ nilai: z.number(), keterangan: z.string() }).optional(),
});

export const sasaranSchema = z.object({
  kode: z.string().min(1),
  nama: z.string().min(1),
  tujuan: z.string().optional(),
  indikator: z.array(renstraIndikatorSchema).min(1),
});

export const renstraSchema = z.object({
  nomor: z.string().optional(),
  periode: z.object({ awal: tahun, akhir: tahun }),
  visi: z.string().min(1),
  misi: z.array(z.string().min(1)).min(1),
  tujuan: z.array(z.string().min(1)).default([]),
  sasaran: z.array(sasaranSchema).min(1),
  /** Budget programs known to the plan, e.g. `076.01.WA`, with their kegiatan (4-digit codes). */
  program: z
    .array(
      z.object({
        kode: z.string().min(1),
        nama: z.string().min(1),
        kegiatan: z.array(z.object({ kode: z.string().min(1), nama: z.string().min(1) })).default([]),
      }),
    )
    .min(1),
});

export type Renstra = z.infer<typeof renstraSchema>;
export type Sasaran = z.infer<typeof sasaranSchema>;
export type RenstraIndikator = z.infer<typeof renstraIndikatorSchema>;
