/** Schema of `inputs/laporan.yaml`: the report's identity, signatories, status and policy choices (primer §4). */
import { z } from 'zod';
import { nip, rumusTurun, tahun } from './common.ts';

const penandatangan = z.object({
  nama: z.string().trim().min(1),
  jabatan: z.string().trim().min(1),
  nip: nip.optional(),
});

const kategori = z
  .object({
    /** Lowest capaian (inclusive) that earns this label; leave it out on the lowest band (everything below). */
    min: z.number().optional(),
    /** Exclusive lower bound instead of `min`: `lebihDari: 100` is the band "di atas 100". */
    lebihDari: z.number().optional(),
    label: z.string().min(1),
  })
  .refine((b) => b.min === undefined || b.lebihDari === undefined, 'Isi salah satu saja: min atau lebihDari');

/** A band of the category scale. */
export type KategoriBand = z.infer<typeof kategori>;

/** A source of funds (sumber dana): `RM` DIPA Rupiah Murni, `HIBAH` hibah APBD, `PNBP` … as the office keeps them. */
export const sumberDanaSchema = z.object({
  kode: z.string().trim().min(1),
  nama: z.string().trim().min(1),
});

/** Default sources: DIPA first (the default of a workbook budget line), then hibah APBD. */
export const SUMBER_DANA_DEFAULT = [
  { kode: 'RM', nama: 'DIPA (Rupiah Murni)' },
  { kode: 'HIBAH', nama: 'Hibah APBD' },
];

/** A unit that reports: a Divisi or a Bagian, with the code used in the IKU reference and workbooks. */
export const unitKerjaSchema = z.object({
  kode: z.string().trim().min(1),
  nama: z.string().trim().min(1),
  /** Other spellings a workbook may use in `Identitas → Unit Kerja`. */
  alias: z.array(z.string()).default([]),
});

export const configSchema = z.object({
  instansi: z.string().min(1),
  satker: z.string().min(1),
  tahun,
  alamat: z.string().min(1),
  telepon: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
  /** Place and date of signing, e.g. `Serang`, `2025-01-15`. */
  tempat: z.string().min(1),
  tanggal: z.iso.date(),
  status: z.enum(['draf', 'final']),
  penandatangan: z.object({
    /** Pihak pertama: signs the Kata Pengantar and the report. */
    sekretaris: penandatangan,
    /** Pihak kedua: the Ketua, a commissioner, without a NIP. */
    ketua: penandatangan,
    /** Who signs the Kata Pengantar: `sekretaris` (default) or `ketua` (some KPU offices; printed without NIP). */
    kataPengantar: z.enum(['sekretaris', 'ketua']).default('sekretaris'),
  }),
  kebijakan: z.object({
    /** Cap capaian at 100% in tables (raw value kept for the narrative). */
    batasCapaian100: z.boolean(),
    /** Default formula for lower-is-better indicators, unless an indicator sets its own. */
    rumusTurunDefault: rumusTurun,
    /** Capaian reported for lower-is-better indicators when target and realisasi are both 0. */
    capaianNolNolTurun: z.number().default(100),
    /**
     * Category scale, any order: the highest band whose `min` (inclusive) or `lebihDari` (exclusive) bound the capaian
     * reaches wins; a band with neither is the floor.
     */
    skalaKategori: z.array(kategori).min(1),
    /**
     * Which capaian the category is read from: `dibatasi` (the value printed in the tables, capped when
     * `batasCapaian100`) or `mentah` (the uncapped value, so a band above 100 can be reached).
     */
    kategoriDari: z.enum(['dibatasi', 'mentah']).default('dibatasi'),
    /** `selisih`: capaian − serapan (positive = efisien); `rasio`: capaian / serapan (>1 = efisien). */
    efisiensi: z.enum(['selisih', 'rasio']),
    /** Sources of funds whose spending counts in the efficiency analysis (T7); left out: every source. */
    efisiensiSumberDana: z.array(z.string().trim().min(1)).min(1).optional(),
  }),
  /**
   * Sources of funds, in the order the report lists them. The first is the source of a workbook budget line whose
   * `Sumber Dana` cell is empty (the DIPA); hibah lines come from `hibah.yaml`.
   */
  sumberDana: z.array(sumberDanaSchema).min(1).default(SUMBER_DANA_DEFAULT),
  /** Thresholds of the whole-report checks (plausibility, efficiency coverage); every one has a default. */
  pemeriksaan: z
    .object({
      /** A raw capaian above this (in percent) is reported as implausible. */
      batasCapaianWajar: z.number().positive().default(150),
      /** A realisasi more than this many times above (or below) every earlier year and the target is reported. */
      kelipatanRiwayat: z.number().gt(1).default(3),
      /** Share (in percent) of the total pagu tied to an IKU below which the efficiency table (T7) is reported as thin. */
      cakupanAnggaranMinimum: z.number().min(0).max(100).default(25),
    })
    .prefault({}),
  unitKerja: z.array(unitKerjaSchema).min(1),
  /** Deadline for divisions to return their workbooks (shown in the templates). */
  batasPengumpulan: z.iso.date().optional(),
  /** Contact for questions about the workbooks. */
  kontak: z.string().optional(),
  /**
   * Invented sample values still in use, by their path in this file (`penandatangan.sekretaris.nama`): while a value
   * equals the one given here, a `final` report is refused.
   */
  contoh: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  /**
   * The reviewer (Kepala Bagian or APIP) and the wording of the page "Pernyataan Telah Direviu" in the Lampiran;
   * without this section the page is left out.
   */
  reviu: z
    .object({
      peninjau: penandatangan,
      /** The statement, one paragraph per item. */
      pernyataan: z.array(z.string().trim().min(1)).min(1),
    })
    .optional(),
  /** Drafts kept under `output/riwayat/` to compare with (steps 5–6 of the SOP). */
  riwayat: z
    .object({
      /** How many of the latest drafts are kept. */
      simpan: z.number().int().min(1).max(1000).default(20),
    })
    .prefault({}),
});

export type Config = z.infer<typeof configSchema>;
export type UnitKerja = z.infer<typeof unitKerjaSchema>;
export type SumberDana = z.infer<typeof sumberDanaSchema>;
