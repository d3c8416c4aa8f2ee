/**
 * Reads `laporan.yaml`, `renstra.yaml` and `iku.yaml` and checks them with the schemas in `schemas/`, through the same
 * reader and messages as the build (YAML mistakes and schema problems in Indonesian, with line numbers).
 */
import type { Reference } from '../../../schemas/reference.ts';
import { hasErrors, type Diagnostic } from '../../diagnostic.ts';
import { readYamlFile } from '../../load/read-yaml-file.ts';
import { validateReference } from '../../validate/validate-reference.ts';

/** The reference, or null when any of the three files has an error; every problem comes back as a diagnostic. */
export async function readReference(
  inputsDir: string,
): Promise<{ reference: Reference | null; diagnostics: Diagnostic[] }> {
  const [config, renstra, iku] = await Promise.all([
    readYamlFile(inputsDir, 'laporan.yaml'),
    readYamlFile(inputsDir, 'renstra.yaml'),
    readYamlFile(inputsDir, 'iku.yaml'),
  ]);
  const checked = validateReference({
    config: config.file,
    renstra: renstra.file,
    iku: iku.file,
    workbooks: [],
    narrative: {},
    diagnostics: [],
  });
  const diagnostics = [...config.diagnostics, ...renstra.diagnostics, ...iku.diagnostics, ...checked.diagnostics];
  return { reference: hasErrors(diagnostics) ? null : checked.reference, diagnostics };
}
