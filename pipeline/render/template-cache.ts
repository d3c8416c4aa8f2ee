/**
 * Compiled Handlebars templates kept between runs (`derived-cache.ts`). Compiling the 43 templates (parse and code
 * generation) costs about 0,2–0,3 CPU-s, in every build; the compiled form, evaluated, costs about 5 ms. An entry is
 * named by a hash of the template's text, the Handlebars version and the compile options; one that cannot be
 * evaluated is compiled again.
 */
import type Handlebars from 'handlebars';
import type { TemplateDelegate } from 'handlebars';
import { DERIVED_CACHE_DIR, entryFile, readEntry, writeEntry } from './derived-cache.ts';

type HandlebarsEnv = typeof Handlebars;
type CompileOptions = Parameters<HandlebarsEnv['precompile']>[1];
type TemplateSpec = Parameters<HandlebarsEnv['template']>[0];

/** `source` compiled by `hb` with `options`, from the cache when it holds it. */
export function compileTemplate(
  hb: HandlebarsEnv,
  source: string,
  options: CompileOptions,
  dir: string = DERIVED_CACHE_DIR,
): TemplateDelegate {
  const file = entryFile(dir, [hb.VERSION, JSON.stringify(options), source], 'js');
  const kept = readEntry(file);
  if (kept !== undefined) {
    try {
      return hb.template(evaluate(kept));
    } catch {
      // Damaged: compiled again below.
    }
  }
  // Throws on a template with a syntax error, as `hb.compile` would at its first use. A copy of the options:
  // Handlebars adds its defaults to the object it is given, which would change the next template's key.
  const spec = String(hb.precompile(source, { ...options }));
  writeEntry(file, spec);
  return hb.template(evaluate(spec));
}

const evaluate = (spec: string): TemplateSpec =>
  // The spec is JavaScript Handlebars generated from our own template: evaluating it is what `hb.compile` does too.
  new Function(`return ${spec};`)() as TemplateSpec;
