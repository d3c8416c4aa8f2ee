/**
 * An SVG picture of the narrative is printed through `<img>` (so its scripts never run and it loads nothing), and an
 * image sees none of the page's fonts: its text asking for Arimo fell back to a font of the machine (Liberation Sans
 * on Linux), which the PDF then embedded besides the report's Arimo. The SVG gets the report's own `@font-face` rules
 * (Arimo as `data:` URIs, which an image may use), so that text prints in the report's font. Only the subsets its
 * characters need are declared: the whole font would add about 0,5 MB of HTML per picture.
 */
import { loadAssets } from './assets.ts';

const SVG_BASE64 = 'data:image/svg+xml;base64,';
/** The root element's start tag (a quoted attribute value may hold `>`). */
const ROOT = /<svg\b(?:[^>"']|"[^"]*"|'[^']*')*>/;
/** An XML declaration naming an encoding other than UTF-8: such a file is left as it is. */
const OTHER_ENCODING = /^\uFEFF?\s*<\?xml[^>]*\bencoding\s*=\s*["'](?!utf-?8["'])/i;

/** `dataUri` with the report's fonts declared inside, for an SVG; any other picture as it is. */
export function withReportFont(dataUri: string): string {
  if (!dataUri.startsWith(SVG_BASE64)) return dataUri;
  const svg = Buffer.from(dataUri.slice(SVG_BASE64.length), 'base64').toString('utf8');
  const root = ROOT.exec(svg);
  if (!root || root[0].endsWith('/>') || OTHER_ENCODING.test(svg)) return dataUri;
  const at = root.index + root[0].length;
  const used = new Set<number>();
  for (const ch of svg) used.add(ch.codePointAt(0) as number);
  const css = loadAssets()
    .fontSubsets.filter((s) => [...used].some((c) => s.covers(c)))
    .map((s) => s.css)
    .join('\n');
  const style = `<style><![CDATA[\n${css}\n]]></style>`;
  return SVG_BASE64 + Buffer.from(svg.slice(0, at) + style + svg.slice(at), 'utf8').toString('base64');
}
