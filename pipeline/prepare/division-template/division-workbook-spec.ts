/**
 * What a division workbook holds, cell by cell, before it is written, and where each part stands. Values are loose on
 * purpose (`number | string | null`) so tests can write bad workbooks: `'abc'` as a realisasi, a NIP as a number.
 */

/** One cell value as typed by a user: a number, a text, or empty. */
export type CellValue = number | string | null;

/** Realisasi of TW I–IV. */
export type Quarters = readonly [CellValue, CellValue, CellValue, CellValue];

/** The `Identitas` sheet: label in column A, value in column B. */
export interface IdentitasSpec {
  unitKerja: CellValue;
  tahun: CellValue;
  penanggungJawab: CellValue;
  /** A string is written as a text cell (18 digits survive); a number as a number, as careless users do. */
  nip: CellValue;
  /** A `Date` becomes a real date cell; anything else is written as typed. */
  tanggal: Date | CellValue;
}

/** One row of the `Capaian` sheet. */
export interface CapaianSpecRow {
  kodeIku: CellValue;
  indikator: CellValue;
  satuan: CellValue;
  target: CellValue;
  triwulan: Quarters;
  realisasi: CellValue;
  sumberData: CellValue;
  keterangan: CellValue;
  /**
   * Write the row's numbers as percent-formatted fractions (66.05 → 0.6605 shown as `66,05%`), as many Excel users
   * do. Numbers are given here as percents either way.
   */
  persen?: boolean;
}

/** One row of the `Analisis` sheet. */
export interface AnalisisSpecRow {
  kodeIku: CellValue;
  penyebab: CellValue;
  upaya: CellValue;
  programPendukung: CellValue;
}

/** One budget line of the `Anggaran` sheet. */
export interface AnggaranSpecRow {
  /** Dotted budget code, program → kegiatan → KRO → RO → komponen → akun: `076.01.WA.4369.EBA.962.051.521211`. */
  kode: CellValue;
  nama: CellValue;
  pagu: CellValue;
  realisasi: CellValue;
  kodeIku: CellValue;
}

/** Sheet names of the workbook contract, in the order they are written. */
export const SHEET_NAMES = ['Petunjuk', 'Identitas', 'Capaian', 'Analisis', 'Anggaran'] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

/** Standard header rows of the three table sheets (the parser matches them case-insensitively). */
export const HEADERS = {
  capaian: [
    'Kode IKU',
    'Indikator',
    'Satuan',
    'Target',
    'Realisasi TW I',
    'Realisasi TW II',
    'Realisasi TW III',
    'Realisasi TW IV',
    'Realisasi',
    'Sumber Data',
    'Keterangan',
  ],
  analisis: ['Kode IKU', 'Penyebab Keberhasilan/Kegagalan', 'Upaya/Solusi', 'Program/Kegiatan Pendukung'],
  anggaran: ['Kode', 'Program/Kegiatan', 'Pagu', 'Realisasi', 'Kode IKU'],
} as const satisfies Record<string, readonly string[]>;

/** Rows and columns (1-based) of the written workbook, shared by the writer, the template and the filling. */
export const LAYOUT = {
  /** `Identitas`: label in column A, value in column B, on these rows. */
  identitas: { unitKerja: 3, tahun: 4, penanggungJawab: 5, nip: 6, tanggal: 7 },
  /** Header row of each table sheet; data rows follow directly. */
  capaian: { headerRow: 4 },
  analisis: { headerRow: 3 },
  anggaran: { headerRow: 3 },
} as const;

/** 1-based column of a standard header: `columnOf('capaian', 'Realisasi')` → 9. */
export function columnOf<S extends keyof typeof HEADERS>(sheet: S, header: (typeof HEADERS)[S][number]): number {
  return (HEADERS[sheet] as readonly string[]).indexOf(header) + 1;
}

/** One line of the `Petunjuk` sheet: a title, a section heading, or a text with an optional label in column A. */
export type PetunjukLine = { judul: string } | { bagian: string } | { label?: string; teks: string; tebal?: boolean };

/** Everything needed to write one division workbook. */
export interface DivisionWorkbookSpec {
  /** Content of the `Petunjuk` sheet; defaults to short generic instructions. */
  petunjuk?: readonly PetunjukLine[];
  identitas: IdentitasSpec;
  capaian: readonly CapaianSpecRow[];
  analisis: readonly AnalisisSpecRow[];
  anggaran: readonly AnggaranSpecRow[];
  /** Title above the tables; defaults to `<unit kerja>`. */
  judul?: string;
  /** Sheets to leave out, e.g. to test a workbook without `Analisis`. */
  omitSheets?: readonly SheetName[];
  /** Header cells replacing the standard ones, e.g. to test a renamed or missing column. */
  headers?: { capaian?: readonly string[]; analisis?: readonly string[]; anggaran?: readonly string[] };
}
