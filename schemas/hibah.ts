/**
 * Schema of `inputs/hibah.yaml`: grants (hibah) from a regional budget (APBD) under an NPHD, kept apart from the
 * DIPA as KPU offices keep them (own agreement, own account, own accountability report), with their use per year
 * and akun. A hibah runs across years (e.g. Pilgub 2024: 2023–2025); the report shows the year's part and the rest.
 */
import { z } from 'zod';
import { kodeIku, tahun } from './common.ts';

/** One line of the hibah's use: a year, an akun (6 digits, BAS), its planned amount and realisasi. */
export const penggunaanHibahSchema = z.object({
  tahun,
  /** Akun of the government chart of accounts (BAS), 6 digits: `521213`; its first two digits give the jenis belanja. */
  akun: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'akun harus 6 digit, misalnya 521213'),
  uraian: z.string().trim().min(1),
  /** Planned amount for that year (rencana penggunaan / RAB), in rupiah. */
  pagu: z.number().nonnegative(),
  /** Amount spent in that year, in rupiah, as in the hibah's accountability report. */
  realisasi: z.number().nonnegative(),
  /** Ties the spending to an indicator (counted in the efficiency analysis, T7), like `Kode IKU` in the workbooks. */
  kodeIku: kodeIku.optional(),
});

export const hibahItemSchema = z.object({
  /** A short code, unique in the file: `PILGUB-2024`. */
  kode: z.string().trim().min(1),
  /** What the grant finances: `Hibah Pemilihan Gubernur dan Wakil Gubernur Banten Tahun 2024`. */
  nama: z.string().trim().min(1),
  /** Code of the source of funds in `laporan.yaml` (`sumberDana`); default `HIBAH`. */
  sumberDana: z.string().trim().min(1).default('HIBAH'),
  /** The grantor: `Pemerintah Provinsi Banten`. */
  pemberi: z.string().trim().min(1),
  /** The grant agreement (Naskah Perjanjian Hibah Daerah): number and date of signing. */
  nphd: z.object({ nomor: z.string().trim().min(1), tanggal: z.iso.date() }),
  /** Total amount of the NPHD (after any addendum), in rupiah. */
  jumlah: z.number().positive(),
  /** Years the grant may be used in. */
  periode: z.object({ awal: tahun, akhir: tahun }).refine((p) => p.awal <= p.akhir, 'awal harus <= akhir'),
  /** Use per year and akun; earlier years give the realisasi before the report year. */
  penggunaan: z.array(penggunaanHibahSchema).default([]),
});

export const hibahSchema = z.object({
  hibah: z.array(hibahItemSchema).default([]),
});

export type Hibah = z.infer<typeof hibahSchema>;
export type HibahItem = z.infer<typeof hibahItemSchema>;
