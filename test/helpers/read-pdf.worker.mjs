/**
 * The tests' PDF reader, in a worker thread of its own (test/helpers/read-pdf.ts starts it).
 *
 * pdfjs-dist's Node build (`legacy`) bundles core-js, which on loading changes the built-ins of the thread it runs
 * in: it *replaces* some with JavaScript versions (on Node 20 `Array.prototype.push`, `JSON.parse`,
 * `JSON.stringify`; on Node 22.23 `Set.prototype.union`) and *adds* what the engine lacks (`Uint8Array.fromBase64`,
 * `Promise.withResolvers`, …). Code that looks for an addition then takes it: Puppeteer decodes each printed PDF with
 * `Uint8Array.fromBase64` where it exists, so in a test process that had loaded pdf.js it ran core-js's JavaScript
 * decoder instead of `Buffer`. Here pdf.js changes only this thread; the test process keeps V8's built-ins, as the
 * CLI users run has them (test/unit/read-pdf-built-ins.test.ts).
 *
 * Request: `{ id, data }` (the PDF's bytes). Answer: `{ id, result }` with every page's text items in content order
 * (string, position, font size), the outline with each entry's 0-based page, and the document information; or
 * `{ id, error }`.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
// Sets `globalThis.pdfjsWorker`: pdf.js then parses in this thread instead of importing the module again per document.
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');

/**
 * pdf.js's own data for the 14 standard PDF fonts (a PDF may use them without embedding, as a scanned PK can), as a
 * folder path ending in "/", which pdf.js requires.
 */
const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS = `${join(PDFJS, 'standard_fonts')}/`;

/** The font size of a text item: the length of its transform's vertical axis, to 0,1 pt. */
const sizeOf = (t) => Math.round(Math.hypot(t[2] ?? 0, t[3] ?? 0) * 10) / 10;

async function read(data) {
  // No system fonts and no `eval`: the text read back depends only on the file.
  const doc = await pdfjs.getDocument({
    data,
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl: STANDARD_FONTS,
  }).promise;
  try {
    const pages = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const { items } = await (await doc.getPage(i)).getTextContent();
      pages.push(
        items
          .filter((it) => 'str' in it)
          .map((it) => ({ str: it.str, x: it.transform[4] ?? 0, y: it.transform[5] ?? 0, size: sizeOf(it.transform) })),
      );
    }
    const outline = [];
    const walk = async (items, depth) => {
      for (const item of items ?? []) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        const ref = dest?.[0];
        const pageIndex = ref && typeof ref === 'object' ? await doc.getPageIndex(ref) : -1;
        outline.push({ title: item.title, pageIndex, depth });
        await walk(item.items, depth + 1);
      }
    };
    await walk(await doc.getOutline(), 0);
    const { info } = await doc.getMetadata();
    return { pages, outline, info };
  } finally {
    await doc.destroy();
  }
}

parentPort.on('message', ({ id, data }) => {
  read(data).then(
    (result) => parentPort.postMessage({ id, result }),
    (e) => parentPort.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
