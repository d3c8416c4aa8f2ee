/** Writes every unit's template into a folder, with reproducible bytes. */
import { join } from 'node:path';
import type { Reference } from '../../../schemas/reference.ts';
import { writeOutputs } from '../../print/write-outputs.ts';
import { buildTemplate } from './build-template.ts';
import { planTemplates, type TemplatePlan } from './plan-templates.ts';
import { fileDate, xlsxBytes } from './write-xlsx.ts';

/** One written template: its plan and where it went. */
export interface WrittenTemplate {
  plan: TemplatePlan;
  path: string;
}

/**
 * `LKj-<tahun>-<unit>.xlsx` for each unit of `laporan.yaml`, in `outputDir` (created when missing). All are made
 * before any is written, then written all or nothing (`writeOutputs`): a failure or a stop (`signal`, checked until
 * the writing starts) leaves the folder as it was, never a set of templates of which some are new and some old.
 */
export async function writeTemplates(
  ref: Reference,
  outputDir: string,
  signal?: AbortSignal,
): Promise<WrittenTemplate[]> {
  const made: { plan: TemplatePlan; data: Uint8Array }[] = [];
  for (const plan of planTemplates(ref)) {
    signal?.throwIfAborted();
    made.push({ plan, data: await xlsxBytes(await buildTemplate(plan, ref), fileDate(plan.tahun)) });
  }
  signal?.throwIfAborted();
  await writeOutputs(
    outputDir,
    made.map(({ plan, data }) => ({ name: plan.file, data })),
    { untouched: `Tidak satu pun templat ditulis; isi folder ${outputDir} tidak diubah.` },
  );
  return made.map(({ plan }) => ({ plan, path: join(outputDir, plan.file) }));
}
