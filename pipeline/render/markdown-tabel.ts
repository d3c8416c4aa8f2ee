/** Small narrative tables are kept on one page: a reader should not turn the page for the last rows of seven. */
import type MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** Most body rows a narrative table may have and still be kept whole (`tabel-utuh`, `break-inside: avoid`). */
export const MAKS_BARIS_UTUH = 15;

/** Marks each table of at most `MAKS_BARIS_UTUH` body rows (`meta.utuh`: the renderer adds the class `tabel-utuh`). */
export function keepSmallTables(tokens: readonly Token[]): void {
  tokens.forEach((t, i) => {
    if (t.type !== 'table_open') return;
    let rows = 0;
    for (let j = i + 1; j < tokens.length && tokens[j]!.type !== 'table_close'; j++)
      if (tokens[j]!.type === 'tr_open') rows++;
    // The header row is a tr too.
    if (rows - 1 <= MAKS_BARIS_UTUH) t.meta = { ...(t.meta as object | null), utuh: true };
  });
}
