/**
 * `MANIFEST.txt` of a package: who made it, from what, when, and the SHA-256 of every other file in it, one line each
 * (`<sha256>  <path>`, as `sha256sum` prints, so `sha256sum -c` can check an unpacked package too).
 */
import { createHash } from 'node:crypto';

/** The manifest's file name inside the zip. */
export const MANIFEST = 'MANIFEST.txt';

/** Lines before the checksums. */
export interface ManifestHeader {
  satker: string;
  tahun: number;
  sidik: string;
  alat: string;
  disusun: string;
}

/** Hex SHA-256 of some bytes. */
export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The manifest text for these files (sorted by path). */
export function manifestText(header: ManifestHeader, files: readonly { path: string; data: Uint8Array }[]): string {
  const lines = [
    '# Paket Laporan Kinerja untuk Biro Perencanaan dan Inspektorat KPU RI',
    `# Satker: ${header.satker}`,
    `# Tahun: ${header.tahun}`,
    `# Sidik masukan: ${header.sidik}`,
    `# Alat: ${header.alat}`,
    `# Disusun: ${header.disusun}`,
    '# SHA-256 setiap berkas (periksa dengan: npm run cek-paket -- <berkas.zip>, atau sha256sum -c MANIFEST.txt setelah diekstrak)',
    ...[...files].sort((a, b) => a.path.localeCompare(b.path)).map((f) => `${sha256(f.data)}  ${f.path}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The checksum lines of a manifest: path → sha256. Comment lines are skipped; a malformed line is an error. */
export function parseManifest(text: string): { sums: Map<string, string>; bad: string[] } {
  const sums = new Map<string, string>();
  const bad: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) sums.set(m[2]!, m[1]!);
    else bad.push(line);
  }
  return { sums, bad };
}
