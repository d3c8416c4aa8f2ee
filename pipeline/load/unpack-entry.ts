/** Unpacks one part of a ZIP file, never producing more than a given number of bytes. */
import { inflateRawSync } from 'node:zlib';
import { entryData, type ZipEntry } from './zip-directory.ts';

/** The unpacked bytes; or `too-large` when they would exceed `maxBytes`; or `corrupt`. */
export type Unpacked = { ok: true; data: Buffer } | { ok: false; reason: 'too-large' | 'corrupt' };

/**
 * Unpacks `entry` of the ZIP in `zip`. The size written in the directory is not trusted: zlib stops as soon as the
 * output passes `maxBytes` (a ZIP bomb costs at most that much memory and a few milliseconds).
 */
export function unpackEntry(zip: Buffer, entry: ZipEntry, maxBytes: number): Unpacked {
  const packed = entryData(zip, entry);
  if (!packed) return { ok: false, reason: 'corrupt' };
  if (entry.method === 0)
    return packed.length > maxBytes ? { ok: false, reason: 'too-large' } : { ok: true, data: packed };
  if (entry.method !== 8) return { ok: false, reason: 'corrupt' };
  try {
    return { ok: true, data: inflateRawSync(packed, { maxOutputLength: maxBytes + 1 }).subarray(0, maxBytes + 1) };
  } catch (e) {
    return {
      ok: false,
      reason: (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'corrupt',
    };
  }
}
