/**
 * Comparison keys for text people type by hand. Kept together (against the one-export-per-file habit) because
 * they are one idea — "what counts as the same spelling" — and a reader should see all of them side by side.
 */

const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const ROMAN: Record<string, string> = { '1': 'i', '2': 'ii', '3': 'iii', '4': 'iv' };

/**
 * A header, label or sheet name as compared: lower case, single spaces, no spaces around `/`, no `*` or
 * trailing `:`, no `(…)` remark, no year; `TW 1`, `TW1`, `Triwulan I` all become `tw i`.
 */
export function labelKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(SPACES, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*:]/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\b(?:tw|triwulan|trw)\s*[.\-]?\s*(iv|iii|ii|i|[1-4])\b/g, (_, q: string) => `tw ${ROMAN[q] ?? q}`)
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An indicator name or satuan as compared: case, spacing and punctuation ignored; `Prosentase` = `Persentase`. */
export function textKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/prosentase/g, 'persentase')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** An IKU code as compared: `IKU-01`, `iku 1` and `IKU.1` are the same code. */
export function ikuKey(s: string): string {
  return (
    s
      .normalize('NFKC')
      .toUpperCase()
      .match(/[A-Z]+|\d+/g) ?? []
  )
    .map((p) => (/^\d/.test(p) ? String(Number(p)) : p))
    .join('-');
}

/** `IKU-01`, `IKU 1.2`, `3`: letters then digits, nothing like a sentence (a heading such as `Sasaran 1: …`). */
export function looksLikeCode(s: string): boolean {
  return /^[A-Za-z]{0,8}[\s.\-]*\d+([.\-]\d+)*$/.test(s.trim());
}
