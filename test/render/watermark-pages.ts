/** Which pages of a PDF carry the draft watermark: a marked-content artifact of subtype Watermark. */
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from '@cantoo/pdf-lib';

const MARK = '/Subtype /Watermark';

/** One boolean per page: true when one of its content streams holds the watermark artifact (bytes, or the file loaded). */
export async function watermarkedPages(file: Uint8Array | PDFDocument): Promise<boolean[]> {
  const doc = file instanceof PDFDocument ? file : await PDFDocument.load(file, { updateMetadata: false });
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    return streams.some(
      (s) => s instanceof PDFRawStream && Buffer.from(decodePDFRawStream(s).decode()).toString('latin1').includes(MARK),
    );
  });
}
