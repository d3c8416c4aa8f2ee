/** Turns diagnostics into the text a staff member reads on the terminal: grouped by file, capped, with a summary. */
import type { Diagnostic, Severity } from './diagnostic.ts';
import { terminalSafe } from './cli/terminal-safe.ts';
import { formatAngka } from './format.ts';

const LABEL: Record<Severity, string> = { error: 'GALAT', warning: 'PERINGATAN', info: 'INFO' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Where a diagnostic points, as Excel shows it: `Capaian!I7`, or just the sheet; in a text file `baris 31`; or nothing. */
export const place = (d: Diagnostic): string =>
  d.sheet ? (d.cell ? `${d.sheet}!${d.cell}` : d.sheet) : d.line !== undefined ? `baris ${d.line}` : '';

/** `expected` as text: a list of accepted values joined with commas. */
export const expectedText = (d: Diagnostic): string =>
  d.expected === undefined ? '' : typeof d.expected === 'string' ? d.expected : d.expected.join(', ');

/** Counts per severity. */
export function countBySeverity(ds: readonly Diagnostic[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of ds) c[d.severity] += 1;
  return c;
}

/**
 * One block per file (files with errors first), each line `GALAT  Capaian!I7  message [rule]`, at most `limit` lines
 * in all, and an honest "menampilkan 200 dari 1.234" when some were left out.
 */
export function formatDiagnostics(ds: readonly Diagnostic[], limit = 200): string {
  const sorted = [...ds].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const shown = sorted.slice(0, limit);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of shown) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    const c = countBySeverity(ds.filter((d) => d.file === file));
    lines.push(`${file}  (${c.error} galat, ${c.warning} peringatan)`);
    for (const d of list) {
      const where = place(d);
      lines.push(`  ${LABEL[d.severity].padEnd(10)} ${where ? `${where}  ` : ''}${d.message} [${d.rule}]`);
    }
  }
  if (shown.length < ds.length) {
    lines.push(`… menampilkan ${formatAngka(shown.length)} dari ${formatAngka(ds.length)} masalah.`);
  }
  return terminalSafe(lines.join('\n'));
}
