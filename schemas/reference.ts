/** The reference data every workbook is checked against, once each file has passed its schema. */
import type { Config } from './config.ts';
import type { Hibah } from './hibah.ts';
import type { Iku } from './iku.ts';
import type { Renstra } from './renstra.ts';

/** Configuration, Renstra and the year's IKU/PK, validated. */
export interface Reference {
  config: Config;
  renstra: Renstra;
  iku: Iku;
  /** `hibah.yaml`, when the inputs hold one. */
  hibah?: Hibah;
}
