/**
 * What must change before a report may be `final` beyond the workbooks (SOP step 7): values the data itself marks as
 * invented samples (`contoh` in `laporan.yaml`, a placeholder logo carrying `data-lkj-contoh`), and indicators
 * without a definition or data source in `iku.yaml`. Nothing is guessed: a value is a placeholder only while it
 * equals the value its file declares as one.
 */
import type { Reference } from '../../schemas/reference.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import { yamlLine } from '../load/yaml-line-map.ts';

/** The attribute a placeholder logo carries; the official logo does not. */
export const LOGO_CONTOH_MARK = 'data-lkj-contoh';

/** The cover logo a build uses: `inputs/logo.svg` when there is one, else the placeholder in `templates/assets/`. */
export interface CoverLogo {
  svg: string;
  /** As a diagnostic names it: `logo.svg` (in the inputs folder) or `templates/assets/logo.svg`. */
  file: string;
}

const valueAt = (obj: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);

/** Every reason this report cannot be final yet, each naming the file and what to put there. */
export function finalReadiness(ref: Pick<Reference, 'config' | 'iku' | 'lines'>, logo: CoverLogo | null): Diagnostic[] {
  const { config, iku, lines } = ref;
  const out: Diagnostic[] = [];
  for (const [path, contoh] of Object.entries(config.contoh)) {
    const value = valueAt(config, path);
    if (value === undefined || String(value) !== String(contoh)) continue;
    out.push(
      error({
        rule: 'final-nilai-contoh',
        file: 'laporan.yaml',
        ...yamlLine(lines?.['laporan.yaml'], path, `contoh.${path}`),
        message: `${path} di laporan.yaml masih berisi nilai contoh (rekaan) "${String(value)}". Ganti dengan nilai yang sebenarnya sebelum laporan final dibuat, lalu hapus baris ${path} dari bagian contoh.`,
        expected: 'nilai yang sebenarnya',
        actual: String(value),
      }),
    );
  }
  if (logo?.svg.includes(LOGO_CONTOH_MARK)) {
    out.push(
      error({
        rule: 'final-logo-contoh',
        file: logo.file,
        message: `Logo sampul (${logo.file}) masih logo contoh, bukan logo resmi KPU. Simpan logo resmi sebagai berkas SVG inputs/logo.svg sebelum laporan final dibuat.`,
      }),
    );
  }
  for (const [n, i] of iku.indikator.entries()) {
    for (const [field, label] of [
      ['definisi', 'definisi (cara menghitung)'],
      ['sumberData', 'sumber data'],
    ] as const) {
      if (i[field]?.trim()) continue;
      out.push(
        error({
          rule: field === 'definisi' ? 'final-definisi-kosong' : 'final-sumber-data-kosong',
          file: 'iku.yaml',
          ...yamlLine(lines?.['iku.yaml'], `indikator[${n}].${field}`, `indikator[${n}]`),
          message: `Indikator ${i.kode} (${i.nama}) di iku.yaml belum punya ${label}. Isi ${field} untuk indikator itu sebelum laporan final dibuat.`,
          expected: label,
          actual: '(kosong)',
        }),
      );
    }
  }
  return out;
}
