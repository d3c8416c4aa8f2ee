/** Validation of the reference YAML files (`laporan.yaml`, `renstra.yaml`, `iku.yaml`) against their schemas. Pure. */
import type { z } from 'zod';
import { configSchema } from '../../schemas/config.ts';
import { ikuSchema } from '../../schemas/iku.ts';
import type { Reference, ReferenceLines } from '../../schemas/reference.ts';
import { renstraSchema } from '../../schemas/renstra.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { LoadedInputs, RawReferenceFile } from '../load/types.ts';
import { checkPlanTargets } from './check-plan-targets.ts';
import { checkReferenceConsistency } from './check-reference-consistency.ts';
import { parseReferenceFile } from './parse-reference-file.ts';
import { validateTambahan } from './validate-tambahan.ts';

/**
 * Each file through its schema, then the files against each other. The reference is returned when all three pass
 * their schemas, even with consistency errors (all `referensi-*`), so workbooks can still be checked in the same run.
 */
export function validateReference(inputs: LoadedInputs): { reference: Reference | null; diagnostics: Diagnostic[] } {
  const config = parse(inputs.config, configSchema);
  const renstra = parse(inputs.renstra, renstraSchema);
  const iku = parse(inputs.iku, ikuSchema);
  const diagnostics = [...config.diagnostics, ...renstra.diagnostics, ...iku.diagnostics];
  if (!config.data || !renstra.data || !iku.data) return { reference: null, diagnostics };
  const lines: ReferenceLines = {
    ...(inputs.config?.lines ? { 'laporan.yaml': inputs.config.lines } : {}),
    ...(inputs.renstra?.lines ? { 'renstra.yaml': inputs.renstra.lines } : {}),
    ...(inputs.iku?.lines ? { 'iku.yaml': inputs.iku.lines } : {}),
    ...(inputs.tambahan?.['hibah.yaml']?.lines ? { 'hibah.yaml': inputs.tambahan['hibah.yaml'].lines } : {}),
  };
  const base: Reference = { config: config.data, renstra: renstra.data, iku: iku.data, lines };
  const tambahan = validateTambahan(inputs.tambahan ?? {}, base);
  const reference: Reference = { ...base, ...tambahan.reference };
  return {
    reference,
    diagnostics: [
      ...diagnostics,
      ...checkReferenceConsistency(reference, lines),
      ...checkPlanTargets(reference),
      ...tambahan.diagnostics,
    ],
  };
}

function parse<S extends z.ZodType>(
  raw: RawReferenceFile | null,
  schema: S,
): { data: z.output<S> | null; diagnostics: Diagnostic[] } {
  // A missing or unreadable file was already reported by the load stage.
  if (!raw) return { data: null, diagnostics: [] };
  return parseReferenceFile(raw, schema);
}
