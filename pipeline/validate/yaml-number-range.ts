/** Numbers in a reference YAML file beyond the sane range (`1e308`, `.inf`), each with its line. Pure. */
import { error, type Diagnostic } from '../diagnostic.ts';
import type { RawReferenceFile } from '../load/types.ts';
import { MAX_SANE_NUMBER, SANE_LIMIT_TEXT, outOfRange } from './number-range.ts';
import { yamlLine } from '../load/yaml-line-map.ts';

/** One error per number out of range, at most `limit` of them. */
export function yamlNumbersOutOfRange(raw: RawReferenceFile, limit = 20): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (value: unknown, path: string, depth: number): void => {
    if (out.length >= limit || depth > 64) return;
    if (typeof value === 'number' && !(Math.abs(value) <= MAX_SANE_NUMBER) && !Number.isNaN(value)) {
      // The line is the diagnostic's own field (shown as `baris 20` before the message).
      const message = `${raw.file}: ${outOfRange(path || 'nilai', String(value))}`;
      out.push(
        error({
          rule: 'angka-di-luar-jangkauan',
          file: raw.file,
          ...yamlLine(raw.lines, path),
          message,
          actual: String(value),
          expected: `≤ ${SANE_LIMIT_TEXT}`,
        }),
      );
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, depth + 1));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, depth + 1);
  };
  walk(raw.data, '', 0);
  return out;
}
