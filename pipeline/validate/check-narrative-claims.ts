/**
 * The hand-written chapters (`inputs/narasi/*.md`) against the numbers: a sentence that says every target was met, or
 * that names an indicator (by code, `IKU-07`, or by its full name) as met or not met, is compared with the dataset.
 * The same plain-word reading as the `Analisis` check (`success-claim.ts`), per sentence and per clause, so
 * "IKU-01 tercapai, sedangkan IKU-07 belum" is read as two claims. A warning with the file and line.
 */
import type { Dataset, IndikatorData } from '../../schemas/dataset.ts';
import { warning, type Diagnostic } from '../diagnostic.ts';
import { formatAngka } from '../format.ts';
import { admitsShortfall, successClaim } from './success-claim.ts';

/** A piece of text and where it starts in its file. */
interface Piece {
  text: string;
  start: number;
}

/** "Every target / indicator" as the subject of a success claim. */
const ALL = /\b(?:semua|seluruh)\s+(?:\S+\s+){0,2}?(?:target|indikator)\b/i;
const NOT_ALL = /\b(?:belum|tidak|tak|bukan)\s+(?:semua|seluruh)\b/i;
/** Clause boundaries inside a sentence: punctuation and contrasting conjunctions. */
const CLAUSE = /[,;:]|\b(?:sedangkan|namun|tetapi|tapi|meskipun|walaupun)\b/gi;

/** True when the indicator met its target (raw capaian, before any cap). */
export const met = (i: IndikatorData): boolean =>
  i.capaian.status === 'terhitung' && i.capaian.nilaiMentah >= 100 - 1e-9;

/** Sentences of a Markdown text (table rows and headings left out), each with its offset. */
function sentences(text: string): Piece[] {
  const out: Piece[] = [];
  let offset = 0;
  for (const para of text.split(/\n\s*\n/)) {
    const start = text.indexOf(para, offset);
    offset = start + para.length;
    if (/^\s*(?:\||#|Tabel:)/.test(para)) continue;
    for (const m of para.matchAll(/[^.!?]+(?:[.!?](?=\s|$)|$)/g)) {
      if (m[0].trim()) out.push({ text: m[0], start: start + m.index });
    }
  }
  return out;
}

function clauses(s: Piece): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of s.text.matchAll(CLAUSE)) {
    out.push({ text: s.text.slice(last, m.index), start: s.start + last });
    last = m.index + m[0].length;
  }
  out.push({ text: s.text.slice(last), start: s.start + last });
  return out;
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const quote = (s: string): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 90 ? `${t.slice(0, 87)}…` : t;
};
const status = (i: IndikatorData): string =>
  i.capaian.status === 'terhitung'
    ? `capaian ${formatAngka(i.capaian.nilaiMentah)}%`
    : i.capaian.status === 'belum-diisi'
      ? 'belum diisi'
      : 'capaian tidak dapat dihitung';

/** The indicators a clause names, by code or by full name. */
const named = (clause: string, all: readonly IndikatorData[]): IndikatorData[] => {
  const lower = clause.toLowerCase();
  return all.filter(
    (i) =>
      new RegExp(`\\b${i.kode.toLowerCase().replace(/[-.]/g, '\\$&')}\\b`).test(lower) ||
      lower.includes(i.nama.toLowerCase()),
  );
};

/** One `narasi-tidak-sesuai-angka` warning per contradicting claim, for every narrative file. */
export function checkNarrativeClaims(narrative: Readonly<Record<string, string>>, dataset: Dataset): Diagnostic[] {
  const all = dataset.sasaran.flatMap((s) => s.indikator);
  const out: Diagnostic[] = [];
  for (const [name, text] of Object.entries(narrative)) {
    const file = `narasi/${name}.md`;
    const at = (p: Piece, message: string, actual: string, expected: string) =>
      out.push(
        warning({
          rule: 'narasi-tidak-sesuai-angka',
          file,
          line: lineAt(text, p.start + (p.text.length - p.text.trimStart().length)),
          message,
          actual,
          expected,
        }),
      );
    for (const s of sentences(text)) {
      const claim = successClaim(s.text);
      if (claim && ALL.test(s.text) && !NOT_ALL.test(s.text)) {
        const missed = all.filter((i) => !met(i));
        if (missed.length > 0) {
          const detail = missed.map((i) => `${i.kode} ${status(i)}`).join('; ');
          const message =
            `Kalimat "${quote(s.text)}" menyatakan semua target tercapai, padahal hanya ${all.length - missed.length} dari ` +
            `${all.length} indikator mencapai target (belum: ${detail}). Sesuaikan kalimatnya dengan capaian di laporan.`;
          at(s, message, claim, `${all.length - missed.length} dari ${all.length} indikator mencapai target`);
        }
        continue;
      }
      for (const c of clauses(s)) checkClause(c, all, at);
    }
  }
  return out;
}

function checkClause(
  c: Piece,
  all: readonly IndikatorData[],
  at: (p: Piece, m: string, a: string, e: string) => void,
): void {
  const inds = named(c.text, all);
  if (inds.length === 0) return;
  const shortfall = admitsShortfall(c.text);
  const claim = shortfall ? null : successClaim(c.text);
  // A bare "berhasil" is as often a category ("Sangat Berhasil") as a claim that the target was met.
  const claimsMet = claim !== null && claim.toLowerCase() !== 'berhasil';
  for (const i of inds) {
    if (claimsMet && !met(i)) {
      const message = `Kalimat "${quote(c.text)}" menyebut ${i.kode} mencapai target ("${claim}"), padahal ${i.kode} ${status(i)}. Sesuaikan kalimatnya dengan capaian di laporan.`;
      at(c, message, claim, status(i));
    } else if (shortfall && met(i)) {
      const message = `Kalimat "${quote(c.text)}" menyebut ${i.kode} belum mencapai target, padahal ${i.kode} ${status(i)} (target tercapai). Sesuaikan kalimatnya dengan capaian di laporan.`;
      at(c, message, 'belum mencapai target', status(i));
    }
  }
}
