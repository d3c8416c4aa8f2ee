/**
 * Turns where the headings landed in a print into the page labels the report prints: the cover has none, the
 * front matter counts i, ii, iii… from its first page, the body 1, 2, 3… from its first page (the page rules of
 * `templates/styles/report.css`, which the printed footers follow).
 */
import { formatRomawi } from '../format.ts';
import type { PageLabels } from '../render/render-report.ts';
import type { PrintedHeading } from './print-pdf.ts';
import type { OutlineItem } from './read-outline.ts';

const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * The 0-based page of each heading: headings and bookmarks are both in document order, so each heading takes
 * the next bookmark with the same text once whitespace is ignored (Chromium drops spaces at line wraps).
 * A heading Chromium left out of the outline gets -1.
 */
export function headingPages(headings: readonly PrintedHeading[], outline: readonly OutlineItem[]): number[] {
  let next = 0;
  return headings.map((h) => {
    const key = squash(h.text);
    if (key === '') return -1;
    const found = outline.findIndex((o, i) => i >= next && squash(o.title) === key);
    if (found < 0) return -1;
    next = found + 1;
    return outline[found]!.pageIndex;
  });
}

/**
 * The printed page label of every heading that has an id. Each numbered part starts counting on the page of its
 * first heading (every part opens with a chapter heading at the top of a new page). Throws, naming the heading,
 * when a heading with an id cannot be found in the outline: its page number would otherwise be a guess.
 */
export function labelPages(headings: readonly PrintedHeading[], outline: readonly OutlineItem[]): PageLabels {
  const pages = headingPages(headings, outline);
  const start = new Map<string, number>();
  headings.forEach((h, i) => {
    const p = pages[i]!;
    if (p >= 0 && !start.has(h.penomoran)) start.set(h.penomoran, p);
  });
  const labels: Record<string, string> = {};
  headings.forEach((h, i) => {
    if (!h.id) return;
    const p = pages[i]!;
    if (p < 0)
      throw new Error(
        `Judul "${h.text.replace(/\s+/g, ' ')}" (#${h.id}) tidak ditemukan pada outline PDF, sehingga nomor halamannya tidak dapat ditentukan.`,
      );
    const n = p - (start.get(h.penomoran) ?? p) + 1;
    labels[h.id] = h.penomoran === 'romawi' ? formatRomawi(n).toLowerCase() : h.penomoran === 'arab' ? String(n) : '';
  });
  return labels;
}
