/**
 * Chart labels by a rule a reader can follow: long labels wrap at spaces onto further lines, never cut inside a word
 * and never ended with "…". A single word longer than a line stays whole on its own line.
 */

/** Characters per label line the serapan chart's axis has room for at 10 px. */
export const LEBAR_LABEL = 44;

/** The label's lines, each at most `lebar` characters unless one word alone is longer. */
export function wrapLabel(text: string, lebar = LEBAR_LABEL): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= lebar) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
