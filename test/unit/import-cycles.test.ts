/**
 * The code's imports form no cycle (issue 14: "no import cycle"), type-only imports included: a cycle means two
 * modules that are one idea, or a type in the wrong one. Read from the sources' `import … from` and
 * `export … from` lines (Prettier writes each as a statement of its own); imports inside functions (`import()`) load
 * lazily and are left out.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.ts';

/** Every module of `dir` (recursively) with the modules of the project it imports. */
async function importGraph(dirs: string[]): Promise<Map<string, string[]>> {
  const files: string[] = [];
  for (const dir of dirs) {
    for (const entry of await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(ts|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.mts'))
        // `parentPath` from Node 20.12 on, `path` before
        files.push(resolve(entry.parentPath ?? entry.path, entry.name));
    }
  }
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    const targets = [...source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms)]
      .map((m) => resolve(dirname(file), m[1]!))
      .filter((t) => known.has(t));
    graph.set(file, targets);
  }
  return graph;
}

/** The cycles of `graph`: its strongly connected components of more than one module, or of one importing itself. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('imports', () => {
  it('of pipeline/ and schemas/ form no cycle', async () => {
    const graph = await importGraph(['pipeline', 'schemas']);
    expect(graph.size).toBeGreaterThan(200);
    expect(cyclesOf(graph).map((c) => c.map((f) => relative(ROOT, f)))).toEqual([]);
  });

  it('are read as a cycle when two modules import each other, also through a third', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
      ['e', ['e']],
    ]);
    expect(cyclesOf(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });
});
