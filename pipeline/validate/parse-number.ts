/** Turns a target, realisasi or pagu cell into a number, the way a person reading the sheet would. */
import type { RawCell } from '../load/types.ts';
import { readDecimal } from './read-decimal.ts';

/** The three outcomes of reading a numeric cell: nothing there, a number (maybe with a caveat), or not a number. */
export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; note?: string }
  | { kind: 'invalid'; text: string; reason: string };

/**
 * Reads a numeric cell. Numbers are taken as they are, except that a percent-formatted cell (0.775 shown as
 * 77,5%) gives 77.5 when the indicator's satuan is `%`. Text is read with the rule of `readDecimal`
 * (Indonesian `1.234,5` and English `0.2` both work); a unit written in the cell (`11 Lap`, `77,5%`, `Rp 5.000`)
 * is accepted when it is the indicator's satuan (case-insensitive), otherwise the value is invalid.
 * `-` or `–` alone, and blank text, count as empty.
 */
export function parseNumber(cell: RawCell | undefined, opts: { satuan?: string }): ParsedNumber {
  if (!cell || cell.kind === 'empty') return { kind: 'empty' };
  switch (cell.kind) {
    case 'number':
      return { kind: 'number', value: fromNumberCell(cell, opts.satuan) };
    case 'text':
      return fromText(cell.text, opts.satuan);
    case 'date':
      return invalid(cell.text, 'berisi tanggal, bukan angka');
    case 'boolean':
      return invalid(cell.text, 'berisi nilai benar/salah, bukan angka');
    case 'error':
      return invalid(cell.text, `berisi galat Excel ${cell.text}`);
    case 'formula-no-result':
      return invalid(cell.text, 'berisi rumus yang belum dihitung');
  }
}

/** Removes floating-point noise such as 3.3000000000000003 or 0.775 × 100 = 77.50000000000001. */
const clean = (n: number): number => Number(n.toPrecision(12));

function fromNumberCell(cell: RawCell, satuan: string | undefined): number {
  const n = cell.number ?? Number(cell.text);
  return clean(isPercentFormat(cell.numFmt) && isPercent(satuan) ? n * 100 : n);
}

/** True for formats like `0.0%`, ignoring a `%` inside quotes or escaped. */
function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && numFmt.replace(/"[^"]*"|\\./g, '').includes('%');
}

const isPercent = (satuan: string | undefined): boolean =>
  satuan !== undefined && ['%', 'persen'].includes(unitKey(satuan));

/** A unit as compared: lower case, no dots or spaces, `persen` spelled `%`. */
function unitKey(unit: string): string {
  const k = unit.toLowerCase().replace(/[.\s]/g, '');
  return k === 'persen' ? '%' : k;
}

function fromText(raw: string, satuan: string | undefined): ParsedNumber {
  const text = raw.replace(/[\u00a0\u2007\u202f]/g, ' ').trim();
  if (text === '' || /^[-\u2013\u2014]$/.test(text)) return { kind: 'empty' };
  const m = /^([^\d\-+\u2212\u2013]*?)\s*([-+\u2212\u2013]?\s*\d[\d.,\s]*?)\s*([^\d\s][^\d]*)?$/.exec(text);
  if (!m) return invalid(raw, 'bukan angka');
  const unit = [m[1], m[3]].map((u) => (u ?? '').trim()).filter((u) => u !== '');
  if (unit.length > 1) return invalid(raw, 'bukan angka');
  const written = unit[0];
  if (written !== undefined && (satuan === undefined || unitKey(written) !== unitKey(satuan))) {
    const why = satuan === undefined ? 'tulis angkanya saja' : `padahal satuan indikator ini "${satuan}"`;
    return invalid(raw, `memuat "${written}", ${why}`);
  }
  const d = readDecimal(m[2] ?? '');
  if (!d.ok) return invalid(raw, d.reason);
  return d.note === undefined ? { kind: 'number', value: d.value } : { kind: 'number', value: d.value, note: d.note };
}

function invalid(text: string, reason: string): ParsedNumber {
  return { kind: 'invalid', text, reason };
}
