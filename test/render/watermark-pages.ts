/** Which pages of a PDF carry the draft watermark: a marked-content artifact of subtype Watermark. */
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from '@cantoo/pdf-lib';

const MARK = '/Subtype /Watermark';

/** One boolean per page: true when one of its content streams holds the watermark artifact. */
export async function watermarkedPages(bytes: Uint8Array): Promise<boolean[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    return streams.some(
      (s) => s instanceof PDFRawStream && Buffer.from(decodePDFRawStream(s).decode()).toString('latin1').includes(MARK),
    );
  });
}
