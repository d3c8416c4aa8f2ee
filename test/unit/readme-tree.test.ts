/** The README's drawing of the code ("Where the code is") lists what `ls` shows, so it cannot drift. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.ts';

/** The drawing's lines: top-level entries (no indent) and the entries under `pipeline/` (indented). */
async function drawing(): Promise<{ top: string[]; pipeline: string[] }> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const block = readme.split('### Where the code is')[1]?.split('```')[1] ?? '';
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  const name = (l: string) => (l.trim().split(/\s+/)[0] ?? '').replace(/\/.*$/, '');
  return {
    top: lines.filter((l) => !l.startsWith(' ')).map(name),
    pipeline: lines.filter((l) => l.startsWith('  ')).map(name),
  };
}

describe("the README's tree", () => {
  it('lists every file and folder of pipeline/, and nothing else', async () => {
    const entries = (await readdir(join(ROOT, 'pipeline'))).sort();
    expect((await drawing()).pipeline.sort()).toEqual(entries);
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
