/**
 * The render stage's input and the pieces of the view model the templates read. Every string in the view model
 * is final text (numbers already formatted, statuses already worded), so templates only loop and test booleans.
 * Nullable parts are `''` or `null` and guarded by one `{{#if}}`; everything else is always present, which lets
 * Handlebars' strict mode catch a misspelt field. The chapters' shapes are in `view-types-bab.ts`.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { GambarBerkas } from '../load/read-narrative-images.ts';

/** Facts about this build, printed on drafts. */
export interface BuildInfo {
  status: 'draf' | 'final';
  /** ISO timestamp of the build. */
  builtAt: string;
  /** Short hash of the inputs, so a reader can tell two drafts apart. */
  fingerprint: string;
  /** Draft number (draf ke-N), `null` for a final report. */
  nomorDraf?: number | null;
}

/**
 * The printed page label (`iii`, `12`) of each listed heading, by its HTML `id`: what the print stage read from
 * the previous print's outline, so Daftar Isi/Tabel/Gambar can show real page numbers.
 */
export type PageLabels = Readonly<Record<string, string>>;

/** Everything `renderReport` needs. */
export interface RenderInput {
  dataset: Dataset;
  reference: Reference;
  build: BuildInfo;
  /** `inputs/narasi/*.md` by name; a slot missing here prints as a placeholder box. */
  narrative?: Readonly<Record<string, string>>;
  /** Pictures under `inputs/narasi/` the narrative may embed, by path relative to that folder. */
  gambarNarasi?: Readonly<Record<string, GambarBerkas>>;
  /** Page labels from an earlier print; absent or `null` on the first pass (lists then show placeholders). */
  pages?: PageLabels | null;
  /** What changed since the draft before, for the optional Lampiran (only when asked for and there is one). */
  perubahan?: import('../deliver/history/compare-drafts.ts').DraftChanges | null;
  /** Pages of the signed PK scan (`inputs/lampiran/perjanjian-kinerja.pdf`): Lampiran 1 reserves them; absent: re-typed PK. */
  pkPindaian?: number | null;
  /** The cover logo (SVG text); the placeholder in `templates/assets/` when absent. */
  logoSvg?: string;
}

/** A heading or a table/figure caption: its anchor, number (`BAB III`, `A.`, `Tabel 3.1`, or `''`) and text. */
export interface Judul {
  id: string;
  nomor: string;
  teks: string;
}

/** One line of Daftar Isi, Daftar Tabel or Daftar Gambar. */
export interface EntriDaftar extends Judul {
  /** Daftar Isi: 1 chapter, 2 section, 3 sub-section (indentation); 0 for a table or figure. */
  tingkat: number;
  halaman: string;
}

/** A narrative slot as printed: its Markdown as HTML, or a placeholder box saying what belongs there. */
export interface NarasiView {
  ada: boolean;
  /** Sanitised HTML (Markdown with raw HTML escaped); `''` when the slot is empty. */
  html: string;
  /** The placeholder's text; `''` when the slot is filled. */
  placeholder: string;
}

/** A capaian as its table cells show it. */
export interface CapaianCell {
  /** True: two cells (`teks` in Capaian, `kategori` in Kategori). False: one merged cell with `teks` and `alasan`. */
  terhitung: boolean;
  /** `85,23`, `100,00*` (capped), `tidak dapat dihitung`, `belum diisi`. */
  teks: string;
  kategori: string;
  alasan: string;
  /** CSS class for the cell: `capaian-terhitung`, `capaian-tdd` (tidak dapat dihitung), `capaian-kosong`. */
  kelas: string;
}

/** One indicator's row in T1 and T3. */
export interface IndikatorRow {
  kode: string;
  nama: string;
  satuan: string;
  target: string;
  realisasi: string;
  capaian: CapaianCell;
}

/**
 * The No and Sasaran cells of a row in a table grouped by sasaran. A group kept on one page (`utuh`) has them once,
 * rowspanned over its rows. A group that may break across pages has no rowspan (Chromium cuts rowspanned cells
 * badly at page breaks): its later rows carry their own cells, joined visually to the first, with `lanjutan`
 * (`(lanjutan) 1. <sasaran>`), so a page that starts inside the group says which sasaran continues.
 */
export interface KepalaBaris {
  pertama: boolean;
  no: string;
  sasaran: string;
  /** Rows the first row's cells span (`'1'` in a group that may break). */
  rowspan: string;
  /** A later row of a rowspanned group: it has no No and Sasaran cells of its own. */
  tertutup: boolean;
  lanjutan: string;
}

/** One sasaran's rows in a grouped table. */
export interface Kelompok<R> {
  /** Kept on one page (small groups); such a group never needs the `(lanjutan)` marker. */
  utuh: boolean;
  baris: (R & { kepala: KepalaBaris })[];
}

/** One line of the category legend: `85 ke atas` → `Sangat Berhasil`. */
export interface LegendaRow {
  rentang: string;
  label: string;
}

/** Place, date, position, name and NIP under a signature. */
export interface TandaTanganView {
  /** `Serang, 15 Januari 2025`, or `''` where the place and date stand elsewhere (the PK's two columns). */
  tempatTanggal: string;
  /** A line above the position, e.g. `Pihak Pertama,`; `''` for none. */
  sebutan: string;
  jabatan: string;
  nama: string;
  /** `NIP. 19650222 200701 1 005`, or `''` for a signatory without one (the Ketua). */
  nip: string;
}

/** The cover page. */
export interface SampulView {
  baris: string[];
  instansi: string;
  alamat: string;
  kontak: string[];
}

/** An inline SVG chart with its caption (a heading, listed in Daftar Gambar). */
export interface GambarView {
  judul: Judul;
  /** SVG markup made by ECharts at build time; contains no text from outside that is not escaped. */
  svg: string;
  /** A sentence under the figure saying how to read it; `''` for none. */
  keterangan: string;
}
