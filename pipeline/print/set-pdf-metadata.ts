/**
 * Finishes a PDF Chromium printed: document information (title, author, …), readable bookmark titles, and the
 * draft watermark on every page when the report is a draft.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import { fixOutlineTitles } from './fix-outline-titles.ts';
import { useFastCrossReference } from './pdf-lib-fast-xref.ts';
import { stampWatermark } from './stamp-watermark.ts';

/** What a PDF reader shows under "Properties". */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Creation and modification date; Chromium's (the print time) when absent. */
  date?: Date;
  /** Extra document-information entries, e.g. `SidikMasukan` (the input fingerprint a printed copy can be matched by). */
  info?: Readonly<Record<string, string>>;
  /** 32 hex digits for the trailer `/ID` (both halves); Chromium's, which changes on every print, when absent. */
  documentId?: string;
}

/** Parses a printed PDF once for reading its outline and finishing it (`setPdfMetadata`). */
export const loadPrintedPdf = (pdf: Uint8Array): Promise<PDFDocument> =>
  PDFDocument.load(pdf, { updateMetadata: false });

/**
 * The PDF (as parsed by `loadPrintedPdf`) saved with its metadata set (creator `lkj`, language `id-ID`; the given dates and document ID, else
 * Chromium's; Chromium's producer kept), its
 * outline titles repaired from `headings` (the page's h1–h6 texts in document order), and `watermark` (`''` for
 * none) stamped across every page.
 */
export async function setPdfMetadata(
  doc: PDFDocument,
  meta: PdfMetadata,
  headings: readonly string[] = [],
  watermark = '',
): Promise<Uint8Array> {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('lkj');
  doc.setLanguage('id-ID');
  if (meta.date) {
    doc.setCreationDate(meta.date);
    doc.setModificationDate(meta.date);
  }
  const infoDict = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  for (const [key, value] of Object.entries(meta.info ?? {})) infoDict.set(PDFName.of(key), PDFString.of(value));
  if (meta.documentId) {
    const id = PDFHexString.of(meta.documentId);
    doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  }
  fixOutlineTitles(doc, headings);
  if (watermark !== '') await stampWatermark(doc, watermark);
  useFastCrossReference();
  // Object streams pack the tagged PDF's thousands of small structure objects (measured: 1,16 MB without, ~0,46 MB
  // with). @cantoo/pdf-lib leaves them off for a PDF whose header says 1.4, as Chromium's does; pdf-lib had them on.
  return doc.save({ useObjectStreams: true });
}
