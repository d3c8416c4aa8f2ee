/** Writes and reads the package zip (JSZip), every entry dated with the build time so the same report gives the same zip. */
import JSZip from 'jszip';

/** One file in the zip. */
export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

/** The zip's bytes, entries in the given order, compressed, dated `at`. */
export async function zipFiles(entries: readonly ZipEntry[], at: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  // JSZip stores local time in the DOS fields; shifting by the offset makes the stored time the UTC time `at`.
  const local = new Date(at.getTime() + at.getTimezoneOffset() * 60_000);
  for (const e of entries) zip.file(e.path, e.data, { date: local, createFolders: false });
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'UNIX',
  });
}

/** Every file in a zip by path (folders left out). Throws when the bytes are not a zip. */
export async function unzipFiles(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) out.set(entry.name, await entry.async('uint8array'));
  }
  return out;
}
