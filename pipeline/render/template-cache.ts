/**
 * Compiled Handlebars templates kept between runs. Compiling the 43 templates (parse and code generation) costs about
 * 0,2–0,3 CPU-s, in every build; the compiled form, evaluated, costs about 5 ms. It is kept under
 * `node_modules/.cache/lkj-templates/`, one file per template, named by a hash of the template's text, the Handlebars
 * version and the compile options: an edited template (or a new Handlebars) is a new name, so a stale entry is never
 * used. The cache is optional: an entry that cannot be read or evaluated is compiled again, one that cannot be written
 * (a read-only folder) is not kept.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Handlebars from 'handlebars';
import type { TemplateDelegate } from 'handlebars';
import { TEMPLATES_DIR } from './assets.ts';

type HandlebarsEnv = typeof Handlebars;

export const TEMPLATE_CACHE_DIR = join(dirname(TEMPLATES_DIR), 'node_modules', '.cache', 'lkj-templates');

/** At most this many entries (each a few KB; ≈ 20 edits of every template) are kept: the oldest written go first. */
const MAX_ENTRIES = 1000;

/** `source` compiled by `hb` with `options`, from the cache when it holds it. */
export function compileTemplate(
  hb: HandlebarsEnv,
  source: string,
  options: CompileOptions,
  dir: string = TEMPLATE_CACHE_DIR,
): TemplateDelegate {
  const key = createHash('sha256')
    .update(`${hb.VERSION}\0${JSON.stringify(options)}\0${source}`)
    .digest('hex')
    .slice(0, 32);
  const file = join(dir, `${key}.js`);
  const cached = readEntry(hb, file);
  if (cached) return cached;
  // Throws on a template with a syntax error, as `hb.compile` would at its first use. A copy of the options:
  // Handlebars adds its defaults to the object it is given, which would change the next template's key.
  const spec = String(hb.precompile(source, { ...options }));
  writeEntry(dir, file, spec);
  return hb.template(evaluate(spec));
}

type CompileOptions = Parameters<HandlebarsEnv['precompile']>[1];
type TemplateSpec = Parameters<HandlebarsEnv['template']>[0];

const evaluate = (spec: string): TemplateSpec =>
  // The spec is JavaScript Handlebars generated from our own template: evaluating it is what `hb.compile` does too.
  new Function(`return ${spec};`)() as TemplateSpec;

function readEntry(hb: HandlebarsEnv, file: string): TemplateDelegate | undefined {
  try {
    return hb.template(evaluate(readFileSync(file, 'utf8')));
  } catch {
    return undefined; // absent, unreadable or damaged: compiled again
  }
}

function writeEntry(dir: string, file: string, spec: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Written beside and renamed into place: a reader never sees half an entry, even from a parallel build.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, spec);
    renameSync(temporary, file);
    removeOldEntries(dir);
  } catch {
    // Not kept: the next build compiles this template again.
  }
}

function removeOldEntries(dir: string): void {
  const names = readdirSync(dir);
  if (names.length <= MAX_ENTRIES) return;
  const written = (name: string): number => {
    try {
      return statSync(join(dir, name)).mtimeMs;
    } catch {
      return Infinity; // removed by a parallel build meanwhile
    }
  };
  const oldestFirst = names.map((name) => ({ name, at: written(name) })).sort((a, b) => a.at - b.at);
  for (const { name } of oldestFirst.slice(0, names.length - MAX_ENTRIES / 2)) rmSync(join(dir, name), { force: true });
}
