/**
 * Reads the central directory of a ZIP file (an .xlsx is one) without unpacking anything: the list of parts with
 * their packed and unpacked sizes. Just enough of the ZIP format (APPNOTE 4.3.12, 4.3.16, 4.5.3) for that.
 */

/** One part of the ZIP container. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else cannot be read. */
  method: number;
  encrypted: boolean;
  /** CRC-32 of the unpacked bytes, as declared. */
  crc: number;
  packedBytes: number;
  /** As declared in the directory; the unpacking step checks it for real. */
  unpackedBytes: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
  /** Offset of the entry's record in the central directory. */
  directoryOffset: number;
}

/** The directory, or why there is none: `truncated` (end record or directory missing) or `corrupt`. */
export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'truncated' | 'corrupt' };

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Lists the parts of the ZIP in `buf`; never reads past the buffer. */
export function readZipDirectory(buf: Buffer): ZipDirectory {
  const end = findEndRecord(buf);
  if (end < 0) return { ok: false, reason: 'truncated' };
  let count = buf.readUInt16LE(end + 10);
  let size = buf.readUInt32LE(end + 12);
  let offset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const z64 = readZip64End(buf, end);
    if (!z64) return { ok: false, reason: 'corrupt' };
    ({ count, size, offset } = z64);
  }
  if (offset + size > end) return { ok: false, reason: 'truncated' };
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > offset + size || buf.readUInt32LE(p) !== ENTRY_SIGNATURE) return { ok: false, reason: 'corrupt' };
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > offset + size) return { ok: false, reason: 'corrupt' };
    const entry: ZipEntry = {
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      encrypted: (buf.readUInt16LE(p + 8) & 1) === 1,
      crc: buf.readUInt32LE(p + 16),
      packedBytes: buf.readUInt32LE(p + 20),
      unpackedBytes: buf.readUInt32LE(p + 24),
      headerOffset: buf.readUInt32LE(p + 42),
      directoryOffset: p,
    };
    applyZip64Extra(entry, buf.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    p = next;
  }
  return { ok: true, entries };
}

/** Where the packed bytes of `entry` are, or null when its local header is cut off or wrong. */
export function entryData(buf: Buffer, entry: ZipEntry): Buffer | null {
  const h = entry.headerOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== 0x04034b50) return null;
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  if (start + entry.packedBytes > buf.length) return null;
  return buf.subarray(start, start + entry.packedBytes);
}

/** The end-of-central-directory record is the last thing in the file, followed only by a comment. */
function findEndRecord(buf: Buffer): number {
  const lowest = Math.max(0, buf.length - END_SIZE - MAX_COMMENT);
  for (let p = buf.length - END_SIZE; p >= lowest; p--) {
    if (buf.readUInt32LE(p) === END_SIGNATURE && p + END_SIZE + buf.readUInt16LE(p + 20) === buf.length) return p;
  }
  return -1;
}

function readZip64End(buf: Buffer, end: number): { count: number; size: number; offset: number } | null {
  const locator = end - 20;
  if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const at = Number(buf.readBigUInt64LE(locator + 8));
  if (at + 56 > locator || buf.readUInt32LE(at) !== ZIP64_END_SIGNATURE) return null;
  return {
    count: Number(buf.readBigUInt64LE(at + 32)),
    size: Number(buf.readBigUInt64LE(at + 40)),
    offset: Number(buf.readBigUInt64LE(at + 48)),
  };
}

/** Sizes and offset that do not fit 32 bits are in the ZIP64 extra field (id 1), in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const take = (): number => {
        const v = q + 8 <= p + 4 + length ? Number(extra.readBigUInt64LE(q)) : NaN;
        q += 8;
        return v;
      };
      if (entry.unpackedBytes === 0xffffffff) entry.unpackedBytes = take();
      if (entry.packedBytes === 0xffffffff) entry.packedBytes = take();
      if (entry.headerOffset === 0xffffffff) entry.headerOffset = take();
      return;
    }
    p += 4 + length;
  }
}
