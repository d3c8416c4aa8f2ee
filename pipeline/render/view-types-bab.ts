/** The view model of each part of the report, front matter to Lampiran (primer §3), as the templates read it. */
import type { SumberDataView } from './view-sumber.ts';
import type {
  CapaianCell,
  EntriDaftar,
  GambarView,
  IndikatorRow,
  Judul,
  Kelompok,
  LegendaRow,
  NarasiView,
  SampulView,
  TandaTanganView,
} from './view-types.ts';

/** A table's caption and its body rows. */
export interface Tabel<R> {
  judul: Judul;
  baris: R[];
}

/** Daftar Isi, Daftar Tabel or Daftar Gambar. */
export interface DaftarView {
  judul: Judul;
  entri: EntriDaftar[];
  /** Said when the list is empty (`Laporan ini tidak memuat gambar.`). */
  kosong: string;
}

/** A section whose body is a narrative slot. */
export interface BagianNarasi {
  judul: Judul;
  narasi: NarasiView;
}

/** The analysis of one indicator (primer §3 item 5), as paragraphs. */
export interface AnalisisView {
  judul: Judul;
  /** How capaian is computed for this indicator, printed because offices differ (primer §4). */
  rumus: string;
  /** Status line: capped value, or why capaian is missing; `''` when there is nothing to say. */
  catatanCapaian: string;
  /** False when the unit sent no analysis; `kosong` then says so visibly. */
  ada: boolean;
  kosong: string;
  penyebab: string[];
  upaya: string[];
}

/** Item 7: what supported one indicator, with the budget tied to it. */
export interface PendukungView {
  kode: string;
  nama: string;
  teks: string[];
  anggaran: string;
}

export interface RiwayatRow {
  kode: string;
  nama: string;
  satuan: string;
  realisasi: string[];
  capaian: string[];
  tren: string;
}
export interface RenstraCapaianRow {
  kode: string;
  nama: string;
  satuan: string;
  targetAkhir: string;
  realisasi: string;
  capaian: string;
  keterangan: string;
}
export interface StandarRow {
  kode: string;
  nama: string;
  satuan: string;
  realisasi: string;
  standar: string;
  keterangan: string;
}
/** A T7 row; `kode` (the IKU, empty on the sasaran row) names the sources of its cells (`data-sumber`). */
export interface EfisiensiRow {
  kelas: '' | 'rata-rata';
  kode: string;
  nama: string;
  capaian: string;
  pagu: string;
  realisasi: string;
  serapan: string;
  efisiensi: string;
  verdict: string;
}

/** A titled part of a sasaran's analysis with its paragraphs (items 1–7 of primer §3). */
export interface Bagian {
  judul: Judul;
  paragraf: string[];
}

