/**
 * Chromium builds the PDF outline (bookmarks) from h1–h6 but drops the space where a heading wraps onto a new
 * line ("…Gubernur BantenTahun 2024", anchors B.7). This puts back the heading text as the page has it.
 */
import { PDFHexString, PDFName, PDFString, type PDFDocument } from '@cantoo/pdf-lib';
import { outlineItems } from './read-outline.ts';

const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * Replaces each outline title by the heading it came from: the next heading, in document order, whose text
 * equals the title once all whitespace is ignored. Titles without such a heading stay as they are.
 * Returns how many titles changed.
 */
export function fixOutlineTitles(doc: PDFDocument, headings: readonly string[]): number {
  let next = 0;
  let changed = 0;
  for (const item of outlineItems(doc)) {
    const title = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString);
    if (!title) continue;
    const text = title.decodeText();
    const key = squash(text);
    const found = headings.findIndex((h, i) => i >= next && squash(h) === key);
    if (found < 0) continue;
    next = found + 1;
    const heading = headings[found]!.replace(/\s+/g, ' ').trim();
    if (heading !== text) {
      item.set(PDFName.of('Title'), PDFHexString.fromText(heading));
      changed++;
    }
  }
  return changed;
}
