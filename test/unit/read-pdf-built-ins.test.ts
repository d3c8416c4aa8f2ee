/**
 * Reading a PDF back leaves the test process's built-ins as V8 made them. pdf.js's Node build replaces and adds
 * built-ins in the thread that loads it (test/helpers/read-pdf.worker.mjs), and the test files share their worker
 * process: had the reader loaded it here, every later file, and the pipeline code the tests call in-process, would run
 * on core-js's versions (Puppeteer took core-js's `Uint8Array.fromBase64` to decode each printed PDF).
 */
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';

/** The built-ins core-js touches: their own properties, each with its value or getter. */
const OWNERS: Record<string, object> = {
  globalThis,
  Array,
  'Array.prototype': Array.prototype,
  ArrayBuffer,
  'ArrayBuffer.prototype': ArrayBuffer.prototype,
  Iterator: Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object,
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

function snapshot(): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [name, owner] of Object.entries(OWNERS)) {
    if (owner === globalThis) {
      // Names only, and no symbols: many of Node's globals are getters that become plain values when first read
      // (which other code in this worker may do at any moment), and Node 22 sets Symbol(undici.globalDispatcher.1)
      // itself. What core-js puts on globalThis has a name (`__core-js_shared__`, `Iterator`, …).
      for (const key of Object.getOwnPropertyNames(owner)) found.set(`globalThis.${key}`, true);
      continue;
    }
    for (const key of Reflect.ownKeys(owner)) {
      const d = Object.getOwnPropertyDescriptor(owner, key);
      found.set(`${name}.${String(key)}`, d && ('value' in d ? d.value : d.get));
    }
  }
  return found;
}

describe('the PDF reader of the tests', () => {
  it('reads a PDF and leaves every built-in of this process as it was: none replaced, none added', async () => {
    const before = snapshot();
    const { readPdf } = await import('../helpers/read-pdf.ts');
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([300, 200]).drawText('Laporan Kinerja', { x: 20, y: 100, size: 14, font });
    expect((await readPdf(await doc.save())).pages).toEqual(['Laporan Kinerja']);

    const after = snapshot();
    const changed = [...after.keys()].filter((k) => !before.has(k) || !Object.is(before.get(k), after.get(k)));
    const removed = [...before.keys()].filter((k) => !after.has(k));
    expect({ changed, removed }).toEqual({ changed: [], removed: [] });
    expect('fromBase64' in Uint8Array).toBe(before.has('Uint8Array.fromBase64'));
    // Whatever ran in this worker before: pdf.js and core-js were never loaded in it.
    expect(['__core-js_shared__', 'pdfjsLib', 'pdfjsWorker'].filter((g) => g in globalThis)).toEqual([]);
  });
});
