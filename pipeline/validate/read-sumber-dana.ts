/** The optional `Sumber Dana` cell of a budget line: a source's code or name from `laporan.yaml` → `sumberDana`. */
import type { Reference } from '../../schemas/reference.ts';
import { report, type SheetContext } from './sheet-context.ts';

const key = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The source's code; undefined for an empty cell (the line then counts as the first source, the DIPA). */
export function readSumberDana(
  text: string,
  cell: string | undefined,
  ref: Reference,
  ctx: SheetContext,
): string | undefined {
  if (text.trim() === '') return undefined;
  const found = ref.config.sumberDana.find((s) => key(s.kode) === key(text) || key(s.nama) === key(text));
  if (found) return found.kode;
  const known = ref.config.sumberDana.map((s) => `${s.kode} (${s.nama})`).join(', ');
  const message =
    `Sumber Dana "${text.trim()}" tidak dikenal. Tulis salah satu kode sumber dana di laporan.yaml: ${known}; ` +
    `kosongkan sel untuk ${ref.config.sumberDana[0]?.kode ?? 'DIPA'}.`;
  report(ctx, 'error', {
    rule: 'sumber-dana-tidak-dikenal',
    ...(cell ? { cell } : {}),
    message,
    actual: text.trim(),
    expected: known,
  });
  return undefined;
}
