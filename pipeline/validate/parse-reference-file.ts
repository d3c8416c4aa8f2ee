/** One reference YAML file through its zod schema; an empty file or a schema mismatch becomes diagnostics. Pure. */
import type { z } from 'zod';
import { error, type Diagnostic } from '../diagnostic.ts';
import type { RawReferenceFile } from '../load/types.ts';
import { yamlNumbersOutOfRange } from './yaml-number-range.ts';
import { zodIssueDiagnostic } from './zod-issue-diagnostic.ts';

/** The file's data as the schema outputs it, or null with a `referensi-tidak-sesuai` error per problem. */
export function parseReferenceFile<S extends z.ZodType>(
  raw: RawReferenceFile,
  schema: S,
): { data: z.output<S> | null; diagnostics: Diagnostic[] } {
  if (raw.data === null || raw.data === undefined) {
    const message = `${raw.file} kosong. Isi berkas ini mengikuti contoh di folder inputs.`;
    return { data: null, diagnostics: [error({ rule: 'referensi-tidak-sesuai', file: raw.file, message })] };
  }
  const outOfRange = yamlNumbersOutOfRange(raw);
  if (outOfRange.length > 0) return { data: null, diagnostics: outOfRange };
  const result = schema.safeParse(raw.data, { reportInput: true });
  if (result.success) return { data: result.data, diagnostics: [] };
  return { data: null, diagnostics: result.error.issues.map((issue) => zodIssueDiagnostic(issue, raw)) };
}
