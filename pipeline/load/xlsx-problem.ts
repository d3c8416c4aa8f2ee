/** What can be wrong with an .xlsx file before its cells are read (the load stage turns each into a message). */
import type { RangeKind } from './range-scanner.ts';

/** One problem with the file as a whole; sizes in bytes, counts as found (or the limit plus one, when counting stopped). */
export type XlsxProblem =
  | { kind: 'empty' }
  | { kind: 'too-big'; bytes: number }
  | { kind: 'encrypted' }
  | { kind: 'other-format'; format: 'xls' | 'ods' }
  | { kind: 'not-a-zip'; looksLikeText: boolean }
  | { kind: 'truncated' }
  | { kind: 'corrupt'; detail: string }
  | { kind: 'not-a-workbook' }
  | { kind: 'too-many-parts'; count: number }
  | { kind: 'too-many-sheets'; count: number }
  /** A part unpacks past a limit; `found` is the size or ratio when known (null: unpacking stopped at the limit). */
  | {
      kind: 'unpacks-too-big';
      part: string;
      sheet?: string;
      limit: 'entryBytes' | 'totalBytes' | 'ratio';
      found: number | null;
    }
  | { kind: 'too-many-rows'; sheet: string; rows: number }
  | { kind: 'too-many-cells'; cells: number }
  /** Dropdowns, merges, conditional formats and hyperlinks cover more cells than allowed, even trimmed to the used area. */
  | { kind: 'ranges-too-large'; sheet: string; range: RangeKind; ref: string; used: string; total: number };
