/**
 * Every Handlebars helper of the report, registered in this one place on an isolated instance (never on the
 * global `Handlebars`, so nothing else in the process can change how the report renders).
 *
 * The view model already formats table cells; these helpers are for partials that print a raw number or date.
 * Strict mode does not check helper arguments (a missing field arrives as `undefined`), so each helper checks
 * its own argument and throws, keeping the "a hole in the data is a build error" promise of strict mode.
 */
import Handlebars from 'handlebars';
import {
  formatAngka,
  formatNip,
  formatPersen,
  formatPersenTanda,
  formatRomawi,
  formatRupiah,
  formatTanggal,
} from '../format.ts';
import { angkaKanonik, type SumberLookup } from './sumber.ts';

type HandlebarsEnv = typeof Handlebars;

function expectNumber(helper: string, v: unknown): number {
  if (typeof v !== 'number') throw new TypeError(`Helper "${helper}": diharapkan angka, diterima ${String(v)}`);
  return v;
}

function expectString(helper: string, v: unknown): string {
  if (typeof v !== 'string') throw new TypeError(`Helper "${helper}": diharapkan teks, diterima ${String(v)}`);
  return v;
}

/**
 * A fresh Handlebars environment with the report's helpers: `fmtAngka`, `fmtPersen`, `fmtPersenTanda`,
 * `fmtRupiah`, `fmtTanggal`, `fmtNip`, `fmtRomawi`. The `fmt` prefix matters: a helper shadows a view field of the
 * same name (`{{nip}}` would call a helper called `nip` instead of printing the field).
 */
export function createHandlebars(): HandlebarsEnv {
  const hb = Handlebars.create();
  const numeric: Record<string, (n: number) => string> = {
    fmtAngka: (n) => formatAngka(n),
    fmtPersen: formatPersen,
    fmtPersenTanda: formatPersenTanda,
    fmtRupiah: formatRupiah,
    fmtRomawi: formatRomawi,
  };
  for (const [name, f] of Object.entries(numeric)) {
    hb.registerHelper(name, (v: unknown) => f(expectNumber(name, v)));
  }
  hb.registerHelper('fmtTanggal', (v: unknown) => formatTanggal(expectString('fmtTanggal', v)));
  hb.registerHelper('fmtNip', (v: unknown) => formatNip(expectString('fmtNip', v)));
  hb.registerHelper('dataSumber', (kode: unknown, field: unknown, ...rest: unknown[]) => {
    const options = rest.pop() as Handlebars.HelperOptions;
    const root = (options.data as { root?: { petaSumber?: SumberLookup } } | undefined)?.root;
    return new hb.SafeString(sumberAttributes(root?.petaSumber, kode, field, rest[0]));
  });
  return hb;
}

/**
 * `{{dataSumber kode "realisasi"}}` (or `{{dataSumber kode "riwayat" @index}}`) inside a `<td …>`: the attributes
 * ` data-sumber="divisi-x.xlsx, Capaian!I7"` and, for an indicator's figure of this year, ` data-angka="IKU-01
 * realisasi"` (compared across tables by the render self-check). Reads the lookup at the template root (`petaSumber`);
 * a figure without a source gets no attribute.
 */
export function sumberAttributes(
  lookup: SumberLookup | undefined,
  kode: unknown,
  field: unknown,
  index?: unknown,
): string {
  if (typeof kode !== 'string' || typeof field !== 'string') return '';
  const key = typeof index === 'number' ? `${field}.${index}` : field;
  const fields = lookup?.[kode];
  const text = fields?.[key] ?? '';
  const angka = fields ? angkaKanonik(fields, key) : null;
  const esc = (s: string) => Handlebars.escapeExpression(s);
  return `${text ? ` data-sumber="${esc(text)}"` : ''}${angka ? ` data-angka="${esc(`${kode} ${angka}`)}"` : ''}`;
}
