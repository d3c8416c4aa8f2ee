/** The `Koreksi` sheet put first in a correction copy: every problem of the workbook, including those without a cell. */
import type ExcelJS from 'exceljs';
import type { Diagnostic } from '../diagnostic.ts';
import { formatTanggalWib } from '../format.ts';
import { expectedText } from '../format-diagnostics.ts';

/** Name of the added sheet; the validator ignores sheets it does not know, so a copy sent back still reads. */
export const KOREKSI_SHEET = 'Koreksi';

const LABEL = { error: 'GALAT', warning: 'PERINGATAN', info: 'INFO' } as const;
const FILL = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' } as const;
const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Adds the sheet as the first tab and opens the workbook on it; an older `Koreksi` sheet is replaced. */
export function addKoreksiSheet(
  wb: ExcelJS.Workbook,
  file: string,
  problems: readonly Diagnostic[],
  checkedAt: string,
): void {
  const old = wb.worksheets.find((ws) => ws.name === KOREKSI_SHEET);
  if (old) wb.removeWorksheet(old.id);
  // Only the new tab is selected (several selected tabs make Excel open them grouped). exceljs reads and writes
  // `tabSelected` and orders tabs by `orderNo`, but its typings know neither.
  for (const ws of wb.worksheets) ws.views = (ws.views ?? []).map((v) => ({ ...v, tabSelected: false }));
  const ws = wb.addWorksheet(KOREKSI_SHEET, { properties: { tabColor: { argb: 'FFC00000' } } });
  ws.views = [{ tabSelected: true } as Partial<ExcelJS.WorksheetView>];
  (ws as unknown as { orderNo: number }).orderNo = -1;
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, visibility: 'visible', ...wb.views?.[0], firstSheet: 0, activeTab: 0 },
  ];
  ws.columns = [{ width: 5 }, { width: 13 }, { width: 16 }, { width: 90 }, { width: 24 }, { width: 24 }, { width: 26 }];
  ws.addRow([`Daftar masalah pada ${file} (diperiksa ${formatTanggalWib(checkedAt)})`]).font = { bold: true, size: 13 };
  ws.addRow([
    'Sel bermasalah di sheet lain diwarnai merah (galat) atau kuning (peringatan) dan diberi catatan berisi pesannya. Perbaiki isinya, lalu kirim ulang berkas ini; sheet Koreksi boleh dibiarkan.',
  ]);
  ws.addRow([]);
  const header = ws.addRow([
    'No',
    'Tingkat',
    'Letak',
    'Masalah dan cara memperbaiki',
    'Ditemukan',
    'Seharusnya',
    'Kode',
  ]);
  header.font = { bold: true };
  // Printed like the template's sheets: A4 landscape, one page wide, the header row on every page.
  ws.pageSetup = {
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${header.number}:${header.number}`,
  };
  const sorted = [...problems].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  sorted.forEach((d, i) => {
    const where = d.sheet ? (d.cell ? `${d.sheet}!${d.cell}` : `sheet ${d.sheet}`) : 'seluruh berkas';
    const row = ws.addRow([i + 1, LABEL[d.severity], where, d.message, d.actual ?? '', expectedText(d), d.rule]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[d.severity] } };
  });
}
