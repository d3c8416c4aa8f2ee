/**
 * Maps each key path of a parsed YAML document to the line it starts on, so messages can point at a line; and looks a
 * line up in such a map (`RawReferenceFile.lines`, `Reference.lines`): the one way to do either.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

/** Line numbers by path (`a.b[2].c`), for every key and list item in the document. */
export function yamlLineMap(doc: Document, counter: LineCounter): Record<string, number> {
  const lines: Record<string, number> = {};
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
  const walk = (node: unknown, path: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = path === '' ? key : `${path}.${key}`;
        const line = lineOf(pair.key);
        if (line !== undefined) lines[child] = line;
        walk(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = `${path}[${i}]`;
        const line = lineOf(item);
        if (line !== undefined) lines[child] = line;
        walk(item, child);
      });
    }
  };
  walk(doc.contents, '');
  return lines;
}

/**
 * `{ line }` of the first of `paths` (`a.b[2].c`) in `lines`, as a diagnostic's field, or `{}` when none is known:
 * give the value's own path first and the keys above it after, for a value that may be missing from the file.
 */
export function yamlLine(
  lines: Readonly<Record<string, number>> | undefined,
  ...paths: readonly string[]
): { line?: number } {
  for (const path of paths) {
    const line = lines?.[path];
    if (line !== undefined) return { line };
  }
  return {};
}
