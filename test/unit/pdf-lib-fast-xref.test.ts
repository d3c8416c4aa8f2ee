/** The faster cross-reference entries (`pdf-lib-fast-xref.ts`) give the same entries and the same saved PDF. */
import { PDFCrossRefStream, PDFDocument, PDFRef, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { useFastCrossReference } from '../../pipeline/print/pdf-lib-fast-xref.ts';

/** A document with a few hundred objects, made the same way every time (no dates). */
async function sampleBytes(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < 60; i++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`Halaman ${i + 1}`, { x: 50, y: 780, size: 12, font });
    doc.context.register(doc.context.obj({ Nomor: i, Daftar: [i, i + 1, i + 2] }));
  }
  return doc.save({ useObjectStreams: true });
}

const numbers = (xref: PDFCrossRefStream): number[] =>
  (xref as unknown as { entries: { ref: PDFRef }[] }).entries.map((e) => e.ref.objectNumber);

describe('useFastCrossReference', () => {
  it('saves the same bytes as the library', async () => {
    // The first save may already use the faster method when another test file installed it in this worker;
    // what is compared is then the method against itself, and the order test below still pins the behaviour.
    const before = await sampleBytes();
    useFastCrossReference();
    const after = await sampleBytes();
    expect(after.length).toBeGreaterThan(1000);
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
  });

  it('keeps the entries sorted by object number when they arrive out of order, equal numbers after', async () => {
    useFastCrossReference();
    const doc = await PDFDocument.create({ updateMetadata: false });
    const xref = PDFCrossRefStream.create(doc.context.obj({}));
    for (const n of [3, 5, 9, 4, 1, 12, 9, 7]) xref.addUncompressedEntry(PDFRef.of(n), n * 10);
    expect(numbers(xref)).toEqual([0, 1, 3, 4, 5, 7, 9, 9, 12]);
  });
});
