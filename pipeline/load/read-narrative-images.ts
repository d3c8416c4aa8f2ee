/**
 * Reads the pictures next to the narrative (`inputs/narasi/**.png|jpg|jpeg|svg`), so the render stage can embed
 * them as `data:` URIs and print nothing from outside the HTML. A file above the size limit is listed, not read.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { regularFiles } from './find-input-files.ts';

/** One picture file: its MIME type, size in bytes, and content as base64 (null when it is above the limit). */
export interface GambarBerkas {
  mime: string;
  ukuran: number;
  base64: string | null;
  /**
   * SHA-256 of the bytes read, for the input fingerprint; absent when the file was not read (above the limit: such a
   * picture is never printed, and a narrative that shows it stops the build).
   */
  sha256?: string;
}

/** Largest picture embedded (bytes); larger ones are refused with a message saying how to shrink them. */
export const MAKS_GAMBAR = 2 * 1024 * 1024;

/** MIME type by extension: the formats Chromium prints from an `<img>` without any plug-in. */
export const MIME_GAMBAR: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

const PICTURE = /\.(png|jpe?g|svg)$/i;

/** The pictures under `narasi/`, by path relative to that folder with forward slashes (`struktur.svg`). */
export async function readNarrativeImages(inputsDir: string): Promise<Record<string, GambarBerkas>> {
  const root = path.join(inputsDir, 'narasi');
  // Loop-safe: a linked folder under narasi/ is not followed, a linked picture is.
  const files = (await regularFiles(root).catch(() => [])).filter((f) => PICTURE.test(f));
  const out: Record<string, GambarBerkas> = {};
  for (const rel of files.sort()) {
    const abs = path.join(root, rel);
    const mime = MIME_GAMBAR[path.posix.extname(rel).toLowerCase()] ?? 'application/octet-stream';
    const ukuran = (await stat(abs)).size;
    if (ukuran > MAKS_GAMBAR) {
      out[rel] = { mime, ukuran, base64: null };
      continue;
    }
    const bytes = await readFile(abs);
    out[rel] = {
      mime,
      ukuran,
      base64: bytes.toString('base64'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  }
  return out;
}
