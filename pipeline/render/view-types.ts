/**
 * The render stage's input and the view model the templates read. Every string in the view model is final text
 * (numbers already formatted, statuses already worded), so templates only loop and test booleans.
 * Nullable parts are `''` or `null` and guarded by one `{{#if}}`; everything else is always present, which lets
 * Handlebars' strict mode catch a misspelt field.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Reference } from '../../schemas/reference.ts';

/** Facts about this build, printed on drafts. */
export interface BuildInfo {
  status: 'draf' | 'final';
  /** ISO timestamp of the build. */
  builtAt: string;
  /** Short hash of the inputs, so a reader can tell two drafts apart. */
  fingerprint: string;
}

/** Everything `renderReport` needs: the merged data, the reference data and the build facts. */
export interface RenderInput {
  dataset: Dataset;
  reference: Reference;
  build: BuildInfo;
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

/** One sasaran's rows in T1; the first row carries the rowspanned No and Sasaran cells. */
export interface T1Group {
  no: string;
  sasaran: string;
  rowspan: number;
  /** Keep the group on one page (small groups only). */
  utuh: boolean;
  pertama: IndikatorRow;
  lainnya: IndikatorRow[];
}

/** One line of the category legend: `85 ke atas` → `Sangat Berhasil`. */
export interface LegendaRow {
  rentang: string;
  label: string;
}

/** The analysis of one indicator (primer §3 items 5 and 7), as paragraphs. */
export interface AnalisisView {
  kode: string;
  nama: string;
  /** How capaian is computed for this indicator, printed because offices differ (primer §4). */
  rumus: string;
  /** Status line: capped value, or why capaian is missing; `''` when there is nothing to say. */
  catatanCapaian: string;
  /** False when the unit sent no analysis; `kosong` then says so visibly. */
  ada: boolean;
  kosong: string;
  penyebab: string[];
  upaya: string[];
  programPendukung: string[];
}

/** A table caption with its number, e.g. `Tabel 3.1`. */
export interface Judul {
  nomor: string;
  teks: string;
}

/** Section "A.n" of BAB III: one sasaran with T3 and the analysis of its indicators. */
export interface SasaranSection {
  nomor: string;
  nama: string;
  judulTabel: Judul;
  baris: IndikatorRow[];
  rataRata: CapaianCell;
  catatanBatas: string;
  analisis: AnalisisView[];
}

/** One row of T8: a program (bold) or a kegiatan under it. */
export interface AnggaranRow {
  kelas: 'program' | 'kegiatan';
  kode: string;
  nama: string;
  pagu: string;
  realisasi: string;
  serapan: string;
  sisa: string;
}

/** BAB III B: T8 and a sentence about it. */
export interface AnggaranView {
  paragraf: string[];
  judulTabel: Judul;
  baris: AnggaranRow[];
  total: Omit<AnggaranRow, 'kelas' | 'kode' | 'nama'>;
}

/** Place, date, position, name and NIP under a signature. */
export interface TandaTanganView {
  tempatTanggal: string;
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

/** The whole report as the layout reads it. */
export interface ReportView {
  judul: string;
  /** Page-box CSS built from data (running header, draft line); already CSS-escaped. */
  halamanCss: string;
  draf: { watermark: string; baris: string } | null;
  sampul: SampulView;
  ikhtisar: {
    judul: string;
    paragraf: string[];
    judulTabel: Judul;
    t1: T1Group[];
    legenda: LegendaRow[];
    catatanBatas: string;
  };
  bab3: {
    judul: string;
    subjudul: string;
    pengantar: string[];
    sasaran: SasaranSection[];
    anggaran: AnggaranView;
  };
  tandaTangan: TandaTanganView;
}
