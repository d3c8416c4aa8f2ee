/**
 * Schema of one division's data after validation: what a division workbook (`inputs/*.xlsx`) means once its
 * cells have been read, parsed and checked. The workbook layout itself is documented in the README.
 */
import { z } from 'zod';

const num = z.number().nullable();

export const capaianRowSchema = z.object({
  kodeIku: z.string(),
  indikator: z.string(),
  satuan: z.string(),
  target: num,
  /** Realisasi TW I–IV; null where empty. */
  triwulan: z.tuple([num, num, num, num]),
  /** Annual realisasi as typed; null where empty (the merge may derive it from the quarters). */
  realisasi: num,
  sumberData: z.string(),
  keterangan: z.string(),
  /** The row in the `Capaian` sheet (Excel row number). */
  row: z.number().int(),
  /** Cells the values came from, by field (`kodeIku: 'B7'`, `realisasi: 'J7'`), for messages that point back. */
  sel: z.record(z.string(), z.string()).optional(),
});

export const analisisRowSchema = z.object({
  kodeIku: z.string(),
  penyebab: z.string(),
  upaya: z.string(),
  programPendukung: z.string(),
  row: z.number().int(),
  /** Cells the texts came from, by field (`penyebab: 'B5'`), for messages that point back. */
  sel: z.record(z.string(), z.string()).optional(),
});

export const anggaranRowSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  pagu: z.number(),
  realisasi: z.number(),
  kodeIku: z.string().optional(),
  /** Code of the source of funds (`laporan.yaml` → `sumberDana`) from the optional `Sumber Dana` column; absent: the first source. */
  sumberDana: z.string().optional(),
  row: z.number().int(),
  /** Cells the values came from, by field (`pagu: 'C12'`), so a printed total can name its cells. */
  sel: z.record(z.string(), z.string()).optional(),
});

export const divisionSchema = z.object({
  /** Path of the workbook relative to the inputs folder, e.g. `divisi-hukum.xlsx`. */
  file: z.string(),
  identitas: z.object({
    unitKerja: z.string(),
    /** Code of the unit in `laporan.yaml`, when the name was recognised. */
    kodeUnit: z.string().optional(),
    tahun: z.number().int().nullable(),
    penanggungJawab: z.string(),
    nip: z.string(),
    tanggal: z.string(),
  }),
  capaian: z.array(capaianRowSchema),
  analisis: z.array(analisisRowSchema),
  anggaran: z.array(anggaranRowSchema),
  /**
   * The four sheets' names as this workbook spells them (`CAPAIAN `, `Capaian Kinerja`; the reader accepts other
   * spellings), the template's name for a sheet it lacks: messages and sources must name the tab the user sees.
   */
  sheets: z.object({ identitas: z.string(), capaian: z.string(), analisis: z.string(), anggaran: z.string() }),
});

export type CapaianRow = z.infer<typeof capaianRowSchema>;
export type AnalisisRow = z.infer<typeof analisisRowSchema>;
export type AnggaranRow = z.infer<typeof anggaranRowSchema>;
export type Division = z.infer<typeof divisionSchema>;
