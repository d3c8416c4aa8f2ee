/**
 * Writes ZIP files byte by byte for the bad-input fixtures: a workbook whose directory lies about sizes, a bomb, a
 * million-row sheet. Real workbooks come from exceljs; this only re-packs them with one part changed or added.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { zipHeader } from '../../pipeline/load/replace-zip-parts.ts';
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
    const sizes = { method: 8, crc: crc32(p.data), packed: packed.length, unpacked: p.declaredBytes ?? p.data.length };
    const local = zipHeader(0x04034b50, 30, name, sizes);
    const central = zipHeader(0x02014b50, 46, name, sizes);
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
