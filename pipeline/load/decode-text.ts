/** Text files staff write (YAML, Markdown) as UTF-8, with the line of the first byte that is not UTF-8. */

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The text, or the 1-based line and column of the first invalid byte sequence. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number; col: number } {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalid(bytes);
    let line = 1;
    let start = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        start = i + 1;
      }
    }
    return { ok: false, line, col: at - start + 1 };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (RFC 3629). */
function firstInvalid(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const x = b[i] ?? 0;
    const need =
      x < 0x80 ? 0 : x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return b.length;
}
