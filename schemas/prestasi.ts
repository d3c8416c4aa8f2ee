/** Schema of `inputs/prestasi.yaml` (optional): awards and other achievements of the year, printed as a Lampiran. */
import { z } from 'zod';

export const prestasiItemSchema = z.object({
  /** The award or achievement, as named by whoever gave it. */
  nama: z.string().trim().min(1),
  /** Who gave it (a ministry, KPU RI, a regional government …). */
  pemberi: z.string().trim().min(1),
  tanggal: z.iso.date(),
  /** The decision or letter it was given by, and anything a reader should know. */
  keterangan: z.string().trim().default(''),
});

export const prestasiSchema = z.object({
  prestasi: z.array(prestasiItemSchema).min(1),
});

export type Prestasi = z.infer<typeof prestasiSchema>;
