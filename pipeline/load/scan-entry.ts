/** Streams one part of a ZIP file through zlib, a chunk at a time, so that even a huge part costs little memory. */
import { createInflateRaw } from 'node:zlib';
import { entryData, type ZipEntry } from './zip-directory.ts';

/** Why a scan ended early: the visitor stopped it, the part passed `maxBytes`, or it could not be unpacked. */
export type ScanResult =
  { ok: true; bytes: number } | { ok: false; reason: 'stopped' | 'too-large' | 'corrupt'; bytes: number };

const CHUNK = 64 * 1024;

/**
 * Unpacks `entry` chunk by chunk, giving each chunk to `visit` (return false to stop), and stops once more than
 * `maxBytes` came out. The sizes in the ZIP directory are not trusted.
 */
export async function scanEntry(
  zip: Buffer,
  entry: ZipEntry,
  maxBytes: number,
  visit: (chunk: Buffer, total: number) => boolean,
): Promise<ScanResult> {
  const packed = entryData(zip, entry);
  if (!packed) return { ok: false, reason: 'corrupt', bytes: 0 };
  if (entry.method === 0) return visitAll([packed], maxBytes, visit);
  if (entry.method !== 8) return { ok: false, reason: 'corrupt', bytes: 0 };
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  inflater.end(packed);
  try {
    return await visitAll(inflater, maxBytes, visit);
  } catch {
    return { ok: false, reason: 'corrupt', bytes: 0 };
  } finally {
    inflater.destroy();
  }
}

async function visitAll(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  maxBytes: number,
  visit: (chunk: Buffer, total: number) => boolean,
): Promise<ScanResult> {
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (bytes > maxBytes) return { ok: false, reason: 'too-large', bytes };
    if (!visit(chunk, bytes)) return { ok: false, reason: 'stopped', bytes };
  }
  return { ok: true, bytes };
}
