/** Compiles the layout and partials once per process, in strict mode, on the report's own Handlebars instance. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TemplateDelegate } from 'handlebars';
import { TEMPLATES_DIR } from './assets.ts';
import { createHandlebars } from './helpers.ts';
import { compileTemplate } from './template-cache.ts';

/** Strict: a field the template names but the view lacks throws instead of printing nothing. */
const COMPILE_OPTIONS = { strict: true } as const;

let cached: TemplateDelegate | undefined;

/** Forgets the compiled templates, so the next render reads `templates/` again (watch mode). */
export function forgetReportTemplate(): void {
  cached = undefined;
}

/**
 * The compiled `layouts/report.hbs`, with every `partials/*.hbs` registered under its file name.
 * Partials are compiled here too, with the same strict options (a partial registered as source would be
 * compiled lazily with default options); each comes from the compiled-template cache when it holds it
 * (`template-cache.ts`). Throws on a template with a syntax error.
 */
export function reportTemplate(): TemplateDelegate {
  if (cached) return cached;
  const hb = createHandlebars();
  const partialsDir = join(TEMPLATES_DIR, 'partials');
  for (const file of readdirSync(partialsDir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()) {
    const source = readFileSync(join(partialsDir, file), 'utf8');
    hb.registerPartial(basename(file, '.hbs'), compileTemplate(hb, source, COMPILE_OPTIONS));
  }
  const layout = readFileSync(join(TEMPLATES_DIR, 'layouts', 'report.hbs'), 'utf8');
  cached = compileTemplate(hb, layout, COMPILE_OPTIONS);
  return cached;
}
