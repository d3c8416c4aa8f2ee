/**
 * Stamps the draft watermark across the middle of every page of the PDF. Chromium repeats a `position: fixed`
 * element on every printed page, but places it by the first page's size, so on the landscape sheets it lands off
 * centre; stamping after printing uses each page's own size. The word is drawn as the outlines of the report's
 * font (Arimo Bold, from the woff2 the HTML embeds), so the PDF gets no extra font, and marked as a watermark
 * artifact (`/Artifact <</Type /Pagination /Subtype /Watermark>>`), so screen readers skip it and a program can find
 * it. Every page also carries the draft line as text in its margin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  concatTransformationMatrix,
  drawObject,
  drawSvgPath,
  grayscale,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  popGraphicsState,
  pushGraphicsState,
  setGraphicsState,
  type PDFDocument,
  type PDFRef,
} from '@cantoo/pdf-lib';
import { TEMPLATES_DIR } from '../render/assets.ts';
import { DERIVED_CACHE_DIR, entryFile, readEntry, writeEntry } from '../render/derived-cache.ts';

const FONT_FILE = join(TEMPLATES_DIR, 'assets', 'fonts', 'arimo-latin-700-normal.woff2');

/** Share of the page diagonal the word spans, and its ink (as light as the HTML preview's). */
const PANJANG = 0.5;
const OPACITY = 0.08;

/** The word's outlines: what fontkit gives, kept in the derived-file cache (`render/derived-cache.ts`). */
export interface Word {
  /** Sum of the glyphs' advances, and the font's cap height, in font units. */
  advance: number;
  capHeight: number;
  /** Each glyph's outline as SVG path data (y down) and its advance. */
  glyphs: { d: string; xAdvance: number }[];
}

/**
 * The outlines of `text` in Arimo Bold. Loading fontkit and laying the word out with it (the woff2, shaping) costs
 * ≈ 0,1 CPU-s per build; the result is kept, named by the font file's bytes and the text.
 */
export async function wordOutlines(text: string, dir: string = DERIVED_CACHE_DIR): Promise<Word> {
  const fontBytes = readFileSync(FONT_FILE);
  const file = entryFile(dir, ['watermark-v1', fontBytes, text], 'json');
  const kept = readEntry(file);
  if (kept !== undefined) {
    try {
      const word = JSON.parse(kept) as Word;
      if (word.glyphs.length > 0 && word.advance > 0) return word;
    } catch {
      // Damaged: laid out again below.
    }
  }
  // Loaded only now (1,7 MB of code): a build whose outlines are kept never loads it.
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  const font = fontkit.create(fontBytes);
  const run = font.layout(text);
  const word: Word = {
    advance: run.positions.reduce((a, p) => a + p.xAdvance, 0),
    capHeight: font.capHeight,
    glyphs: run.glyphs.map((glyph, i) => ({
      d: flipY(glyph.path.toSVG()),
      xAdvance: run.positions[i]?.xAdvance ?? 0,
    })),
  };
  writeEntry(file, JSON.stringify(word));
  return word;
}

/**
 * SVG path data in font units with y pointing down (SVG's way), from fontkit's y-up outline: every path command
 * takes x/y pairs, so every second number is a y.
 */
function flipY(svg: string): string {
  let n = 0;
  return svg.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (num) => (n++ % 2 === 1 ? String(-Number(num)) : num));
}

/** Draws `text` diagonally (45°, rising to the right) through the centre of every page. */
export async function stampWatermark(doc: PDFDocument, text: string): Promise<void> {
  const outlines = await wordOutlines(text);
  const { advance, capHeight } = outlines;
  const word = wordXObject(doc, outlines);
  const angle = Math.PI / 4;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  // An inline property list; pdf-lib writes a string operand as it is.
  const artifact = '<< /Type /Pagination /Subtype /Watermark >>';
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    const name = page.node.newXObject('Draf', word);
    const scale = (Math.hypot(width, height) * PANJANG) / advance;
    // Bottom-left of the word's box so that its centre is the page's centre once rotated about that corner.
    const w = advance * scale;
    const h = capHeight * scale;
    const ox = width / 2 - (cos * w - sin * h) / 2;
    const oy = height / 2 - (sin * w + cos * h) / 2;
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), artifact]),
      pushGraphicsState(),
      concatTransformationMatrix(cos * scale, sin * scale, -sin * scale, cos * scale, ox, oy),
      drawObject(name),
      popGraphicsState(),
      PDFOperator.of(PDFOperatorNames.EndMarkedContent),
    );
  }
}

/**
 * The word once, as a form XObject in font units (baseline at y = 0, from x = 0), drawn on every page with that
 * page's own placement: one drawing in the file instead of one per page, and its outlines converted once.
 */
function wordXObject(doc: PDFDocument, { advance, capHeight, glyphs }: Word): PDFRef {
  const operators: PDFOperator[] = [setGraphicsState('GS0')];
  let pen = 0;
  for (const glyph of glyphs) {
    operators.push(
      ...drawSvgPath(glyph.d, { x: pen, y: 0, scale: 1, color: grayscale(0), borderColor: undefined, borderWidth: 0 }),
    );
    pen += glyph.xAdvance;
  }
  const opacity = doc.context.obj({ Type: 'ExtGState', ca: OPACITY, CA: OPACITY });
  const stream = doc.context.formXObject(operators, {
    // Generous: glyphs overshoot their advance and the cap height a little.
    BBox: [-advance * 0.1, -capHeight * 0.5, advance * 1.1, capHeight * 1.5],
    Resources: { ExtGState: { GS0: opacity } },
  });
  return doc.context.register(stream);
}
