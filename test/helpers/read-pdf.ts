/** Reads a real PDF back for assertions: text per page (as lines), outline, metadata and fonts. */
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { openPdf } from './pdfjs.ts';

/** One outline (bookmark) entry with the 0-based page it points to. */
export interface OutlineEntry {
  title: string;
  pageIndex: number;
  depth: number;
}

/** What a test can check in a PDF. */
export interface PdfContent {
  /** Each page's text, lines top to bottom, items on a line joined by a space. */
  pages: string[];
  outline: OutlineEntry[];
  info: Record<string, unknown>;
}

interface TextItem {
  str: string;
  transform: number[];
}

/** Groups text items into lines by their baseline, top to bottom, left to right. */
function linesOf(items: TextItem[]): string {
  const rows = new Map<number, { x: number; s: string }[]>();
  for (const it of items) {
    if (!it.str.trim()) continue;
    const y = Math.round((it.transform[5] ?? 0) / 3) * 3;
    rows.set(y, [...(rows.get(y) ?? []), { x: it.transform[4] ?? 0, s: it.str }]);
  }
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, cells]) =>
      cells
        .sort((a, b) => a.x - b.x)
        .map((c) => c.s.trim())
        .join(' '),
    )
    .join('\n');
}

/**
 * PDFs already parsed in this test process, by SHA-256 of their bytes. Several end-to-end files read the one shared
 * sample build (pdf.js: 0,5–0,8 CPU-s for its 55 pages each time); without isolation they share this module, so the
 * second file to read it gets a copy of the first one's result.
 */
const parsed = new Map<string, Promise<PdfContent>>();

/** Parses the PDF with pdf.js (text, outline, metadata); each caller gets its own copy to change. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const key = createHash('sha256').update(bytes).digest('hex');
  let content = parsed.get(key);
  if (!content) {
    content = parse(bytes);
    parsed.set(key, content);
    content.catch(() => parsed.delete(key));
  }
  return structuredClone(await content);
}

async function parse(bytes: Uint8Array): Promise<PdfContent> {
  const doc = await openPdf(new Uint8Array(bytes));
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(linesOf(content.items as TextItem[]));
  }
  const outline: OutlineEntry[] = [];
  const walk = async (items: Awaited<ReturnType<typeof doc.getOutline>> | null, depth: number) => {
    for (const item of items ?? []) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const ref = dest?.[0];
      const pageIndex =
        ref && typeof ref === 'object' ? await doc.getPageIndex(ref as { num: number; gen: number }) : -1;
      outline.push({ title: item.title, pageIndex, depth });
      await walk(item.items, depth + 1);
    }
  };
  await walk(await doc.getOutline(), 0);
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, outline, info: info as Record<string, unknown> };
}

/** Every font used on any page, with whether its program is embedded in the file (bytes, or the file already loaded). */
export async function fontsOf(file: Uint8Array | PDFDocument): Promise<{ name: string; embedded: boolean }[]> {
  const pdf = file instanceof PDFDocument ? file : await PDFDocument.load(file, { updateMetadata: false });
  const seen = new Map<string, boolean>();
  for (const page of pdf.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const key of fonts?.keys() ?? []) {
      const font = fonts?.lookup(key, PDFDict);
      const base = font?.get(PDFName.of('BaseFont'))?.toString() ?? key.toString();
      const descendants = font?.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
      const descendant = descendants?.lookupMaybe(0, PDFDict);
      const descriptor = (descendant ?? font)?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.has(PDFName.of(k)));
      seen.set(base, (seen.get(base) ?? true) && embedded);
    }
  }
  return [...seen.entries()].map(([name, embedded]) => ({ name, embedded }));
}
