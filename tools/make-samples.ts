/**
 * `npm run samples`: writes one sample division workbook per unit to `inputs/<unit-slug>.xlsx`. Each is the unit's
 * template (`npm run templates`, from the reference YAML files) with its input cells filled from the sample data in
 * `samples/`, so the samples look exactly like what a division sends back. Same bytes on every run.
 * Tests that need bad workbooks (renamed columns, missing sheets, text in number cells) use `writeDivisionWorkbook`.
 */
import { join, resolve } from 'node:path';
import { buildTemplate } from '../pipeline/prepare/division-template/build-template.ts';
import { fillTemplate } from '../pipeline/prepare/division-template/fill-template.ts';
import { planTemplates } from '../pipeline/prepare/division-template/plan-templates.ts';
import { readReference } from '../pipeline/prepare/division-template/read-reference.ts';
import { fileDate, writeXlsx } from '../pipeline/prepare/division-template/write-xlsx.ts';
import { formatDiagnostics } from '../pipeline/format-diagnostics.ts';
import { formatAngka } from '../pipeline/format.ts';
import { buildUnitWorkbooks, type UnitWorkbook } from './samples/build-unit-workbooks.ts';

export { writeDivisionWorkbook } from '../pipeline/prepare/division-template/write-division-workbook.ts';
export type { DivisionWorkbookSpec } from '../pipeline/prepare/division-template/division-workbook-spec.ts';

const rupiah = (n: number): string => `Rp ${formatAngka(n)}`;

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

/** Writes every unit's filled template into `inputs` and returns what was written. */
export async function makeSamples(inputs: string): Promise<UnitWorkbook[]> {
  const { reference, diagnostics } = await readReference(inputs);
  if (!reference) throw new Error(`the reference data in ${inputs} has errors:\n${formatDiagnostics(diagnostics)}`);
  const units = buildUnitWorkbooks(reference);
  const plans = planTemplates(reference);
  for (const u of units) {
    const plan = plans.find((p) => p.unit.kode === u.kode);
    if (!plan) throw new Error(`no template for unit ${u.kode}`);
    // A unit with more budget lines than the template's empty rows inserts rows, as a division would.
    const wb = await buildTemplate(
      { ...plan, anggaranRows: Math.max(plan.anggaranRows, u.values.anggaran.length) },
      reference,
    );
    fillTemplate(wb, u.values);
    await writeXlsx(join(inputs, u.file), wb, fileDate(reference.config.tahun));
  }
  return units;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const inputs = resolve(import.meta.dirname, '../inputs');
  const units = await makeSamples(inputs);
  for (const u of units) console.log(`${u.file}  (${u.values.capaian.length} IKU, ${u.lines.length} budget lines)`);
  console.log(budgetSummary(units).join('\n'));
}
