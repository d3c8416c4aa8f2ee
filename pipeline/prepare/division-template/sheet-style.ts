/** The look shared by every division workbook: fills, borders, number formats, row heights, input cells, protection. */
import type ExcelJS from 'exceljs';

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** Header cells of the tables. */
export const HEADER_FILL = solid('FFD9E1F2');
/** Cells a division types in: light yellow, explained on the `Petunjuk` sheet. */
export const INPUT_FILL = solid('FFFFF2CC');

export const THIN: ExcelJS.Borders = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
  diagonal: {},
};

/**
 * Number formats. Format codes are stored locale-neutral (`,` groups thousands, `.` marks decimals) and Excel or
 * LibreOffice shows them with the separators of the user's locale, so an Indonesian Excel shows `8.179.547` and
 * `66,05`. Writing `#.##0,00` would be wrong: it is not a valid code in the file and breaks in every locale.
 */
export const NUM_FMT = {
  /** Rupiah and counts: `125.000.000`. */
  bulat: '#,##0',
  /** Percentages and scores: `66,05`. */
  desimal: '#,##0.00',
  /** A fraction shown as percent (`0.6605` → `66,05%`), as Excel sets it when someone types `66,05%`. */
  persenSel: '0.00%',
  /** `[$-421]` is Indonesian: Excel shows the month in Indonesian whatever the machine's language. */
  tanggal: '[$-421]d mmmm yyyy',
  tahun: '0',
  /** Text: keeps the 18 digits of a NIP and the dots of a budget code as typed. */
  teks: '@',
} as const;

/** Points per line of 11-pt text. */
const LINE = 15;

/**
 * A row height (points) that shows wrapped texts in full, or undefined when one line is enough. Excel does not
 * resize rows of a generated file by itself, so long texts would otherwise show only their first line.
 * About 1,15 characters of ordinary text fit in one unit of column width.
 */
export function rowHeightFor(texts: readonly { text: string; width: number }[]): number | undefined {
  const lines = Math.max(
    1,
    ...texts.map(({ text, width }) =>
      text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / (width * 1.15))), 0),
    ),
  );
  return lines > 1 ? lines * LINE : undefined;
}

/** Marks `cell` as an input with `validation`; `numFmt` is how the typed value is shown. */
export function markInput(cell: ExcelJS.Cell, validation: ExcelJS.DataValidation, numFmt?: string): void {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  cell.border = THIN;
  cell.dataValidation = validation;
  if (numFmt !== undefined) cell.numFmt = numFmt;
}

// Sheet protection without a password: locked cells cannot be typed over, yet anyone can lift it if they must.

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
