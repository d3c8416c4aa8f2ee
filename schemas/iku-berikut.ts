/**
 * Schema of `inputs/iku-<tahun>.yaml` for the year after the report (optional): next year's Perjanjian Kinerja and
 * Rencana Aksi, printed as Lampiran. The same shape as `iku.yaml`, plus the names of sasaran a new Renstra brings.
 */
import { z } from 'zod';
import { ikuSchema } from './iku.ts';

export const ikuBerikutSchema = ikuSchema.extend({
  /** Names of sasaran strategis not in `renstra.yaml` (a new Renstra period starts): code and name. */
  sasaranStrategis: z.array(z.object({ kode: z.string().trim().min(1), nama: z.string().trim().min(1) })).default([]),
});

export type IkuBerikut = z.infer<typeof ikuBerikutSchema>;
