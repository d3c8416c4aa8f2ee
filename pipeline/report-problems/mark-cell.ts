/** Marks one problem cell in a correction copy: a fill for the worst severity and a note with every message. */
import type ExcelJS from 'exceljs';
import type { Diagnostic } from '../diagnostic.ts';

/** Fills Excel itself offers ("Light Red Fill", "Yellow Fill" in conditional formatting). */
const FILL: Record<'error' | 'warning', string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C' };
const LABEL = { error: 'GALAT', warning: 'PERINGATAN', info: 'INFO' } as const;
/** Starts our part of a note, so a correction copy sent back and checked again gets a fresh note, not a second one. */
export const NOTE_MARK = '— Pemeriksaan LKj —';

/** Colours `cell` (red for an error, yellow for a warning, none for info) and attaches the messages as its note. */
export function markCell(cell: ExcelJS.Cell, problems: readonly Diagnostic[]): void {
  const worst = problems.some((d) => d.severity === 'error')
    ? 'error'
    : problems.some((d) => d.severity === 'warning')
      ? 'warning'
      : null;
  // A new style object: exceljs shares style parts between cells read from the same style.
  if (worst)
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[worst] } } };
  const ours = problems.map((d) => `${LABEL[d.severity]}: ${d.message}`).join('\n\n');
  const before = noteText(cell.note).split(NOTE_MARK)[0]?.trimEnd() ?? '';
  cell.note = before ? `${before}\n\n${NOTE_MARK}\n${ours}` : `${NOTE_MARK}\n${ours}`;
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (note === undefined || note === null) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}
