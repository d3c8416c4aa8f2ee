/**
 * Draws the pages of the signed PK scan onto the blank pages the report reserved for them after the Lampiran 1
 * heading (one per scanned page), scaled into the text area, so the running header, page numbers and Daftar Isi stay
 * those of the report.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { readOutline } from './read-outline.ts';

const MM = 72 / 25.4;
/** The text area of a portrait page (report.css `@page` margins: 25 mm top, 20 right, 22 bottom, 25 left). */
const BOX = { x: 25 * MM, y: 22 * MM, w: (210 - 45) * MM, h: (297 - 47) * MM };

const squash = (s: string): string => s.replace(/\s+/g, '');

/** The PDF with the scan drawn on the pages after the bookmark whose title is `heading`. Throws when it is not found. */
export async function attachScan(pdf: Uint8Array, scan: Uint8Array, heading: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const item = readOutline(doc).find((o) => squash(o.title) === squash(heading));
  if (!item)
    throw new Error(`Judul "${heading}" tidak ditemukan pada outline PDF; pindaian PK tidak dapat dilampirkan.`);
  const source = await PDFDocument.load(scan, { updateMetadata: false, ignoreEncryption: true });
  const pages = await doc.embedPdf(source, source.getPageIndices());
  pages.forEach((p, k) => {
    const page = doc.getPage(item.pageIndex + 1 + k);
    const scale = Math.min(BOX.w / p.width, BOX.h / p.height);
    const [w, h] = [p.width * scale, p.height * scale];
    page.drawPage(p, { x: BOX.x + (BOX.w - w) / 2, y: BOX.y + (BOX.h - h) / 2, width: w, height: h });
  });
  return doc.save();
}
