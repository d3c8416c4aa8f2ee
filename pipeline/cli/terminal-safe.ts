/**
 * Text for the operator's terminal with control characters shown escaped: a cell, file name or YAML value holding
 * an escape sequence (`ESC[2J` clears the screen) or a right-to-left override must not act on the terminal.
 */

/** C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with each unsafe character written as `\x1B` or `\u202E`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code < 0x100
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
