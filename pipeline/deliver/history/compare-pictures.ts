/**
 * The narrative's pictures in the draft history: a draft records the SHA-256 of each picture it embedded, so the
 * changes since the draft before can name a picture replaced, added or removed (a change the figures and the text do
 * not show, but the input fingerprint does: it makes a new draft number).
 */
import type { GambarBerkas } from '../../load/read-narrative-images.ts';

/** A picture under `inputs/narasi/` that differs between two drafts. */
export interface PictureChange {
  /** Path under `inputs/`, as the reviewer finds the file (`narasi/struktur.svg`). */
  berkas: string;
  keadaan: 'diganti' | 'baru' | 'dihapus';
}

/** SHA-256 of each picture read, by its path under `narasi/` (the key the Markdown uses). */
export const pictureDigests = (gambar: Readonly<Record<string, GambarBerkas>>): Record<string, string> =>
  Object.fromEntries(Object.entries(gambar).flatMap(([k, g]) => (g.sha256 ? [[k, g.sha256]] : [])));

/**
 * The pictures replaced, added or removed, sorted by path. None when either draft has no record of its pictures (a
 * draft kept before pictures were recorded): every picture would otherwise read as new.
 */
export function comparePictures(
  lama: Readonly<Record<string, string>> | undefined,
  baru: Readonly<Record<string, string>> | undefined,
): PictureChange[] {
  if (!lama || !baru) return [];
  const paths = [...new Set([...Object.keys(lama), ...Object.keys(baru)])].sort();
  return paths.flatMap((p): PictureChange[] => {
    const [a, b] = [lama[p], baru[p]];
    if (a === b) return [];
    return [{ berkas: `narasi/${p}`, keadaan: a === undefined ? 'baru' : b === undefined ? 'dihapus' : 'diganti' }];
  });
}
