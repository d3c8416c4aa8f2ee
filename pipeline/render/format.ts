/**
 * Indonesian number, money, date and NIP formatting (primer §5), built on `Intl` with the `id-ID` locale.
 * Pure functions: the same input gives the same string on every machine (dates are read as calendar dates, not
 * instants, so the time zone of the build machine never shifts a day).
 */
import type { TargetValue } from '../../schemas/common.ts';

const BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
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

/** A percentage value with two decimals and no sign, as table cells under a "(%)" header show it: `82,50`. */
export function formatPersen(n: number): string {
  return formatAngka(n, 2);
}

/** A percentage value with two decimals and the sign, for running text: `82,50%`. */
export function formatPersenTanda(n: number): string {
  return `${formatPersen(n)}%`;
}

/** An amount of money with the currency and cents, for running text: `Rp 104.734.936.307,00`. */
export function formatRupiah(n: number): string {
  assertFinite(n, 'formatRupiah');
  const body = formatAngka(Math.abs(n), 2);
  return n < 0 ? `-Rp ${body}` : `Rp ${body}`;
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

/** A timestamp as a date and time in Western Indonesia Time: `10 Januari 2025 14.05 WIB`. */
export function formatWaktuWib(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) throw new RangeError(`formatWaktuWib: waktu tidak sah "${iso}"`);
  // WIB is UTC+7 all year (no daylight saving), so a fixed shift is exact and needs no tz database.
  const wib = new Date(t.getTime() + 7 * 3600_000).toISOString();
  return `${formatTanggal(wib)} ${wib.slice(11, 13)}.${wib.slice(14, 16)} WIB`;
}

/** An 18-digit NIP grouped as printed under a signature: `19650222 200701 1 005` (without the `NIP.` prefix). */
export function formatNip(nip: string): string {
  const d = nip.replace(/\s+/g, '');
  const m = /^(\d{8})(\d{6})(\d)(\d{3})$/.exec(d);
  if (!m) throw new RangeError(`formatNip: NIP harus 18 digit, ditemukan "${nip}"`);
  return `${m[1]} ${m[2]} ${m[3]} ${m[4]}`;
}

const ROMAWI: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Roman numerals for chapters, quarters and document-number months: `4` → `IV`, `12` → `XII`. */
export function formatRomawi(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`formatRomawi: harus bilangan bulat 1–3999 (${n})`);
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
