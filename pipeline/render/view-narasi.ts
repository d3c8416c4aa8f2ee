/** View model of a narrative slot: the staff's Markdown as HTML, or a visible box saying what belongs there. */
import type { GambarBerkas } from '../load/read-narrative-images.ts';
import type { Daftar } from './daftar.ts';
import type { NarasiGambar } from './markdown-gambar.ts';
import { markdownHtml } from './markdown.ts';
import { resolveGambar } from './narasi-gambar.ts';
import { narasiSlot, narasiText, type NamaNarasi } from './narasi-slots.ts';
import type { Judul, NarasiView } from './view-types.ts';

/** The words that open every placeholder box; a test looks for them to prove none is left. */
export const PENANDA_NARASI = 'Bagian ini belum diisi.';

/**
 * The slot as printed. `tabel` numbers the tables the text captions with `Tabel: …` (they then appear in Daftar
 * Tabel); pass it where the slot stands in a numbered chapter.
 */
export function narasiView(
  narrative: Readonly<Record<string, string>>,
  nama: NamaNarasi,
  tabel?: (teks: string) => Judul,
  gambar?: NarasiGambar,
): NarasiView {
  const text = narasiText(narrative, nama);
  if (text !== null) return { ada: true, html: markdownHtml(text, tabel, gambar), placeholder: '' };
  const slot = narasiSlot(nama);
  return {
    ada: false,
    html: '',
    placeholder: `${PENANDA_NARASI} Tulis ${slot.isi} di berkas inputs/narasi/${slot.nama}.md.`,
  };
}

/** The pictures of a slot in chapter `bab`: numbered `Gambar <bab>.n`, found among the files read from `narasi/`. */
export function gambarBab(daftar: Daftar, bab: string, berkas: Readonly<Record<string, GambarBerkas>>): NarasiGambar {
  return { judul: (teks) => daftar.gambar(bab, teks), resolve: (src) => resolveGambar(src, berkas) };
}
