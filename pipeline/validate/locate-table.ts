/** Finds a data sheet and its header, reporting a missing sheet or missing columns in words the user can act on. */
import type { RawSheet, RawWorkbook } from '../load/types.ts';
import { findHeader, type HeaderMatch } from './find-header.ts';
import { findSheet } from './find-sheet.ts';
import { report, type SheetContext } from './sheet-context.ts';
import type { ColumnSpec, SheetSpec } from './sheet-layout.ts';

/** The sheet and where its columns are, or null (with an error recorded) when the table cannot be read. */
export function locateTable(
  wb: RawWorkbook,
  spec: SheetSpec,
  ctx: SheetContext,
): { sheet: RawSheet; header: HeaderMatch } | null {
  const sheet = findSheet(wb, spec);
  if (!sheet) {
    reportMissingSheet(wb, spec.name, ctx);
    return null;
  }
  ctx.sheet = sheet.name;
  const header = findHeader(sheet, spec);
  if (!header) {
    const labels = spec.columns
      .filter((c) => c.required)
      .map((c) => `"${c.label}"`)
      .join(', ');
    const message =
      `Baris judul tabel tidak ditemukan di sheet ${sheet.name}: tidak ada baris (di 30 baris pertama) yang memuat ` +
      `"${spec.columns[0]?.label ?? ''}" bersama judul kolom lain. Tulis judul kolom: ${labels}.`;
    report(ctx, 'error', { rule: 'kolom-tidak-ada', message, expected: labels });
    return null;
  }
  for (const column of header.missing) reportMissingColumn(column, sheet.name, header.lastRow, ctx);
  return { sheet, header };
}

/** Records that a sheet is missing, naming the sheets the workbook does have. */
export function reportMissingSheet(wb: RawWorkbook, name: string, ctx: SheetContext): void {
  const present = wb.sheets.map((s) => `"${s.name}"`).join(', ') || '(tidak ada)';
  const message =
    `Sheet "${name}" tidak ditemukan. Sheet yang ada: ${present}. Beri nama sheet "${name}" ` +
    '(huruf besar/kecil tidak berpengaruh) atau salin dari templat buku kerja terbaru.';
  ctx.out.push({
    severity: 'error',
    rule: 'sheet-tidak-ada',
    file: ctx.file,
    sheet: name,
    message,
    expected: name,
    actual: present,
  });
}

function reportMissingColumn(column: ColumnSpec, sheet: string, headerRow: number, ctx: SheetContext): void {
  if (column.silent) return;
  const also =
    column.aliases.length > 0
      ? ` (boleh juga: ${column.aliases
          .slice(0, 3)
          .map((a) => `"${a}"`)
          .join(', ')})`
      : '';
  if (column.required) {
    const message = `Kolom "${column.label}" tidak ditemukan di sheet ${sheet} (baris judul: ${headerRow}). Tambahkan kolom berjudul "${column.label}"${also}.`;
    report(ctx, 'error', { rule: 'kolom-tidak-ada', message, expected: column.label });
  } else {
    const message = `Kolom "${column.label}" tidak ada di sheet ${sheet}; isinya dianggap kosong. Tambahkan kolom berjudul "${column.label}" bila perlu.`;
    report(ctx, 'info', { rule: 'kolom-opsional-tidak-ada', message, expected: column.label });
  }
}
