/**
 * `npm run samples`: writes one sample division workbook per unit to `inputs/<unit-slug>.xlsx`, from the reference
 * YAML files (checked against their schemas) and the sample data in `samples/`. Same bytes on every run.
 * Tests that need their own workbooks use `writeDivisionWorkbook` from `samples/write-division-workbook.ts`.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { configSchema } from '../../schemas/config.ts';
import { ikuSchema } from '../../schemas/iku.ts';
import type { Reference } from '../../schemas/reference.ts';
import { renstraSchema } from '../../schemas/renstra.ts';
import { buildUnitWorkbooks, type UnitWorkbook } from './samples/build-unit-workbooks.ts';
import { writeDivisionWorkbook } from './samples/write-division-workbook.ts';

export { writeDivisionWorkbook } from './samples/write-division-workbook.ts';
export type { DivisionWorkbookSpec } from './samples/division-workbook-spec.ts';

async function readYaml<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
  const result = schema.safeParse(parse(await readFile(path, 'utf8')));
  if (!result.success) throw new Error(`${path} does not match its schema`, { cause: result.error });
  return result.data;
}

/** Reads `laporan.yaml`, `renstra.yaml` and `iku.yaml` from the inputs folder. */
export async function readReference(inputs: string): Promise<Reference> {
  return {
    config: await readYaml(join(inputs, 'laporan.yaml'), configSchema),
    renstra: await readYaml(join(inputs, 'renstra.yaml'), renstraSchema),
    iku: await readYaml(join(inputs, 'iku.yaml'), ikuSchema),
  };
}

const rupiah = (n: number): string => `Rp ${new Intl.NumberFormat('id-ID').format(n)}`;

/** One line per program: number of budget lines, pagu, realisasi, serapan. */
function budgetSummary(units: readonly UnitWorkbook[]): string[] {
  const lines = units.flatMap((u) => u.lines);
  const programs = [...new Set(lines.map((l) => l.program)), 'total'];
  return programs.map((p) => {
    const mine = p === 'total' ? lines : lines.filter((l) => l.program === p);
    const pagu = mine.reduce((s, l) => s + l.pagu, 0);
    const realisasi = mine.reduce((s, l) => s + l.realisasi, 0);
    return `  ${p.padEnd(10)} ${String(mine.length).padStart(4)} lines  pagu ${rupiah(pagu)}  realisasi ${rupiah(realisasi)}  serapan ${((realisasi / pagu) * 100).toFixed(2)}%`;
  });
}

/** Writes every unit's workbook into `inputs` and returns what was written. */
export async function makeSamples(inputs: string): Promise<UnitWorkbook[]> {
  const units = buildUnitWorkbooks(await readReference(inputs));
  for (const u of units) await writeDivisionWorkbook(join(inputs, u.file), u.spec);
  return units;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const inputs = resolve(import.meta.dirname, '../../inputs');
  const units = await makeSamples(inputs);
  for (const u of units) console.log(`${u.file}  (${u.spec.capaian.length} IKU, ${u.lines.length} budget lines)`);
  console.log(budgetSummary(units).join('\n'));
}
