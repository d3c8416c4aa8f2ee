/**
 * Writes ZIP files byte by byte for the bad-input fixtures: a workbook whose directory lies about sizes, a bomb, a
 * million-row sheet. Real workbooks come from exceljs; this only re-packs them with one part changed or added.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { writeZip } from '../../pipeline/load/replace-zip-parts.ts';
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
  return writeZip(
    parts.map((p) => ({
      name: p.name,
      packed: p.packed ?? deflateRawSync(p.data, { level: p.level ?? 1 }),
      method: 8,
      crc: crc32(p.data),
      unpacked: p.declaredBytes ?? p.data.length,
    })),
  );
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
