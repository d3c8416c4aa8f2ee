/** Cell ranges as written in worksheet XML (`A1:C3`, `D:D`, `$A$1`, lists `A1:B2 D4`), and their areas. */

/** A rectangle of cells, 1-based and inclusive. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The last row and column of a worksheet (Excel 2007+). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

const REF = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

/** `AB` → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 28 → `AB`. */
export function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** One range (`A1`, `A1:C3`, `D:D`, `5:7`), or null when it is not a cell reference. */
export function parseRange(ref: string): CellBox | null {
  const [from = '', to = from] = ref.split(':');
  const a = REF.exec(from);
  const b = REF.exec(to);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return null;
  const box = {
    top: a[2] ? Number(a[2]) : 1,
    left: a[1] ? columnNumber(a[1]) : 1,
    bottom: b[2] ? Number(b[2]) : MAX_ROW,
    right: b[1] ? columnNumber(b[1]) : MAX_COL,
  };
  return {
    top: Math.min(box.top, box.bottom),
    bottom: Math.max(box.top, box.bottom),
    left: Math.min(box.left, box.right),
    right: Math.max(box.left, box.right),
  };
}

/** The ranges of a space-separated list (`sqref`); references that are not cells are left out. */
export function parseRangeList(list: string): CellBox[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((r) => parseRange(r) ?? []);
}

/** Number of cells in the box. */
export const area = (b: CellBox): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/** The part of `b` inside `within`, or null when they do not overlap. */
export function intersect(b: CellBox, within: CellBox): CellBox | null {
  const box = {
    top: Math.max(b.top, within.top),
    left: Math.max(b.left, within.left),
    bottom: Math.min(b.bottom, within.bottom),
    right: Math.min(b.right, within.right),
  };
  return box.top > box.bottom || box.left > box.right ? null : box;
}

/** `A1:C3`, or `A1` for a single cell. */
export function formatRange(b: CellBox): string {
  const from = `${columnLetters(b.left)}${b.top}`;
  const to = `${columnLetters(b.right)}${b.bottom}`;
  return from === to ? from : `${from}:${to}`;
}
