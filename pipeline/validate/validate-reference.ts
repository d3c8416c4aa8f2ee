/** Validation of the reference YAML files (`laporan.yaml`, `renstra.yaml`, `iku.yaml`) against their schemas. Pure. */
import type { z } from 'zod';
import { configSchema } from '../../schemas/config.ts';
import { ikuSchema } from '../../schemas/iku.ts';
import type { Reference, ReferenceLines } from '../../schemas/reference.ts';
import { renstraSchema } from '../../schemas/renstra.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import type { LoadedInputs, RawReferenceFile } from '../load/types.ts';
import { checkPlanTargets } from './check-plan-targets.ts';
import { checkReferenceConsistency } from './check-reference-consistency.ts';
import { zodIssueDiagnostic } from './zod-issue-diagnostic.ts';

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
  };
  const reference: Reference = { config: config.data, renstra: renstra.data, iku: iku.data, lines };
  return { reference, diagnostics: [...diagnostics, ...checkReferenceConsistency(reference, lines), ...checkPlanTargets(reference)] };
}

function parse<S extends z.ZodType>(raw: RawReferenceFile | null, schema: S): { data: z.output<S> | null; diagnostics: Diagnostic[] } {
  // A missing or unreadable file was already reported by the load stage.
  if (!raw) return { data: null, diagnostics: [] };
  if (raw.data === null || raw.data === undefined) {
    const message = `${raw.file} kosong. Isi berkas ini mengikuti contoh di folder inputs.`;
    return { data: null, diagnostics: [error({ rule: 'referensi-tidak-sesuai', file: raw.file, message })] };
  }
  const result = schema.safeParse(raw.data, { reportInput: true });
  if (result.success) return { data: result.data, diagnostics: [] };
  return { data: null, diagnostics: result.error.issues.map((issue) => zodIssueDiagnostic(issue, raw)) };
}
