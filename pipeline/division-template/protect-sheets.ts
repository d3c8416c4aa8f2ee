/** Sheet protection without a password: locked cells cannot be typed over, yet anyone can lift it if they must. */
import type ExcelJS from 'exceljs';

/** Select anything, resize rows and columns; no cell formatting (it would unmark inputs), no structure changes. */
const ALLOWED: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

/** Protects every sheet; on `Anggaran` rows may also be inserted and deleted, as budgets need more lines. */
export async function protectSheets(wb: ExcelJS.Workbook): Promise<void> {
  for (const ws of wb.worksheets) {
    // An empty password: exceljs then writes no hash and no random salt, so the bytes stay reproducible.
    await ws.protect('', ws.name === 'Anggaran' ? { ...ALLOWED, insertRows: true, deleteRows: true } : ALLOWED);
  }
}
