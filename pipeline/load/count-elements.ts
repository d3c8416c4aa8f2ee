/** Counts `<row>` and `<c>` elements of worksheet XML fed in chunks, as they come out of the unpacker. */

/** `<row …>` and `<c …>`, with or without a namespace prefix (`<x:row>` from the Open XML SDK); not `<rowBreaks>`, `<col>`. */
const ROW_OR_CELL = /<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s>/]/g;
/** Carried from one chunk to the next, so an element split between two chunks is still seen once. */
const TAIL = 32;

/** A counter for one worksheet: `add` each chunk, read `rows` and `cells`. */
export function elementCounter() {
  let tail = '';
  const counts = { rows: 0, cells: 0 };
  const add = (chunk: Buffer): void => {
    const text = tail + chunk.toString('latin1');
    ROW_OR_CELL.lastIndex = 0;
    for (let m = ROW_OR_CELL.exec(text); m; m = ROW_OR_CELL.exec(text)) {
      // Matches lying wholly in the carried tail were counted with the previous chunk.
      if (m.index + m[0].length <= tail.length) continue;
      if (m[1] === 'row') counts.rows += 1;
      else counts.cells += 1;
    }
    tail = text.slice(-TAIL);
  };
  return { add, counts };
}
