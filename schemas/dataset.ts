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
  realisasiTriwulan: z.tuple([
    z.number().nullable(),
    z.number().nullable(),
    z.number().nullable(),
    z.number().nullable(),
  ]),
  realisasi: z.number().nullable(),
  capaian: capaianResultSchema,
  unit: z.string(),
  namaUnit: z.string(),
  /** Workbook that reported it, if any. */
  sumber: z.string().nullable(),
  sumberData: z.string(),
  keterangan: z.string(),
  analisis: z.object({ penyebab: z.string(), upaya: z.string(), programPendukung: z.string() }).nullable(),
  /** Earlier years, oldest first, then this year (T4); each year's capaian against that year's Renstra target. */
  riwayat: z.array(z.object({ tahun: z.number(), realisasi: z.number().nullable(), capaian: capaianResultSchema })),
  /** This year's realisasi against the Renstra end-of-period target (T5). */
  renstra: z.object({ tahunAkhir: z.number(), targetAkhir: z.number().nullable(), capaian: capaianResultSchema }),
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
  /**
   * Mean of its indicators' computed capaian (`nilai` of the printed values, `nilaiMentah` of the raw ones); else
   * "belum diisi" or "tidak dapat dihitung" with the reason.
   */
  capaian: capaianResultSchema,
  /** Budget tied to all its indicators through `Anggaran → Kode IKU`. */
  anggaran: z.object({ pagu: z.number(), realisasi: z.number(), serapan: z.number().nullable() }),
  /**
   * Efficiency (T7): the mean capaian against the budget of the same indicators, those whose capaian is computed
   * (an indicator left out of the mean leaves its budget out too). `nilai` null when it cannot be computed.
   */
  efisiensi: z.object({
    pagu: z.number(),
    realisasi: z.number(),
    serapan: z.number().nullable(),
    nilai: z.number().nullable(),
  }),
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

/**
 * One source of funds in the report year (DIPA, hibah …) with its spending per jenis belanja (`51` Belanja Pegawai,
 * `52` Belanja Barang, `53` Belanja Modal … from the akun's first two digits, BAS), or the sum of all sources.
 */
export const sumberDanaDataSchema = budgetLine.extend({ jenisBelanja: z.array(budgetLine) });

/** One hibah (NPHD) as the report states it: the agreement, its year's part, and what is left of it. */
export const hibahDataSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  sumberDana: z.string(),
  pemberi: z.string(),
  nphd: z.object({ nomor: z.string(), tanggal: z.string() }),
  jumlah: z.number(),
  periode: z.object({ awal: z.number(), akhir: z.number() }),
  /** Spent in the years before the report year. */
  realisasiSebelumnya: z.number(),
  /** Planned and spent in the report year. */
  pagu: z.number(),
  realisasi: z.number(),
  /** Spent up to the end of the report year, and what remains of the NPHD amount. */
  realisasiKumulatif: z.number(),
  sisa: z.number(),
  /** hibah.yaml lines of `jumlah`, `sebelumnya` (earlier years' realisasi) and `realisasi` (the report year's). */
  asal: asalMapSchema.optional(),
});

export const datasetSchema = z.object({
  tahun: z.number(),
  sasaran: z.array(sasaranDataSchema),
  /** Mean over the sasaran of their capaian, with the same three outcomes. */
  capaianKeseluruhan: capaianResultSchema,
  anggaran: z.object({
    program: z.array(programDataSchema),
    total: budgetLine.omit({ kode: true, nama: true }),
    /** The part of the budget tied to an IKU (`Anggaran → Kode IKU`, hibah `kodeIku`): all T7 can cover; share of the lines of the sources counted for efficiency. */
    // paguDasar: the pagu of the sources counted for efficiency (kebijakan.efisiensiSumberDana), what persenPagu is of.
    terkaitIku: z.object({
      pagu: z.number(),
      realisasi: z.number(),
      paguDasar: z.number(),
      persenPagu: z.number().nullable(),
    }),
    /** Per source of funds (configured order, sources with lines only): workbook lines and the year's hibah lines. */
    sumberDana: z.array(sumberDanaDataSchema).default([]),
    /** All sources together (`kode` `JUMLAH`); null without budget lines. */
    gabungan: sumberDanaDataSchema.nullable().default(null),
  }),
  /** Hibah from `hibah.yaml` whose period covers the report year. */
  hibah: z.array(hibahDataSchema).default([]),
  /** Units expected to report, and whether they sent a workbook. */
  unit: z.array(z.object({ kode: z.string(), nama: z.string(), file: z.string().nullable() })),
});

export type Asal = z.infer<typeof asalSchema>;
export type AsalMap = z.infer<typeof asalMapSchema>;
export type CapaianResult = z.infer<typeof capaianResultSchema>;
export type IndikatorData = z.infer<typeof indikatorDataSchema>;
export type SasaranData = z.infer<typeof sasaranDataSchema>;
export type ProgramData = z.infer<typeof programDataSchema>;
export type SumberDanaData = z.infer<typeof sumberDanaDataSchema>;
export type HibahData = z.infer<typeof hibahDataSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
