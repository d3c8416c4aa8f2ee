/**
 * How big a division workbook may be. Checked cheaply (file size, then the ZIP directory, then the unpacked XML)
 * before exceljs reads the file, so that a huge or hostile file gets a clear message in bounded time and memory
 * instead of stalling the build. A real division workbook is about 20 KB with a few hundred cells; every limit
 * is far above that. The README's "Limits" section quotes these numbers.
 */

const MiB = 1024 * 1024;

/** The limits, in one place. */
export const WORKBOOK_LIMITS = {
  /** Size of the .xlsx file on disk. */
  fileBytes: 20 * MiB,
  /** Parts (files) inside the ZIP container. */
  zipEntries: 2_000,
  /** Sheets in the workbook. */
  sheets: 50,
  /** `<row>` elements in one sheet, empty formatted rows included. */
  rowsPerSheet: 20_000,
  /** `<c>` elements (cells) in all sheets together. */
  cells: 300_000,
  /**
   * Cells covered by dropdowns (data validation), merged cells, conditional formats and hyperlinks, all sheets
   * together (exceljs expands dropdowns and merges cell by cell: 1 million cells cost it ~5 s and ~380 MB). Over
   * this, ranges are trimmed to the area the cells use before exceljs reads the file.
   */
  rangeCells: 500_000,
  /** Unpacked size of one part. */
  entryBytes: 50 * MiB,
  /** Unpacked size of all parts together. */
  totalBytes: 100 * MiB,
  /** Unpacked ÷ packed size of one part; spreadsheet XML packs about 4–10 : 1, a ZIP bomb 1 000 : 1. */
  ratio: 200,
  /** Parts smaller than this are not held to `ratio` (tiny parts pack oddly and cost nothing). */
  ratioMinBytes: 1 * MiB,
} as const;

/** The shape of `WORKBOOK_LIMITS`, so tests can pass smaller ones. */
export type WorkbookLimits = { readonly [K in keyof typeof WORKBOOK_LIMITS]: number };

/** How big the files staff write by hand may be: a real `iku.yaml` is a few KB, a narrative chapter tens of KB. */
export const TEXT_LIMITS = {
  /** One reference YAML file (`laporan.yaml`, `renstra.yaml`, `iku.yaml`). */
  yamlBytes: 1 * MiB,
  /** YAML aliases (`*nama`) expanded in one file: an alias bomb expands a few lines into gigabytes. */
  yamlAliases: 100,
  /**
   * One narrative Markdown file; a larger one is left out with a warning. 256 KiB is ~130 printed pages of text;
   * an 800 KB narrative made a 429-page report that took 77 s to print.
   */
  narrativeBytes: 256 * 1024,
  /** Nesting of lists and quotes in a narrative; deeper content is not printed, with a warning. */
  narrativeNesting: 20,
} as const;
