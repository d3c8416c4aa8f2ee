/**
 * Reads a number written as text, in Indonesian or English style. The rule (also in the README):
 *
 * 1. Spaces (including NBSP) between digit groups are thousands separators: `8 179 547`.
 * 2. Both `.` and `,` present: the one written last is the decimal mark, the other groups thousands —
 *    `1.234,5` and `1,234.5` are both 1234,5. Thousands groups must have exactly 3 digits.
 * 3. The same mark written twice or more groups thousands: `8.179.547`, `1,234,567`.
 * 4. One `.` alone: a decimal point (`0.2`, `77.5`), EXCEPT when it is followed by exactly 3 digits and the
 *    part before it is 1–3 digits not starting with 0 (`1.234`, `12.500`): then it groups thousands, as in
 *    Indonesian writing, and a note is returned so validation can warn that it was ambiguous.
 * 5. One `,` alone: a decimal comma (`77,5`), as in Indonesian writing; `1,234` (3 digits after) is read as
 *    1,234 (one point two three four) with a note, because in English it would mean 1234.
 */
export type Decimal = { ok: true; value: number; note?: string } | { ok: false; reason: string };

const GROUPED = /^\d{1,3}([.,]\d{3})+$/;

/** The value of a plain number text such as `-1.234,5` (no unit, no percent sign), or why it is not one. */
export function readDecimal(text: string): Decimal {
  let s = text.trim().replace(/^[\u2212\u2013]/, '-');
  const sign = s.startsWith('-') ? -1 : 1;
  s = s.replace(/^[-+]\s*/, '');
  if (/\s/.test(s)) {
    if (!/^\d{1,3}(\s\d{3})+([.,]\d+)?$/.test(s)) return { ok: false, reason: 'spasi di tengah angka' };
    s = s.replace(/\s/g, '');
  }
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return { ok: false, reason: 'bukan angka' };
  const dots = count(s, '.');
  const commas = count(s, ',');
  const result = (intPart: string, frac: string, note?: string): Decimal => {
    const value = sign * Number(`${intPart.replace(/[.,]/g, '')}.${frac || '0'}`);
    return note === undefined ? { ok: true, value } : { ok: true, value, note };
  };
  if (dots > 0 && commas > 0) {
    const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
    const intPart = s.slice(0, last);
    const mark = s[last];
    if (intPart.includes(mark ?? '') || !(GROUPED.test(intPart) || /^\d{1,3}$/.test(intPart))) {
      return { ok: false, reason: 'pemisah ribuan dan desimal tidak beraturan' };
    }
    return result(intPart, s.slice(last + 1));
  }
  if (dots + commas === 0) return result(s, '');
  if (dots + commas > 1) {
    return GROUPED.test(s) ? result(s, '') : { ok: false, reason: 'pemisah ribuan tidak beraturan' };
  }
  const [intPart = '', frac = ''] = s.split(/[.,]/);
  const threeAfter = frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart);
  if (dots === 1) {
    if (!threeAfter) return result(intPart, frac);
    return result(
      s,
      '',
      `"${text.trim()}" dibaca sebagai ${intPart}.${frac} (ribuan, titik sebagai pemisah ribuan). Jika benar ribuan, tulis ` +
        `${intPart}${frac} tanpa titik; jika maksudnya pecahan desimal, ketik angkanya di sel berformat Angka (bukan Teks).`,
    );
  }
  if (!threeAfter) return result(intPart, frac);
  return result(
    intPart,
    frac,
    `"${text.trim()}" dibaca sebagai ${intPart},${frac} (koma sebagai tanda desimal). Jika maksudnya ribuan, tulis ` +
      `${intPart}${frac} tanpa pemisah; jika benar pecahan desimal, ketik angkanya di sel berformat Angka (bukan Teks).`,
  );
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
