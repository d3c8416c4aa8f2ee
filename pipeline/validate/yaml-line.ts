/** The line a diagnostic about a reference file points at, from the lines the YAML loader recorded (`Reference.lines`). */
import type { ReferenceLines } from '../../schemas/reference.ts';

/**
 * `{ line }` of the first of `paths` (`a.b[2].c`) that `file` has, as a diagnostic's field, or `{}` when none is known:
 * give the value's own path first and the key above it after, for a value that may be missing from the file.
 */
export function yamlLine(
  lines: ReferenceLines | undefined,
  file: keyof ReferenceLines,
  ...paths: readonly string[]
): { line?: number } {
  for (const path of paths) {
    const line = lines?.[file]?.[path];
    if (line !== undefined) return { line };
  }
  return {};
}
