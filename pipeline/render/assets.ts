/**
 * The report's static look: stylesheet, fonts and logo, read once per process from `templates/` and inlined as
 * text or `data:` URIs, so the HTML is self-contained and the printing browser loads nothing.
 * (Reading these files is the render stage's only I/O; they are part of the program, not of the inputs.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where layouts, partials, styles and assets live: the `templates/` folder of the project this module belongs to,
 * found by walking up from this file (the same from the sources and from the compiled build in node_modules/.cache).
 */
export const TEMPLATES_DIR = findTemplatesDir(dirname(fileURLToPath(import.meta.url)));

function findTemplatesDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'layouts', 'report.hbs'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`Folder templates/ tidak ditemukan di atas ${from}`);
  }
}

/**
 * The cover emblem. PLACEHOLDER: a neutral drawing, not the KPU logo (which could not be obtained); swap the file
 * or make this path configurable when the official logo is available.
 */
export const LOGO_FILE = join(TEMPLATES_DIR, 'assets', 'logo.svg');

/** Unicode ranges of the Fontsource `latin` and `latin-ext` subsets, so the browser only uses the file it needs. */
const SUBSETS = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,' +
    'U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,' +
    'U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'italic' },
] as const;

/** One subset of the font: its `@font-face` rules (every weight and style) and whether it has a code point. */
export interface FontSubset {
  css: string;
  covers(codePoint: number): boolean;
}

/** The inlined assets the layout prints with triple braces. */
export interface ReportAssets {
  fontFaceCss: string;
  /** The same rules by subset, for an SVG picture that needs only some of them (`svg-report-font.ts`). */
  fontSubsets: readonly FontSubset[];
  css: string;
  logoDataUri: string;
  /** The logo's alt text: the shipped logo is a placeholder. */
  logoAlt: string;
}

const dataUri = (file: string, mime: string): string => `data:${mime};base64,${readFileSync(file).toString('base64')}`;

/** `U+0000-00FF,U+0131` → [[0x0, 0xff], [0x131, 0x131]]. */
const codePointRanges = (range: string): [number, number][] =>
  range.split(',').map((r) => {
    const [lo = '', hi = lo] = r.replace('U+', '').split('-');
    return [parseInt(lo, 16), parseInt(hi, 16)];
  });

/** `@font-face` rules for Arimo (OFL), every weight/style of each subset as a data URI. */
function fontSubsets(): FontSubset[] {
  return Object.entries(SUBSETS).map(([subset, range]) => {
    const rules = FACES.map(({ weight, style }) => {
      const file = join(TEMPLATES_DIR, 'assets', 'fonts', `arimo-${subset}-${weight}-${style}.woff2`);
      return (
        `@font-face { font-family: "Arimo"; font-style: ${style}; font-weight: ${weight}; font-display: swap; ` +
        `src: url(${dataUri(file, 'font/woff2')}) format("woff2"); unicode-range: ${range}; }`
      );
    });
    const ranges = codePointRanges(range);
    return { css: rules.join('\n'), covers: (c) => ranges.some(([lo, hi]) => c >= lo && c <= hi) };
  });
}

let cached: ReportAssets | undefined;

/** Forgets the assets, so the next render reads them again (watch mode). */
export function forgetAssets(): void {
  cached = undefined;
}

/** The assets, read on first use and kept for the life of the process. */
export function loadAssets(): ReportAssets {
  if (cached) return cached;
  const subsets = fontSubsets();
  cached = {
    fontFaceCss: subsets.map((s) => s.css).join('\n'),
    fontSubsets: subsets,
    css: readFileSync(join(TEMPLATES_DIR, 'styles', 'report.css'), 'utf8'),
    logoDataUri: dataUri(LOGO_FILE, 'image/svg+xml'),
    logoAlt: 'Lambang (contoh)',
  };
  return cached;
}
