/**
 * Lists and quotes nested deeper than markdown-it follows (`TEXT_LIMITS.narrativeNesting`): markdown-it stops
 * reading a block at that depth and drops the rest of the file without a word, so the report would silently lose it.
 */
import MarkdownIt from 'markdown-it';
import { warning, type Diagnostic } from '../diagnostic.ts';
import { TEXT_LIMITS } from '../load/limits.ts';

let md: InstanceType<typeof MarkdownIt> | undefined;

/** The deepest nesting level of the parsed text (a list in a list in a quote is 3 blocks, each 2 levels). */
function depth(text: string): number {
  md ??= new MarkdownIt({ html: false, maxNesting: TEXT_LIMITS.narrativeNesting });
  let max = 0;
  for (const t of md.parse(text, {})) max = Math.max(max, t.level);
  return max;
}

/**
 * Deepest nesting without a warning. markdown-it counts two levels per list (list, item) and one per quote, and
 * drops everything from `narrativeNesting` on (measured with 20: a 10th list level or a 20th quote level is lost);
 * the warning comes one level earlier (9 list levels, 18 quote levels).
 */
const MAX_LIST = TEXT_LIMITS.narrativeNesting / 2 - 2;
const MAX_QUOTE = TEXT_LIMITS.narrativeNesting - 3;

/** One warning per narrative (by name without `.md`) nested so deep that part of it is not printed. */
export function deepNarratives(narrative: Readonly<Record<string, string>>): Diagnostic[] {
  return Object.entries(narrative)
    .filter(([, text]) => typeof text === 'string' && depth(text) >= TEXT_LIMITS.narrativeNesting - 1)
    .map(([nama]) =>
      warning({
        rule: 'narasi-terlalu-bertingkat',
        file: `narasi/${nama}.md`,
        message:
          `Berkas narasi/${nama}.md memuat daftar bertingkat lebih dari ${MAX_LIST} tingkat atau kutipan (>) lebih dari ` +
          `${MAX_QUOTE} tingkat; mulai sekitar tingkat itu isinya tidak dicetak. Kurangi tingkat daftar atau kutipan di berkas itu.`,
        expected: `≤ ${MAX_LIST} tingkat daftar, ≤ ${MAX_QUOTE} tingkat kutipan`,
      }),
    );
}