/** Section A.n of BAB III: one sasaran strategis and the seven analyses. */
export interface SasaranSection {
  judul: Judul;
  targetRealisasi: Bagian & { tabel: Tabel<IndikatorRow>; rataRata: CapaianCell; catatanBatas: string };
  /** `catatan`: the notes under the table (capped values, capaian without a number and why). */
  riwayat: Bagian & { tabel: Tabel<RiwayatRow>; tahun: string[]; catatan: string[] };
  renstra: Bagian & { tabel: Tabel<RenstraCapaianRow>; tahunAkhir: string; tahunIni: string; catatan: string[] };
  /** `tabel` is null when no indicator of the sasaran has a national standard (the paragraph says so). */
  standar: Bagian & { tabel: Tabel<StandarRow> | null };
  analisis: Bagian & { indikator: AnalisisView[] };
  efisiensi: Bagian & { tabel: Tabel<EfisiensiRow>; total: EfisiensiRow; rumus: string; catatan: string[] };
  pendukung: Bagian & { indikator: PendukungView[] };
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

/** Pagu, realisasi, serapan and sisa as printed. */
export interface AnggaranRingkas {
  pagu: string;
  realisasi: string;
  serapan: string;
  sisa: string;
}
export interface SumberDanaRow extends AnggaranRingkas {
  kode: string;
  nama: string;
  /** Key of its sources in the `data-sumber` lookup (render/sumber.ts). */
  kunci: string;
}
/** A row of the jenis belanja table: a source's heading row, or a jenis belanja under it. */
export interface JenisBelanjaRow extends AnggaranRingkas {
  kelas: 'sumber' | 'jenis';
  kode: string;
  nama: string;
  kunci: string;
}
export interface HibahRow {
  kunci: string;
  nama: string;
  nphd: string;
  jumlah: string;
  sebelumnya: string;
  realisasi: string;
  kumulatif: string;
  sisa: string;
}

/** BAB III B: by source of funds, DIPA per program (T8), hibah, jenis belanja. Null parts are left out. */
export interface RealisasiAnggaranView extends Bagian {
  /** The sources side by side; null with a single source. */
  sumber: (Tabel<SumberDanaRow> & { total: AnggaranRingkas }) | null;
  /** T8 and its chart, under its own sub-heading when there is more than one source. */
  dipa: Bagian & { subjudul: Judul | null; tabel: Tabel<AnggaranRow>; total: AnggaranRingkas; gambar: GambarView };
  hibah: (Bagian & { tabel: Tabel<HibahRow> }) | null;
  jenis: (Bagian & { tabel: Tabel<JenisBelanjaRow> }) | null;
}

/** The PK's two tables (T2 in BAB II, T9 in Lampiran 1). */
export interface PkTabel {
  indikator: Tabel<Kelompok<{ kode: string; nama: string; target: string }>>;
  program: Tabel<{ no: string; kode: string; nama: string; anggaran: string }>;
  total: string;
}

export interface RingkasanSasaranRow {
  no: string;
  nama: string;
  jumlah: string;
  capaian: CapaianCell;
}
export interface RencanaAksiRow {
  kode: string;
  nama: string;
  satuan: string;
  target: string;
  targetTw: string[];
  realisasiTw: string[];
  realisasi: string;
  capaian: string;
  unit: string;
  /** `capaian-kata` when the capaian is words (tidak dapat dihitung, belum diisi): printed small and wrapped. */
  kelasCapaian: string;
}
export interface MetodeRow {
  kode: string;
  nama: string;
  satuan: string;
  definisi: string;
  rumus: string;
  arah: string;
  agregasi: string;
  sumberData: string;
}

/** Lampiran that real KPU LKj carry beyond PK, RA and Metode (issue 13); null parts are left out. */
export interface PengukuranProgramRow {
  no: string;
  kode: string;
  nama: string;
  anggaran: string;
  realisasi: string;
  serapan: string;
}
export interface RencanaAksiBerikutRow {
  kode: string;
  nama: string;
  satuan: string;
  target: string;
  targetTw: string[];
}
export interface TindakLanjutRow {
  no: string;
  rekomendasi: string;
  tindakLanjut: string;
  status: string;
  kelas: string;
  bukti: string;
}
export interface PrestasiRow {
  no: string;
  nama: string;
  pemberi: string;
  tanggal: string;
  keterangan: string;
}
export interface LampiranTambahanView {
  pengukuran: Bagian & {
    indikator: Tabel<Kelompok<IndikatorRow>>;
    /** Notes under the indicator table: capped values, why a capaian is missing. */
    catatan: string[];
    program: Tabel<PengukuranProgramRow> & { total: Omit<PengukuranProgramRow, 'no' | 'kode' | 'nama'> };
    /** The Sekretaris signs the form, with place and date. */
    tandaTangan: TandaTanganView;
  };
  pkBerikut:
    | (Bagian & {
        kelembagaan: string;
        tahun: string;
        tabel: PkTabel;
        tempatTanggal: string;
        kiri: TandaTanganView;
        kanan: TandaTanganView;
      })
    | null;
  raBerikut: (Bagian & { tabel: Tabel<Kelompok<RencanaAksiBerikutRow>> }) | null;
  evaluasi: (Bagian & { tabel: Tabel<TindakLanjutRow> }) | null;
  prestasi: (Bagian & { tabel: Tabel<PrestasiRow> }) | null;
}

/** The whole report as the layout reads it. */
export interface ReportView {
  judul: string;
  /** Page-box CSS built from data (running header, draft line); already CSS-escaped. */
  halamanCss: string;
  draf: { watermark: string; baris: string } | null;
  /** A final's last line: the input fingerprint, so a printed copy can be matched to its inputs (`''` on drafts). */
  sidikFinal: string;
  /** The last Lampiran, "Pernyataan Telah Direviu"; `null` without `reviu` in laporan.yaml. */
  pernyataanReviu: import('./view-pernyataan-reviu.ts').PernyataanReviuView | null;
  /** Optional last Lampiran of a draft: changes since the draft before; `null` when not asked for. */
  lampiranPerubahan: import('./view-perubahan.ts').LampiranPerubahanView | null;
  sampul: SampulView;
  kataPengantar: { judul: Judul; narasi: NarasiView; tandaTangan: TandaTanganView };
  ikhtisar: {
    judul: Judul;
    paragraf: string[];
    tabel: Tabel<Kelompok<IndikatorRow>>;
    legenda: LegendaRow[];
    catatanBatas: string;
  };
  daftarIsi: DaftarView;
  daftarTabel: DaftarView;
  daftarGambar: DaftarView;
  bab1: { judul: Judul; bagian: BagianNarasi[] };
  bab2: {
    judul: Judul;
    pengantar: string[];
    renstra: Bagian & {
      visi: string;
      misi: string[];
      tujuan: string[];
      sasaran: Tabel<Kelompok<{ kode: string; nama: string; satuan: string; target: string }>>;
      tahunAkhir: string;
    };
    pk: Bagian & { tabel: PkTabel };
  };
  bab3: {
    judul: Judul;
    pengantar: string[];
    a: Bagian & {
      kebijakan: string[];
      legenda: LegendaRow[];
      ringkasan: Tabel<RingkasanSasaranRow> & { keseluruhan: CapaianCell; catatan: string };
      gambar: GambarView[];
      sasaran: SasaranSection[];
    };
    b: RealisasiAnggaranView;
  };
  bab4: { judul: Judul; kesimpulan: Bagian & { narasi: NarasiView }; perbaikan: BagianNarasi };
  lampiranTambahan: LampiranTambahanView;
  lampiran: {
    /** The PK statement; `kiri` signs as Pihak Kedua (the Ketua), `kanan` as Pihak Pertama (the Sekretaris). */
    pk: {
      judul: Judul;
      pembuka: string;
      pihak: { nama: string; jabatan: string; peran: string }[];
      janji: string[];
      tempatTanggal: string;
      kelembagaan: string;
      tahun: string;
      tabel: PkTabel;
      kiri: TandaTanganView;
      kanan: TandaTanganView;
      /** The signed PK scan instead of the re-typed PK: a note and one reserved page per scanned page; `null` without one. */
      pindaian: { catatan: string; halaman: string[] } | null;
    };
    rencanaAksi: Bagian & { tabel: Tabel<Kelompok<RencanaAksiRow>>; catatan: string[] };
    metode: Bagian & { kebijakan: string[]; legenda: LegendaRow[]; tabel: Tabel<MetodeRow> };
  };
  /** Lampiran "Sumber Data" (the last): where each figure came from. */
  sumberData: SumberDataView;
}
