/**
 * Finds, in worksheet XML fed in chunks, the ranges that exceljs expands cell by cell or that may span a whole sheet
 * (data validation, merged cells, conditional formatting, hyperlinks), and the area the sheet's cells really use.
 * Excel writes these ranges after `<sheetData>`, so the used area is known when they come.
 */
import { area, columnNumber, intersect, parseRangeList, type CellBox } from './cell-range.ts';

/** The kinds of range counted: data validation (dropdowns), merged cells, conditional formatting, hyperlinks. */
export type RangeKind = 'validation' | 'merge' | 'format' | 'link';

/** What one sheet's ranges cost. */
export interface SheetRanges {
  /** A1 to the last row and column holding a `<c>` element (0 × 0 for a sheet without cells). */
  used: CellBox;
  /** Cells covered by all ranges as written, and what is left of them inside `used`. */
  written: number;
  trimmed: number;
  /** The range with the largest area as written, for the message. */
  largest: { kind: RangeKind; ref: string; area: number } | null;
  /** A range came before a cell (not the order the format prescribes): trimming to `used` would not be safe. */
  unordered: boolean;
}

/** An opening tag (any prefix) of the elements that matter, or the text of an `<xm:sqref>` (x14 extensions). */
const ELEMENT =
  /<(?:[\w.-]+:)?(row|c|mergeCell|dataValidation|conditionalFormatting|hyperlink)(?=[\s/>])([^>]*)>|<xm:sqref>([^<]*)</g;
const RANGE_ATTRIBUTE: Record<string, [RangeKind, RegExp]> = {
  mergeCell: ['merge', /\bref="([^"]*)"/],
  dataValidation: ['validation', /\bsqref="([^"]*)"/],
  conditionalFormatting: ['format', /\bsqref="([^"]*)"/],
  hyperlink: ['link', /\bref="([^"]*)"/],
};
/** A text longer than this without an element start is cell text, not markup that matters. */
const MAX_CARRY = 1 << 20;

/** A scanner for one worksheet: `add` each chunk, then `finish`. */
export function rangeScanner() {
  let carry = '';
  let row = 0;
  let col = 0;
  let ranges = false;
  let extKind: RangeKind = 'validation';
  const s: SheetRanges = {
    used: { top: 1, left: 1, bottom: 0, right: 0 },
    written: 0,
    trimmed: 0,
    largest: null,
    unordered: false,
  };
  const range = (kind: RangeKind, list: string): void => {
    ranges = true;
    for (const box of parseRangeList(list)) {
      const a = area(box);
      s.written += a;
      const inside = intersect(box, s.used);
      s.trimmed += inside ? area(inside) : 0;
      if (!s.largest || a > s.largest.area)
        s.largest = { kind, ref: list.length > 60 ? `${list.slice(0, 57)}…` : list, area: a };
    }
  };
  const element = (name: string, attrs: string): void => {
    if (name === 'row') {
      const r = /\br="(\d+)"/.exec(attrs);
      row = r ? Number(r[1]) : row + 1;
      col = 0;
      return;
    }
    if (name === 'c') {
      const r = /\br="\$?([A-Za-z]{1,3})\$?(\d+)"/.exec(attrs);
      col = r ? columnNumber(r[1] ?? '') : col + 1;
      const at = r ? Number(r[2]) : row;
      if (ranges) s.unordered = true;
      s.used.bottom = Math.max(s.used.bottom, at);
      s.used.right = Math.max(s.used.right, col);
      return;
    }
    if (name === 'dataValidation' || name === 'conditionalFormatting')
      extKind = name === 'dataValidation' ? 'validation' : 'format';
    const [kind, attribute] = RANGE_ATTRIBUTE[name] ?? [];
    const list = attribute?.exec(attrs)?.[1];
    if (kind && list !== undefined) range(kind, list);
  };
  const add = (chunk: Buffer): void => {
    const text = carry + chunk.toString('latin1');
    // Up to the last opening `<`: what comes before it is whole elements; the rest waits for the next chunk.
    let cut = text.endsWith('<') ? text.length - 1 : text.length;
    for (let i = text.lastIndexOf('<'); i >= 0; i = i > 0 ? text.lastIndexOf('<', i - 1) : -1) {
      // A `<` at the very end may still become `</`: the next chunk tells.
      if (i < text.length - 1 && text[i + 1] !== '/') {
        cut = i;
        break;
      }
    }
    const head = text.slice(0, cut);
    carry = text.length - cut > MAX_CARRY ? '' : text.slice(cut);
    ELEMENT.lastIndex = 0;
    for (let m = ELEMENT.exec(head); m; m = ELEMENT.exec(head)) {
      if (m[3] !== undefined) range(extKind, m[3]);
      else element(m[1] ?? '', m[2] ?? '');
    }
  };
  const finish = (): SheetRanges => {
    add(Buffer.from('< '));
    return s;
  };
  return { add, finish };
}
