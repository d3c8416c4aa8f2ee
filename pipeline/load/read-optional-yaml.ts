/**
 * Reads the reference files the inputs folder may hold or not: `hibah.yaml`, `evaluasi-sakip.yaml`, `prestasi.yaml`
 * and next years' PK `iku-<tahun>.yaml`. A missing one is no problem; a broken one is reported like any YAML file.
 */
import fg from 'fast-glob';
import type { Diagnostic } from '../diagnostic.ts';
import { readYamlFile } from './read-yaml-file.ts';
import type { RawReferenceFile } from './types.ts';

/** Names of the optional reference files (besides `iku-<tahun>.yaml`). */
export const OPTIONAL_YAML = ['hibah.yaml', 'evaluasi-sakip.yaml', 'prestasi.yaml'] as const;

/** The optional files present, by file name, and the problems met reading them. */
export async function readOptionalYaml(
  inputsDir: string,
): Promise<{ files: Record<string, RawReferenceFile>; digests: Record<string, string>; diagnostics: Diagnostic[] }> {
  const names = await fg([...OPTIONAL_YAML, 'iku-[0-9][0-9][0-9][0-9].yaml'], {
    cwd: inputsDir,
    onlyFiles: true,
    deep: 1,
  });
  const read = await Promise.all(
    names.sort().map(async (name) => ({ name, ...(await readYamlFile(inputsDir, name)) })),
  );
  const files: Record<string, RawReferenceFile> = {};
  const digests: Record<string, string> = {};
  for (const r of read) if (r.file) files[r.name] = r.file;
  for (const r of read) if (r.sha256) digests[r.name] = r.sha256;
  return { files, digests, diagnostics: read.flatMap((r) => r.diagnostics) };
}
