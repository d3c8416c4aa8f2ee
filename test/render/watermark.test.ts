/** The draft watermark: one drawing shared by every page, its outlines kept between builds and derived again when damaged. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRef } from '@cantoo/pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { stampWatermark, wordOutlines } from '../../pipeline/print/stamp-watermark.ts';
import { watermarkedPages } from './watermark-pages.ts';

const dir = mkdtempSync(join(tmpdir(), 'lkj-tanda-air-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('draft watermark', () => {
  it('lays out each letter once and keeps the outlines; a damaged entry is laid out again', async () => {
    const word = await wordOutlines('DRAF', dir);
    expect(word.glyphs).toHaveLength(4);
    expect(word.advance).toBe(word.glyphs.reduce((a, g) => a + g.xAdvance, 0));
    expect(word.glyphs.every((g) => /^M/.test(g.d))).toBe(true);
    const [entry] = readdirSync(dir);
    expect(entry).toMatch(/\.json$/);
    expect(await wordOutlines('DRAF', dir)).toEqual(word);
    writeFileSync(join(dir, entry!), '{"glyphs": [');
    expect(await wordOutlines('DRAF', dir)).toEqual(word);
    expect(await wordOutlines('DRAF KE-2', dir)).not.toEqual(word);
  });

  it('marks every page, portrait and landscape, with one drawing shared by all of them', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]);
    doc.addPage([842, 595]);
    await stampWatermark(doc, 'DRAF');
    const bytes = await doc.save();
    expect(await watermarkedPages(bytes)).toEqual([true, true]);
    const loaded = await PDFDocument.load(bytes);
    const drawings = loaded.getPages().map((page) => {
      const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
      const refs = xobjects?.values().filter((v): v is PDFRef => v instanceof PDFRef) ?? [];
      expect(refs).toHaveLength(1);
      return refs[0]!.toString();
    });
    expect(new Set(drawings).size).toBe(1);
  });
});
