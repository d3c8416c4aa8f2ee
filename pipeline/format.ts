/**
 * Indonesian number, money, date and NIP formatting (primer §5), built on `Intl` with the `id-ID` locale: the one
 * formatter of the report, the terminal messages, the problem report and the division templates.
 * Pure functions: the same input gives the same string on every machine (dates are read as calendar dates, not
 * instants, so the time zone of the build machine never shifts a day).
 *
 * Two roundings, named apart: `formatAngka`/`formatTarget` print a figure as the report shows it (up to two
 * decimals); `formatAngkaPersis`/`formatTargetPersis` quote a value as it was typed in a cell (up to four), so a
 * message never says "77,5 differs from 77,5" about 77,5 and 77,504.
 */
import type { TargetValue } from '../schemas/common.ts';

const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One cached `Intl.NumberFormat` per digit setting: construction is slow and reports format thousands of cells. */
function numberFormat(minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${minDigits}:${maxDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('id-ID', { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits });
    numberFormats.set(key, f);
  }
  return f;
}

function assertFinite(n: number, what: string): void {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new TypeError(`${what}: bukan angka yang sah (${String(n)})`);
}

/**
 * A number with Indonesian separators: `8.179.547`, `77,5`. With `digits`, exactly that many decimals
 * (`formatAngka(3, 2)` → `3,00`); without, up to two, trailing zeros dropped.
 */
export function formatAngka(n: number, digits?: number): string {
  assertFinite(n, 'formatAngka');
  const s = digits === undefined ? numberFormat(0, 2).format(n) : numberFormat(digits, digits).format(n);
  // A tiny negative rounded to zero (-0.001 → "-0,00") must not keep its sign.
  return /^-0(,0+)?$/.test(s) ? s.slice(1) : s;
}

/** A target as printed in a table: a number (`77,5`) or a range (`80–90`, primer §4). */
export function formatTarget(t: TargetValue): string {
  return typeof t === 'number' ? formatAngka(t) : `${formatAngka(t.min)}–${formatAngka(t.max)}`;
}

/** Most decimals a value quoted from a cell keeps: as many as the report ever prints of an indicator's values. */
const DESIMAL_PERSIS = 4;

/** A value as typed in a cell, for messages: `77,5`, `0,0012`, `8.179.547` (up to four decimals, no padding). */
export function formatAngkaPersis(n: number): string {
  assertFinite(n, 'formatAngkaPersis');
  const s = numberFormat(0, DESIMAL_PERSIS).format(n);
  return /^-0(,0+)?$/.test(s) ? s.slice(1) : s;
}

/** A target as typed, for messages: `77,5`, or a range `80–90`. */
export function formatTargetPersis(t: TargetValue): string {
  return typeof t === 'number' ? formatAngkaPersis(t) : `${formatAngkaPersis(t.min)}–${formatAngkaPersis(t.max)}`;
}

/** Whole rupiah without the currency, as budget tables print money: `125.000.000`. */
export const formatUang = (n: number): string => formatAngka(n, 0);

const EPS = 1e-9;

/**
 * `v` to `digits` decimals; when that would land on one of `batas` (or 0) that `v` is not equal to, rounded away from
 * it instead (down when `v` is below, up when above), so a printed figure never changes a verdict: 99,996 against
 * 100 prints 99,99, 0,004 prints 0,01 (issue 9, "rounding that never changes the verdict").
 */
export function bulatkanAman(v: number, digits: number, batas: readonly number[] = []): number {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  const hit = [0, ...batas].some((t) => Math.abs(v - t) > EPS && Math.abs(r - Math.round(t * f) / f) < EPS / 10);
  if (!hit) return r;
  return v < r ? Math.floor(v * f + EPS) / f : Math.ceil(v * f - EPS) / f;
}

/** `bulatkanAman` printed with exactly `digits` decimals and Indonesian separators. */
export const formatAman = (v: number, digits: number, batas: readonly number[] = []): string =>
  formatAngka(bulatkanAman(v, digits, batas), digits);

/**
 * A percentage value with two decimals and no sign, as table cells under a "(%)" header show it: `82,50`; never
 * `100,00` unless it is 100, never `0,00` unless it is 0.
 */
export function formatPersen(n: number): string {
  assertFinite(n, 'formatPersen');
  return formatAman(n, 2, [100]);
}

/** A percentage value with two decimals and the sign, for running text: `82,50%`. */
export function formatPersenTanda(n: number): string {
  return `${formatPersen(n)}%`;
}

/**
 * An amount of money with the currency and cents, for running text: `Rp 104.734.936.307,00`. The space after `Rp` is
 * a no-break space, so a justified line never ends in "Rp" with the amount on the next.
 */
export function formatRupiah(n: number): string {
  assertFinite(n, 'formatRupiah');
  const body = formatAngka(Math.abs(n), 2);
  return n < 0 ? `-Rp\u00a0${body}` : `Rp\u00a0${body}`;
}

/** An ISO calendar date (`2025-01-15`, or the date part of a timestamp) in words: `15 Januari 2025`. */
export function formatTanggal(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const bulan = m ? BULAN[Number(m[2]) - 1] : undefined;
  if (!m || !bulan || Number(m[3]) < 1 || Number(m[3]) > 31) {
    throw new RangeError(`formatTanggal: tanggal tidak sah "${iso}", harus berbentuk YYYY-MM-DD`);
  }
  return `${Number(m[3])} ${bulan} ${m[1]}`;
}

/** A timestamp as an ISO string of its Western Indonesia Time (the time zone of Banten). */
function wibIso(iso: string, what: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) throw new RangeError(`${what}: waktu tidak sah "${iso}"`);
  // WIB is UTC+7 all year (no daylight saving), so a fixed shift is exact and needs no tz database.
  return new Date(t.getTime() + 7 * 3600_000).toISOString();
}

/** A timestamp as a date and time in Western Indonesia Time: `10 Januari 2025 14.05 WIB`. */
export function formatWaktuWib(iso: string): string {
  const wib = wibIso(iso, 'formatWaktuWib');
  return `${formatTanggal(wib)} ${wib.slice(11, 13)}.${wib.slice(14, 16)} WIB`;
}

/** A timestamp's calendar date in Western Indonesia Time: `10 Januari 2025`. */
export const formatTanggalWib = (iso: string): string => formatTanggal(wibIso(iso, 'formatTanggalWib'));

/** An 18-digit NIP grouped as printed under a signature: `19650222 200701 1 005` (without the `NIP.` prefix). */
export function formatNip(nip: string): string {
  const d = nip.replace(/\s+/g, '');
  const m = /^(\d{8})(\d{6})(\d)(\d{3})$/.exec(d);
  if (!m) throw new RangeError(`formatNip: NIP harus 18 digit, ditemukan "${nip}"`);
  return `${m[1]} ${m[2]} ${m[3]} ${m[4]}`;
}

const ROMAWI: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Roman numerals for chapters, quarters and document-number months: `4` → `IV`, `12` → `XII`. */
export function formatRomawi(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999)
    throw new RangeError(`formatRomawi: harus bilangan bulat 1–3999 (${n})`);
  let rest = n;
  let s = '';
  for (const [value, sym] of ROMAWI) {
    for (; rest >= value; rest -= value) s += sym;
  }
  return s;
}

/** `a`, `a dan b`, `a, b, dan c`: an Indonesian list. */
export function daftarKata(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' dan ');
  return `${items.slice(0, -1).join(', ')}, dan ${items.at(-1)}`;
}
