/** Reads the bookmarks Chromium wrote into a PDF, with the page each one points to. */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from '@cantoo/pdf-lib';

/** One bookmark: its title and the 0-based index of its destination page (-1 when it has none). */
export interface OutlineItem {
  title: string;
  pageIndex: number;
}

/**
 * Every bookmark, depth first, which is the order of the headings in the document. Chromium writes explicit
 * destinations (`/Dest [pageRef /XYZ x y z]`); a `/GoTo` action with the same array is read too.
 */
export function readOutline(doc: PDFDocument): OutlineItem[] {
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const destPage = (item: PDFDict): number => {
    const action = item.lookupMaybe(PDFName.of('A'), PDFDict);
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray) ?? action?.lookupMaybe(PDFName.of('D'), PDFArray);
    const ref = dest?.get(0);
    return ref instanceof PDFRef ? (pageIndex.get(ref.toString()) ?? -1) : -1;
  };
  return outlineItems(doc).map((item) => ({
    title: item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? '',
    pageIndex: destPage(item),
  }));
}

/** The outline's item dictionaries, depth first (the order of the headings): the one walk of the outline tree. */
export function outlineItems(doc: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const visit = (first: PDFDict | undefined): void => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(item);
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return items;
}
