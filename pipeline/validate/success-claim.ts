/**
 * Finds where an analysis text claims that a target was met ("semua target tercapai", "berhasil", "melampaui
 * target"). Plain words, no NLP: a claim counts unless the text also admits a shortfall anywhere ("belum
 * tercapai", "di bawah target") or the words before it negate it or make it a wish ("tidak", "agar", "untuk").
 */

/** Words that claim success, as regular expressions over lower-case text. */
const CLAIMS = [
  /\b(?:semua|seluruh)\s+target(?:\s+(?:(?:telah|sudah|berhasil|dapat)\s+)?(?:tercapai|terpenuhi|dicapai))?\b/,
  /\b(?:melampaui|melebihi|memenuhi|mencapai)\s+target\b/,
  /\bsesuai\s+(?:dengan\s+)?target\b/,
  /\btercapai(?:nya)?\b/,
  /\bterpenuhi\b/,
  /\bberhasil\b/,
];

/** A shortfall admitted anywhere in the text: then nothing in it is taken as a claim. */
const ADMITS =
  /\b(?:tidak|belum|kurang|tak|tdk|blm)\s+(?:sepenuhnya\s+|semua(?:nya)?\s+|seluruh(?:nya)?\s+)?(?:target\s+)?(?:tercapai|terpenuhi|berhasil|mencapai|memenuhi|sesuai)|\bdi\s*bawah\s+target\b|\bgagal\b|\btertinggal\b/;

/** True when the text admits a shortfall ("belum tercapai", "di bawah target", "tertinggal"). */
export const admitsShortfall = (text: string): boolean => ADMITS.test(text.toLowerCase());

/** Words shortly before a claim that undo it: negation, or a purpose ("agar target tercapai"). */
const UNDOES = new Set([
  'tidak',
  'belum',
  'kurang',
  'tak',
  'tdk',
  'blm',
  'bukan',
  'agar',
  'supaya',
  'untuk',
  'demi',
  'diharapkan',
  'harus',
  'perlu',
]);
/** How many words before a claim are looked at, within its clause. */
const WINDOW = 4;

/** The claiming words as written in `text` (e.g. `Semua target`), or null when the text makes no claim. */
export function successClaim(text: string): string | null {
  const lower = text.toLowerCase();
  if (ADMITS.test(lower)) return null;
  for (const re of CLAIMS) {
    for (const m of lower.matchAll(new RegExp(re.source, 'g'))) {
      if (undone(lower.slice(0, m.index))) continue;
      return text.slice(m.index, m.index + m[0].length);
    }
  }
  return null;
}

function undone(before: string): boolean {
  const clause = before.split(/[.,;:!?\n()]|\b(?:namun|tetapi|tapi|sedangkan|meskipun|walaupun)\b/).pop() ?? '';
  return clause
    .split(/\s+/)
    .filter(Boolean)
    .slice(-WINDOW)
    .some((w) => UNDOES.has(w));
}
