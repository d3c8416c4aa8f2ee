/** The optional reference files (`hibah.yaml` …), each validated against the base reference. Pure. */
import type { Reference } from '../../schemas/reference.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { RawReferenceFile } from '../load/types.ts';
import { validateHibah } from './validate-hibah.ts';

/** The parts of the reference the optional files add (absent where a file is missing or invalid). */
export function validateTambahan(files: Readonly<Record<string, RawReferenceFile>>, base: Reference): { reference: Partial<Reference>; diagnostics: Diagnostic[] } {
  const hibah = validateHibah(files['hibah.yaml'], base);
  return {
    reference: { ...(hibah.hibah ? { hibah: hibah.hibah } : {}) },
    diagnostics: [...hibah.diagnostics],
  };
}
