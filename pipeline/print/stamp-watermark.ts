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
import fontkit from '@pdf-lib/fontkit';
import { degrees, grayscale, PDFName, PDFOperator, PDFOperatorNames, type PDFDocument } from '@cantoo/pdf-lib';
import { TEMPLATES_DIR } from '../render/assets.ts';

const FONT_FILE = join(TEMPLATES_DIR, 'assets', 'fonts', 'arimo-latin-700-normal.woff2');

/** Share of the page diagonal the word spans, and its ink (as light as the HTML preview's). */
const PANJANG = 0.5;
const OPACITY = 0.08;

let font: ReturnType<typeof fontkit.create> | undefined;

/**
 * SVG path data in font units with y pointing down (SVG's way), from fontkit's y-up outline: every path command
 * takes x/y pairs, so every second number is a y.
 */
function flipY(svg: string): string {
  let n = 0;
  return svg.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (num) => (n++ % 2 === 1 ? String(-Number(num)) : num));
}

/** Draws `text` diagonally (45°, rising to the right) through the centre of every page. */
export function stampWatermark(doc: PDFDocument, text: string): void {
  font ??= fontkit.create(readFileSync(FONT_FILE));
  const run = font.layout(text);
  const advance = run.positions.reduce((a, p) => a + p.xAdvance, 0);
  const capHeight = font.capHeight;
  const angle = Math.PI / 4;
  // An inline property list; pdf-lib writes a string operand as it is.
  const artifact = '<< /Type /Pagination /Subtype /Watermark >>';
  // The glyph outlines are the same on every page: converted once, not once per page.
  const paths = run.glyphs.map((glyph) => flipY(glyph.path.toSVG()));
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), artifact]));
    const scale = (Math.hypot(width, height) * PANJANG) / advance;
    // Bottom-left of the word's box so that its centre is the page's centre once rotated about that corner.
    const w = advance * scale;
    const h = capHeight * scale;
    const ox = width / 2 - (Math.cos(angle) * w - Math.sin(angle) * h) / 2;
    const oy = height / 2 - (Math.sin(angle) * w + Math.cos(angle) * h) / 2;
    let pen = 0;
    paths.forEach((path, i) => {
      const d = pen * scale;
      page.drawSvgPath(path, {
        x: ox + Math.cos(angle) * d,
        y: oy + Math.sin(angle) * d,
        scale,
        rotate: degrees(45),
        color: grayscale(0),
        opacity: OPACITY,
      });
      pen += run.positions[i]?.xAdvance ?? 0;
    });
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }
}
