/**
 * Writes JSON Schema files generated from the zod schemas into `schemas/json/`, so that an editor (VS Code with the
 * YAML extension) can complete and check `inputs/*.yaml`. Run with `npm run json-schemas`; a test keeps them current.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { configSchema } from '../schemas/config.ts';
import { evaluasiSakipSchema } from '../schemas/evaluasi-sakip.ts';
import { hibahSchema } from '../schemas/hibah.ts';
import { ikuBerikutSchema } from '../schemas/iku-berikut.ts';
import { prestasiSchema } from '../schemas/prestasi.ts';
import { ikuSchema } from '../schemas/iku.ts';
import { renstraSchema } from '../schemas/renstra.ts';

/** The generated files: name → JSON text. */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries({
    laporan: configSchema,
    renstra: renstraSchema,
    iku: ikuSchema,
    hibah: hibahSchema,
    'evaluasi-sakip': evaluasiSakipSchema,
    prestasi: prestasiSchema,
    'iku-berikut': ikuBerikutSchema,
  })) {
    out[`${name}.schema.json`] = `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`;
  }
  return out;
}

/** Directory the schemas are written to. */
export const JSON_SCHEMA_DIR = resolve(import.meta.dirname, '..', 'schemas', 'json');

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await mkdir(JSON_SCHEMA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(jsonSchemas())) await writeFile(join(JSON_SCHEMA_DIR, name), text);
  console.log(`JSON Schema ditulis ke ${JSON_SCHEMA_DIR}`);
}
