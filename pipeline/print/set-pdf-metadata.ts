/** Finishes a PDF Chromium printed: document information (title, author, …) and readable bookmark titles. */
import { PDFDocument } from 'pdf-lib';
import { fixOutlineTitles } from './fix-outline-titles.ts';

/** What a PDF reader shows under "Properties". */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
}

/**
 * The same PDF with its metadata set (creator `lkj`, language `id-ID`; Chromium's dates and producer kept) and
 * its outline titles repaired from `headings`, the page's h1–h6 texts in document order.
 */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata, headings: readonly string[] = []): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('lkj');
  doc.setLanguage('id-ID');
  fixOutlineTitles(doc, headings);
  return doc.save();
}
