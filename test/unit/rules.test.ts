/** The rule catalogue (pipeline/rules.ts) against the README's table and the code that emits the rules. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../pipeline/rules.ts';
import { ROOT } from '../helpers/run-cli.ts';

/** The rows of the README's "Rule codes" table: code, meaning, fix. */
async function readmeRules(): Promise<[string, string, string][]> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('### Rule codes')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([a-z0-9-]+)` \| (.*) \| (.*) \|$/gm)].map((m) => [m[1]!, m[2]!, m[3]!]);
}

describe('the rule catalogue', () => {
  it('is the README table, row for row (code, meaning, fix), in the same order', async () => {
    const catalogue = Object.entries(RULES).map(([code, r]): [string, string, string] => [code, r.meaning, r.fix]);
    expect(await readmeRules()).toEqual(catalogue);
  });

  it('lists only rules the pipeline still emits', async () => {
    const files = await fg(['pipeline/**/*.{ts,mjs}', '!pipeline/rules.ts'], { cwd: ROOT });
    const source = (await Promise.all(files.map((f) => readFile(join(ROOT, f), 'utf8')))).join('\n');
    expect(Object.keys(RULES).filter((code) => !source.includes(`'${code}'`))).toEqual([]);
  });

  it('says for every rule what it means and how to fix it', () => {
    for (const [code, r] of Object.entries(RULES)) {
      expect(r.meaning.length, code).toBeGreaterThan(10);
      expect(r.fix.length, code).toBeGreaterThan(10);
    }
  });
});
