/** Render stage: the consolidated dataset and reference data → one self-contained HTML document. */
import { assertComplete } from './assert-complete.ts';
import { LOGO_CONTOH_MARK } from '../validate/final-readiness.ts';
import { assertSameFigures } from './assert-same-figures.ts';
import { loadAssets, type ReportAssets } from './assets.ts';
import { buildReportView } from './build-view.ts';
import { sumberLookup } from './sumber.ts';
import { reportTemplate } from './templates.ts';
import type { RenderInput } from './view-types.ts';

export type { BuildInfo, PageLabels, RenderInput } from './view-types.ts';

/**
 * The report as HTML, ready for `printReport`. Pure apart from reading the templates and assets once per process.
 * Throws when the input leaves a hole in the view model or a template names a field the view lacks
 * (templates are compiled in strict mode); the template's own message is kept as `cause`.
 */
export function renderReport(input: RenderInput): string {
  const view = buildReportView(input);
  assertComplete(view);
  let html: string;
  try {
    html = reportTemplate()({
      ...view,
      aset: withLogo(loadAssets(), input.logoSvg),
      petaSumber: sumberLookup(input.dataset),
    });
  } catch (cause) {
    throw new Error(`Gagal menyusun HTML laporan dari templat: ${(cause as Error).message}`, { cause });
  }
  assertSameFigures(html);
  return html;
}

/** The assets with the office's own cover logo, when it gave one; its alt text says whether it is a placeholder. */
function withLogo(aset: ReportAssets, logoSvg: string | undefined): ReportAssets {
  if (logoSvg === undefined) return aset;
  const logoDataUri = `data:image/svg+xml;base64,${Buffer.from(logoSvg).toString('base64')}`;
  return { ...aset, logoDataUri, logoAlt: logoSvg.includes(LOGO_CONTOH_MARK) ? 'Lambang (contoh)' : 'Lambang' };
}

/** Makes the next render read `templates/` again: watch mode calls it when a template, style or asset changed. */
export async function reloadTemplates(): Promise<void> {
  const [{ forgetReportTemplate }, { forgetAssets }] = await Promise.all([
    import('./templates.ts'),
    import('./assets.ts'),
  ]);
  forgetReportTemplate();
  forgetAssets();
}
