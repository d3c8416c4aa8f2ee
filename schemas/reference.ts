/** The reference data every workbook is checked against, once each file has passed its schema. */
import type { Config } from './config.ts';
import type { EvaluasiSakip } from './evaluasi-sakip.ts';
import type { Hibah } from './hibah.ts';
import type { IkuBerikut } from './iku-berikut.ts';
import type { Prestasi } from './prestasi.ts';
import type { Iku } from './iku.ts';
import type { Renstra } from './renstra.ts';

/** Line (1-based) where each key path starts in each reference file: `iku.yaml` → `indikator[2].target` → 31. */
export type ReferenceLines = Partial<
  Record<'laporan.yaml' | 'renstra.yaml' | 'iku.yaml' | 'hibah.yaml', Record<string, number>>
>;

/** Configuration, Renstra and the year's IKU/PK, validated. */
export interface Reference {
  config: Config;
  renstra: Renstra;
  iku: Iku;
  /** `hibah.yaml`, when the inputs hold one. */
  hibah?: Hibah;
  /** `evaluasi-sakip.yaml`: the last LHE SAKIP and the follow-up of its recommendations. */
  evaluasiSakip?: EvaluasiSakip;
  /** `prestasi.yaml`: awards and other achievements of the year. */
  prestasi?: Prestasi;
  /** `iku-<tahun + 1>.yaml`: next year's PK and Rencana Aksi. */
  ikuBerikut?: IkuBerikut;
  /** Where each value stands in its YAML file, so a printed figure can name its line (absent in hand-built references). */
  lines?: ReferenceLines;
}
