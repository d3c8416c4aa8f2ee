/** Page count of a printed PDF, for the build summary. */
import { PDFDocument } from 'pdf-lib';

/** Number of pages in the PDF bytes. */
export async function countPages(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}
