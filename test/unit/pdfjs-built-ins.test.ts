/**
 * The tests' PDF reader (test/helpers/pdfjs.ts) leaves the process's built-ins as V8 made them: pdf.js's Node build
 * replaces some while it loads, and the test files share their worker process.
 */
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';

// Taken before the reader is loaded: no other file of this project imports pdf.js, so these are V8's own.
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

describe('the PDF reader of the tests', () => {
  it('puts back every built-in function pdf.js replaced, and still reads a PDF', async () => {
    const { openPdf, restoredBuiltIns } = await import('../helpers/pdfjs.ts');
    expect(Array.prototype.push).toBe(natives.push);
    expect(JSON.parse).toBe(natives.parse);
    expect(JSON.stringify).toBe(natives.stringify);
    // On Node 20 pdf.js replaces these three (on Node 22.23 only `Set.prototype.union`, on Node 24.22 none).
    if (process.versions.node.startsWith('20.'))
      expect(restoredBuiltIns.sort()).toEqual(['Array.prototype.push', 'JSON.parse', 'JSON.stringify']);

    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([300, 200]).drawText('Laporan Kinerja', { x: 20, y: 100, size: 14, font });
    const pdf = await openPdf(await doc.save());
    const text = (await (await pdf.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : ''));
    await pdf.destroy();
    expect(text.join('')).toBe('Laporan Kinerja');
  });
});
