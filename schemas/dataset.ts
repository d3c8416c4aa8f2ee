/**
 * Schema of the consolidated performance dataset: the merge stage's output, written to `output/*.json` and the only
 * input of the render stage.
 */
import { z } from 'zod';
import { agregasi, arah, rumusTurun, targetValue } from './common.ts';

/**
 * Where one figure of the report comes from: a workbook cell (`file`, `sheet`, `cell`, which may list cells:
 * `C7:C12, C15`) or a YAML line (`file`, `baris`); `catatan` says how a computed figure was made.
 */
export const asalSchema = z.object({
  file: z.string(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  baris: z.number().int().optional(),
  catatan: z.string().optional(),
});

/** The sources of a row's figures by field (`target`, `realisasi`, `realisasiTriwulan.2`, `riwayat.2023` …). */
export const asalMapSchema = z.record(z.string(), z.array(asalSchema));

/** The three outcomes of a capaian (primer §4), never confused. */
export const capaianResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('terhitung'),
    /** Value shown in tables (capped at 100 when the policy says so). */
    nilai: z.number(),
    /** Uncapped value, for the narrative. */
    nilaiMentah: z.number(),
    kategori: z.string(),
  }),
  z.object({ status: z.literal('tidak-dapat-dihitung'), alasan: z.string() }),
  z.object({ status: z.literal('belum-diisi'), alasan: z.string() }),
]);

export const indikatorDataSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  sasaran: z.string(),
  satuan: z.string(),
  arah,
  agregasi,
  rumus: z.union([rumusTurun, z.literal('R/T')]),
  target: targetValue,
  targetTriwulan: z.tuple([z.number().nullable(), z.number().nullable(), z.number().nullable(), z.number().nullable()]),
  realisasiTriwulan: z.tuple([z.number().nullable(), z.number().nullable(), z.number().nullable(), z.number().nullable()]),
  realisasi: z.number().nullable(),
  capaian: capaianResultSchema,
  unit: z.string(),
  namaUnit: z.string(),
  /** Workbook that reported it, if any. */
  sumber: z.string().nullable(),
  sumberData: z.string(),
  keterangan: z.string(),
  analisis: z.object({ penyebab: z.string(), upaya: z.string(), programPendukung: z.string() }).nullable(),
  /** Earlier years, oldest first, then this year (T4). */
  riwayat: z.array(z.object({ tahun: z.number(), realisasi: z.number().nullable(), capaian: z.number().nullable() })),
  renstra: z.object({ tahunAkhir: z.number(), targetAkhir: z.number().nullable(), capaian: z.number().nullable() }),
  standarNasional: z.object({ nilai: z.number(), keterangan: z.string() }).nullable(),
  /** Budget tied to this indicator through `Anggaran → Kode IKU`. */
  anggaran: z.object({ pagu: z.number(), realisasi: z.number() }),
  /** Where each figure of this indicator came from (set by `merge/trace-sources.ts`; the self-check requires it). */
  asal: asalMapSchema.optional(),
});

export const sasaranDataSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  indikator: z.array(indikatorDataSchema),
  /** Mean of its indicators' computed capaian; null if none could be computed. */
  capaian: z.number().nullable(),
  kategori: z.string().nullable(),
  anggaran: z.object({ pagu: z.number(), realisasi: z.number(), serapan: z.number().nullable() }),
  efisiensi: z.number().nullable(),
});

const budgetLine = z.object({
  kode: z.string(),
  nama: z.string(),
  pagu: z.number(),
  realisasi: z.number(),
  serapan: z.number().nullable(),
  sisa: z.number(),
  /** The cells of the budget lines summed into `pagu` and `realisasi`, and the PK line (`pk`) of a program. */
  asal: asalMapSchema.optional(),
});

export const programDataSchema = budgetLine.extend({ kegiatan: z.array(budgetLine) });

export const datasetSchema = z.object({
  tahun: z.number(),
  sasaran: z.array(sasaranDataSchema),
  capaianKeseluruhan: z.number().nullable(),
  kategoriKeseluruhan: z.string().nullable(),
  anggaran: z.object({
    program: z.array(programDataSchema),
    total: budgetLine.omit({ kode: true, nama: true }),
    /** The part of the budget tied to an IKU (`Anggaran → Kode IKU`): all the efficiency table (T7) can cover. */
    terkaitIku: z.object({ pagu: z.number(), realisasi: z.number(), persenPagu: z.number().nullable() }),
  }),
  /** Units expected to report, and whether they sent a workbook. */
  unit: z.array(z.object({ kode: z.string(), nama: z.string(), file: z.string().nullable() })),
});

export type Asal = z.infer<typeof asalSchema>;
export type AsalMap = z.infer<typeof asalMapSchema>;
export type CapaianResult = z.infer<typeof capaianResultSchema>;
export type IndikatorData = z.infer<typeof indikatorDataSchema>;
export type SasaranData = z.infer<typeof sasaranDataSchema>;
export type ProgramData = z.infer<typeof programDataSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
