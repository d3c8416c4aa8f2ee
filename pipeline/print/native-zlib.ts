/**
 * fflate as @cantoo/pdf-lib imports it, with its zlib compressor replaced by Node's (native zlib, the same format
 * and level 6 as fflate's default). The compiled build (scripts/setup.mjs) resolves pdf-lib's `fflate` imports to
 * this module: compressing the sample's object streams and page content takes ≈ 0,1 CPU-s less per save. The bytes
 * differ from fflate's (another deflate implementation; the PDF is ≈ 1,5 % smaller) and stay the same run to run.
 * Run from the sources (tests through tsx), pdf-lib keeps fflate's own compressor.
 */
import { deflateSync } from 'node:zlib';

export * from 'fflate';

/** fflate's `zlibSync` (zlib-wrapped deflate) done by Node's zlib. */
export function zlibSync(data: Uint8Array, opts: { level?: number } = {}): Uint8Array {
  const out = deflateSync(data, { level: opts.level ?? 6 });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
