/** Writes every unit's template into a folder, with reproducible bytes. */
import { join } from 'node:path';
import type { Reference } from '../../../schemas/reference.ts';
import { buildTemplate } from './build-template.ts';
import { planTemplates, type TemplatePlan } from './plan-templates.ts';
import { fileDate, writeXlsx } from './write-xlsx.ts';

/** One written template: its plan and where it went. */
export interface WrittenTemplate {
  plan: TemplatePlan;
  path: string;
}

/** `LKj-<tahun>-<unit>.xlsx` for each unit of `laporan.yaml`, in `outputDir` (created when missing). */
export async function writeTemplates(ref: Reference, outputDir: string): Promise<WrittenTemplate[]> {
  const written: WrittenTemplate[] = [];
  for (const plan of planTemplates(ref)) {
    const path = join(outputDir, plan.file);
    await writeXlsx(path, await buildTemplate(plan, ref), fileDate(plan.tahun));
    written.push({ plan, path });
  }
  return written;
}
