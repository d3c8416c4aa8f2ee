/** The README's drawing of the code ("Where the code is") lists what `ls` shows, so it cannot drift. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.ts';

/**
 * The drawing's lines: top-level entries (no indent), the entries under `pipeline/` (two spaces), and those of a
 * folder of `pipeline/` drawn with its contents (four spaces, under the folder's line).
 */
async function drawing(): Promise<{ top: string[]; pipeline: string[]; nested: Map<string, string[]> }> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const block = readme.split('### Where the code is')[1]?.split('```')[1] ?? '';
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  const name = (l: string) => (l.trim().split(/\s+/)[0] ?? '').replace(/\/.*$/, '');
  const nested = new Map<string, string[]>();
  let folder = '';
  for (const l of lines) {
    if (/^ {2}\S/.test(l)) folder = name(l);
    else if (/^ {4}\S/.test(l)) nested.set(folder, [...(nested.get(folder) ?? []), name(l)]);
  }
  return {
    top: lines.filter((l) => !l.startsWith(' ')).map(name),
    pipeline: lines.filter((l) => /^ {2}\S/.test(l)).map(name),
    nested,
  };
}

describe("the README's tree", () => {
  it('lists every file and folder of pipeline/, and nothing else', async () => {
    const entries = (await readdir(join(ROOT, 'pipeline'))).sort();
    const { pipeline, nested } = await drawing();
    expect(pipeline.sort()).toEqual(entries);
    expect([...nested.keys()].sort()).toEqual(['deliver', 'prepare']);
    for (const [folder, drawn] of nested)
      expect(drawn.sort(), folder).toEqual((await readdir(join(ROOT, 'pipeline', folder))).sort());
  });

  it('lists every source folder at the top of the repository', async () => {
    const dirs = (await readdir(ROOT, { withFileTypes: true }))
      .filter(
        (e) => e.isDirectory() && !e.name.startsWith('.') && !['node_modules', 'output', 'inputs'].includes(e.name),
      )
      .map((e) => e.name)
      .sort();
    expect((await drawing()).top.sort()).toEqual(dirs);
  });
});
