/**
 * Writing ZIPs: a ZIP like the one given with some parts' contents replaced (the bytes handed to exceljs after
 * trimming), and fixed dates on a ZIP another library wrote (every .xlsx the pipeline writes).
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { entryData, readZipDirectory, type ZipEntry } from './zip-directory.ts';

/**
 * A new ZIP of `entries` (read from `zip`), each part copied packed as it is, except those in `replaced` (name →
 * new unpacked content), which are deflated anew. Parts are below 4 GiB here (the limits), so no ZIP64.
 */
export function replaceZipParts(
  zip: Buffer,
  entries: readonly ZipEntry[],
  replaced: ReadonlyMap<string, Buffer>,
): Buffer {
  return writeZip(
    entries.map((e) => {
      const content = replaced.get(e.name);
      const packed = content ? deflateRawSync(content) : entryData(zip, e);
      if (!packed) throw new Error(`bagian ${e.name} tidak dapat dibaca`);
      return content
        ? { name: e.name, packed, method: 8, crc: crc32(content), unpacked: content.length }
        : { name: e.name, packed, method: e.method, crc: e.crc, unpacked: e.unpackedBytes };
    }),
  );
}

/** One part of a ZIP to write: its name, its bytes as stored (`method` 8: deflated), CRC and unpacked size. */
export interface PackedPart {
  name: string;
  packed: Buffer;
  method: number;
  crc: number;
  unpacked: number;
}

/** A ZIP of the parts in order: local headers and data, the central directory, its end record. Test fixtures use it too. */
export function writeZip(parts: readonly PackedPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const sizes = { method: p.method, crc: p.crc, packed: p.packed.length, unpacked: p.unpacked };
    const central = zipHeader(0x02014b50, 46, name, sizes);
    central.writeUInt32LE(offset, 42);
    const local = zipHeader(0x04034b50, 30, name, sizes);
    locals.push(local, name, p.packed);
    centrals.push(central, name);
    offset += local.length + name.length + p.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Local (30 bytes) or central (46 bytes) ZIP header; names are UTF-8 (flag bit 11). */
function zipHeader(
  signature: number,
  size: 30 | 46,
  name: Buffer,
  p: { method: number; crc: number; packed: number; unpacked: number },
): Buffer {
  const h = Buffer.alloc(size);
  const at = size === 30 ? 4 : 6; // the central header has "version made by" first
  h.writeUInt32LE(signature, 0);
  if (size === 46) h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, at);
  h.writeUInt16LE(0x0800, at + 2);
  h.writeUInt16LE(p.method, at + 4);
  h.writeUInt32LE(p.crc >>> 0, at + 10);
  h.writeUInt32LE(p.packed, at + 14);
  h.writeUInt32LE(p.unpacked, at + 18);
  h.writeUInt16LE(name.length, at + 22);
  return h;
}

/** DOS time and date words for a UTC date (2-second resolution). */
function dosTimestamp(d: Date): { time: number; date: number } {
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/**
 * Rewrites, in place, the modification time of every part of `zip` (local and central headers) to `at`, so that
 * writing the same content twice gives the same bytes: exceljs zips with JSZip, which stamps every part with the
 * current time. The DOS time and date fields are outside the CRC, so they can be overwritten.
 */
export function setZipTimestamps(zip: Uint8Array, at: Date): Uint8Array {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const directory = readZipDirectory(buf);
  if (!directory.ok) throw new Error(`not a readable zip: ${directory.reason}`);
  const { time, date } = dosTimestamp(at);
  for (const e of directory.entries) {
    if (e.headerOffset + 30 > buf.length || buf.readUInt32LE(e.headerOffset) !== 0x04034b50)
      throw new Error(`zip local header of ${e.name} damaged at byte ${e.headerOffset}`);
    buf.writeUInt16LE(time, e.directoryOffset + 12);
    buf.writeUInt16LE(date, e.directoryOffset + 14);
    buf.writeUInt16LE(time, e.headerOffset + 10);
    buf.writeUInt16LE(date, e.headerOffset + 12);
  }
  return zip;
}
