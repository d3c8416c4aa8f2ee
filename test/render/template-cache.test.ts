/** The compiled-template cache: same output as compiling, stable keys, and a damaged or unwritable cache costs only time. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlebars } from '../../pipeline/render/helpers.ts';
import { compileTemplate } from '../../pipeline/render/template-cache.ts';

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkj-templat-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const OPTIONS = { strict: true } as const;
const ROW = '<td>{{nama}}</td><td>{{fmtAngka nilai}}</td>{{#each butir}}<i>{{this}}</i>{{/each}}';
const VIEW = { nama: 'Capaian <IKU-01>', nilai: 1234.5, butir: ['a', 'b'] };

describe('compiled-template cache', () => {
  it('renders what hb.compile renders, from a new entry and again from the kept one', () => {
    const dir = newDir();
    const hb = createHandlebars();
    const expected = hb.compile(ROW, { ...OPTIONS })(VIEW);
    expect(expected).toContain('Capaian &lt;IKU-01&gt;');
    expect(compileTemplate(hb, ROW, OPTIONS, dir)(VIEW)).toBe(expected);
    const entries = readdirSync(dir);
    expect(entries).toHaveLength(1);
    // Served from the entry: a changed entry shows in the output (the template itself is not compiled again).
    const entry = join(dir, entries[0]!);
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('<td>', '<td class=\\"dari-cache\\">'));
    expect(compileTemplate(createHandlebars(), ROW, OPTIONS, dir)(VIEW)).toBe(
      expected.replace('<td>', '<td class="dari-cache">'),
    );
  });

  it('keeps strict mode: a field the view lacks throws', () => {
    const dir = newDir();
    compileTemplate(createHandlebars(), ROW, OPTIONS, dir);
    const fromCache = compileTemplate(createHandlebars(), ROW, OPTIONS, dir);
    expect(() => fromCache({ nilai: 1, butir: [] })).toThrow(/"nama" not defined/);
  });

  it('gives each template its own entry and does not let one compile change the next key (options are copied)', () => {
    const dir = newDir();
    const options = { strict: true };
    for (let run = 0; run < 3; run++) {
      const hb = createHandlebars();
      compileTemplate(hb, ROW, options, dir);
      compileTemplate(hb, '{{nama}}', options, dir);
    }
    expect(readdirSync(dir)).toHaveLength(2);
    expect(options).toEqual({ strict: true });
    compileTemplate(createHandlebars(), '{{nama}}!', options, dir);
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('compiles again over a damaged entry, and still works where nothing can be written', () => {
    const dir = newDir();
    const hb = createHandlebars();
    const expected = hb.compile(ROW, { ...OPTIONS })(VIEW);
    compileTemplate(hb, ROW, OPTIONS, dir);
    const entry = join(dir, readdirSync(dir)[0]!);
    writeFileSync(entry, '{"main": function(');
    expect(compileTemplate(createHandlebars(), ROW, OPTIONS, dir)(VIEW)).toBe(expected);
    expect(readFileSync(entry, 'utf8')).toContain('"main"');
    // A cache folder that cannot be made (a file stands where its parent should be; also as root).
    const file = join(newDir(), 'berkas');
    writeFileSync(file, '');
    expect(compileTemplate(createHandlebars(), ROW, OPTIONS, join(file, 'cache'))(VIEW)).toBe(expected);
  });

  it('throws on a template with a syntax error, naming where', () => {
    expect(() => compileTemplate(createHandlebars(), '{{#each butir}}<i>', OPTIONS, newDir())).toThrow(
      /Parse error|each/,
    );
  });
});
