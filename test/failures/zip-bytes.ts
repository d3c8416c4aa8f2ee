/**
 * Writes ZIP files byte by byte for the bad-input fixtures: a workbook whose directory lies about sizes, a bomb, a
 * million-row sheet. Real workbooks come from exceljs; this only re-packs them with one part changed or added.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../pipeline/load/zip-directory.ts';
import { unpackEntry } from '../../pipeline/load/unpack-entry.ts';

/**
 * One part: its name and content; `declaredBytes` overrides the unpacked size written in the directory, `packed`
 * replaces the deflated bytes (to make a part that cannot be unpacked), `level` is zlib's (9 for a bomb).
 */
export interface ZipPart {
  name: string;
  data: Buffer;
  declaredBytes?: number;
  packed?: Buffer;
  level?: number;
}

/** A ZIP of the parts, deflated (level 1 unless a part says otherwise: tens of megabytes pack in well under a second). */
export function zipBytes(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const packed = p.packed ?? deflateRawSync(p.data, { level: p.level ?? 1 });
    const sizes = { crc: crc32(p.data), packed: packed.length, unpacked: p.declaredBytes ?? p.data.length };
    const local = header(0x04034b50, 30, name, sizes);
    const central = header(0x02014b50, 46, name, sizes);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
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

/** Local (30 bytes) or central (46 bytes) header: version, method 8, CRC and sizes at their places. */
function header(
  signature: number,
  size: number,
  name: Buffer,
  s: { crc: number; packed: number; unpacked: number },
): Buffer {
  const h = Buffer.alloc(size);
  const at = size === 30 ? 4 : 6; // the central header has "version made by" first
  h.writeUInt32LE(signature, 0);
  if (size === 46) h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, at);
  h.writeUInt16LE(8, at + 4);
  h.writeUInt32LE(s.crc >>> 0, at + 10);
  h.writeUInt32LE(s.packed, at + 14);
  h.writeUInt32LE(s.unpacked, at + 18);
  h.writeUInt16LE(name.length, at + 22);
  return h;
}

/** The parts of an existing ZIP (e.g. a workbook written by exceljs), unpacked. */
export function unzipParts(zip: Buffer): ZipPart[] {
  const dir = readZipDirectory(zip);
  if (!dir.ok) throw new Error(`not a zip: ${dir.reason}`);
  return dir.entries.map((e) => {
    const part = unpackEntry(zip, e, 1 << 30);
    if (!part.ok) throw new Error(`cannot unpack ${e.name}`);
    return { name: e.name, data: part.data };
  });
}
