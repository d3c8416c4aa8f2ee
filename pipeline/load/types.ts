/** What the load stage hands to validation: files read as plain data, nothing interpreted yet. */
import type { Diagnostic } from '../diagnostic.ts';
import type { GambarBerkas } from './read-narrative-images.ts';

/** What a cell holds once exceljs' shapes (formula, rich text, hyperlink, date…) are folded away. */
export type CellKind = 'empty' | 'number' | 'text' | 'date' | 'boolean' | 'error' | 'formula-no-result';

/** One non-empty cell of a sheet. */
export interface RawCell {
  /** 1-based Excel row and column. */
  row: number;
  col: number;
  /** As Excel shows it: `I7`. */
  address: string;
  kind: CellKind;
  /** Set for `number` (and `date`, as an Excel serial-free JS timestamp in ms). */
  number?: number;
  /** The text of the cell: the string itself, or the number as exceljs gives it, or the formula text. */
  text: string;
  /** Excel number format, e.g. `0.00%`. */
  numFmt?: string;
}

/** One worksheet: its cells by row (sparse), hidden rows and merged ranges. */
export interface RawSheet {
  name: string;
  /** Non-empty cells, grouped by row number; rows sorted ascending, cells by column. */
  rows: { row: number; cells: RawCell[] }[];
  hiddenRows: number[];
  /** Merged ranges as `A1:C1`. */
  merges: string[];
  /** Hidden from the tabs (`hidden`: Unhide shows it again; `veryHidden`: only VBA does). Absent means visible. */
  state?: 'visible' | 'hidden' | 'veryHidden';
}

/** One division workbook as read from disk. */
export interface RawWorkbook {
  /** Path relative to the inputs folder, with forward slashes. */
  file: string;
  sheets: RawSheet[];
}

/** A YAML reference file read and parsed, not yet checked against its schema. */
export interface RawReferenceFile {
  file: string;
  data: unknown;
  /** Line (1-based) where each key path starts, e.g. `penandatangan.sekretaris.nip` → 14, `indikator[2].target` → 31. */
  lines?: Record<string, number>;
}

/** Everything read from the inputs folder. */
export interface LoadedInputs {
  config: RawReferenceFile | null;
  renstra: RawReferenceFile | null;
  iku: RawReferenceFile | null;
  /** Optional reference files present in the folder (`hibah.yaml`, `iku-2025.yaml` …), by file name. */
  tambahan?: Record<string, RawReferenceFile>;
  workbooks: RawWorkbook[];
  /** Narrative Markdown files from `inputs/narasi/`, by name without extension. */
  narrative: Record<string, string>;
  /** Pictures under `inputs/narasi/` (PNG, JPEG, SVG), by path relative to that folder. */
  gambarNarasi?: Record<string, GambarBerkas>;
  /** Problems met while reading (unreadable file, wrong format, missing reference file…). */
  diagnostics: Diagnostic[];
}
