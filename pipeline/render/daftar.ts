/**
 * Numbers headings, tables and figures in document order and remembers the listed ones for Daftar Isi, Daftar
 * Tabel and Daftar Gambar, each with its page label from the previous print (or a placeholder on the first).
 * Every listed item gets an `id`: the print stage finds its page through the PDF outline by that heading.
 */
import type { EntriDaftar, Judul, PageLabels } from './view-types.ts';

/**
 * Shown instead of a page number before the first print. The number column has a fixed width, so a real number
 * in its place moves nothing else on the page.
 */
export const HALAMAN_SEMENTARA = '…';

/** `0` → `A.`, `1` → `B.`: the section letters of a chapter. */
export const hurufBagian = (i: number): string => `${String.fromCharCode(65 + i)}.`;

/** The registry one report view is built with. */
export interface Daftar {
  /** A heading listed in Daftar Isi (`tingkat` 1 chapter, 2 section, 3 sub-section). */
  judul(id: string, nomor: string, teks: string, tingkat: number): Judul;
  /** A heading that is not listed (it still gets an id and a bookmark). */
  subjudul(id: string, nomor: string, teks: string): Judul;
  /** The next table of chapter `bab` (`3` → `Tabel 3.1`, `L` → `Tabel L.1`; `null` for an unnumbered one). */
  tabel(bab: string | null, teks: string): Judul;
  /** The next figure of chapter `bab` (`Gambar 3.1`). */
  gambar(bab: string, teks: string): Judul;
  /** The next Lampiran (`LAMPIRAN 1`, `LAMPIRAN 2` … in document order), listed in Daftar Isi as a chapter. */
  lampiran(id: string, teks: string): Judul;
  readonly isi: EntriDaftar[];
  readonly tabelList: EntriDaftar[];
  readonly gambarList: EntriDaftar[];
}

/** A fresh registry reading page labels from `pages` (null before the first print). */
export function createDaftar(pages: PageLabels | null): Daftar {
  const isi: EntriDaftar[] = [];
  const tabelList: EntriDaftar[] = [];
  const gambarList: EntriDaftar[] = [];
  const counters = new Map<string, number>();
  const ids = new Set<string>();
  const halaman = (id: string): string => pages?.[id] ?? HALAMAN_SEMENTARA;
  const judul = (id: string, nomor: string, teks: string): Judul => {
    if (ids.has(id)) throw new Error(`Id judul ganda dalam laporan: ${id}`);
    ids.add(id);
    return { id, nomor, teks };
  };
  const next = (key: string): number => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const entry = (j: Judul, tingkat: number): EntriDaftar => ({ ...j, tingkat, halaman: halaman(j.id) });
  return {
    judul(id, nomor, teks, tingkat) {
      const j = judul(id, nomor, teks);
      isi.push(entry(j, tingkat));
      return j;
    },
    subjudul: judul,
    tabel(bab, teks) {
      const key = bab ?? 'tanpa-nomor';
      const n = next(`tabel-${key}`);
      const j = judul(`tabel-${key.toLowerCase()}-${n}`, bab === null ? '' : `Tabel ${bab}.${n}`, teks);
      tabelList.push(entry(j, 0));
      return j;
    },
    gambar(bab, teks) {
      const n = next(`gambar-${bab}`);
      const j = judul(`gambar-${bab.toLowerCase()}-${n}`, `Gambar ${bab}.${n}`, teks);
      gambarList.push(entry(j, 0));
      return j;
    },
    lampiran(id, teks) {
      const j = judul(id, `LAMPIRAN ${next('lampiran')}`, teks);
      isi.push(entry(j, 1));
      return j;
    },
    isi,
    tabelList,
    gambarList,
  };
}
