/**
 * Finishes a PDF Chromium printed: document information (title, author, …), readable bookmark titles, and the
 * draft watermark on every page when the report is a draft.
 */
import { PDFDocument } from 'pdf-lib';
import { fixOutlineTitles } from './fix-outline-titles.ts';
import { stampWatermark } from './stamp-watermark.ts';

/** What a PDF reader shows under "Properties". */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
}

/**
 * The same PDF with its metadata set (creator `lkj`, language `id-ID`; Chromium's dates and producer kept), its
 * outline titles repaired from `headings` (the page's h1–h6 texts in document order), and `watermark` (`''` for
 * none) stamped across every page.
 */
export async function setPdfMetadata(
  pdf: Uint8Array,
  meta: PdfMetadata,
  headings: readonly string[] = [],
  watermark = '',
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('lkj');
  doc.setLanguage('id-ID');
  fixOutlineTitles(doc, headings);
  if (watermark !== '') stampWatermark(doc, watermark);
  return doc.save();
}
