/**
 * pdf.js for the tests that read a printed PDF back, without what its Node build does to the process's built-ins.
 *
 * pdfjs-dist's `legacy` build (the one for Node) bundles core-js, which on loading *replaces* some built-ins with
 * JavaScript versions when the engine misses a corner of the newest specification: on Node 20, `Array.prototype.push`
 * (a non-writable `length` corner case), `JSON.parse` (source text access) and `JSON.stringify`; on Node 22.23
 * `Set.prototype.union`; on Node 24.22 none. Test files share their worker process (vitest.config.ts: no
 * isolation), so every later file, and the pipeline code the tests call in-process, ran on those replacements instead
 * of V8's own: code that is not what users run, and slower (the `push` replacement and its helpers took ≈ 2,5 of the
 * end-to-end workers' ≈ 38 profiled CPU-s, 7 Dec 2026).
 *
 * Here pdf.js and its worker module are loaded once (the worker module sets `globalThis.pdfjsWorker`, which pdf.js
 * then uses in this thread instead of importing it again later), and every built-in function that loading replaced
 * is put back. What core-js only *added* (`Promise.withResolvers`, `Map.prototype.getOrInsertComputed`, …) stays:
 * pdf.js needs it, and nothing else sees a difference.
 */
import { fileURLToPath } from 'node:url';

const OWNERS: Record<string, object> = {
  Array,
  'Array.prototype': Array.prototype,
  ArrayBuffer,
  'ArrayBuffer.prototype': ArrayBuffer.prototype,
  JSON,
  Map,
  'Map.prototype': Map.prototype,
  Math,
  Object,
  'Object.prototype': Object.prototype,
  Promise,
  'Promise.prototype': Promise.prototype,
  Set,
  'Set.prototype': Set.prototype,
  String,
  'String.prototype': String.prototype,
  'TypedArray.prototype': Object.getPrototypeOf(Uint8Array.prototype) as object,
  Uint8Array,
  'Uint8Array.prototype': Uint8Array.prototype,
  'WeakMap.prototype': WeakMap.prototype,
};

/** Every own function-valued property of the built-ins above, as it is before pdf.js loads. */
function builtInFunctions(): Map<string, { owner: object; key: PropertyKey; descriptor: PropertyDescriptor }> {
  const found = new Map<string, { owner: object; key: PropertyKey; descriptor: PropertyDescriptor }>();
  for (const [name, owner] of Object.entries(OWNERS)) {
    for (const key of Reflect.ownKeys(owner)) {
      const descriptor = Object.getOwnPropertyDescriptor(owner, key);
      if (typeof descriptor?.value === 'function') found.set(`${name}.${String(key)}`, { owner, key, descriptor });
    }
  }
  return found;
}

const before = builtInFunctions();
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');

/** The names of the built-in functions pdf.js's loading replaced and this module put back (for the test of it). */
export const restoredBuiltIns: string[] = [];
for (const [name, { owner, key, descriptor }] of before) {
  if (Object.getOwnPropertyDescriptor(owner, key)?.value === descriptor.value) continue;
  Object.defineProperty(owner, key, descriptor);
  restoredBuiltIns.push(name);
}

/** pdf.js's own data for the 14 standard PDF fonts (a PDF may use them without embedding, as a scanned PK can). */
const STANDARD_FONTS = fileURLToPath(new URL('standard_fonts/', import.meta.resolve('pdfjs-dist/package.json')));

/**
 * Opens a PDF with the options every test uses: no system fonts and no `eval` (the text read back depends only on
 * the file), and the standard fonts' data at hand.
 */
export const openPdf = (data: Uint8Array) =>
  pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS })
    .promise;
