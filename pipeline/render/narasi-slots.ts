/**
 * The narrative slots: the parts of the report no spreadsheet holds, each written by staff as one Markdown file
 * `inputs/narasi/<nama>.md`. This is the one list of them; the report places each slot, and the build warns about
 * every slot that is missing or empty (a placeholder box stands in its place in the report).
 */
import { warning, type Diagnostic } from '../diagnostic.ts';
import { deepNarratives } from './narrative-depth.ts';

/** One slot: file name (without `.md`), the heading it appears under, and what belongs in it. */
export interface NarasiSlot {
  nama: string;
  judul: string;
  isi: string;
}

/** Every slot, in the order the report prints them. */
export const NARASI_SLOTS = [
  {
    nama: 'kata-pengantar',
    judul: 'Kata Pengantar',
    isi: 'pengantar laporan: dasar penyusunan (Perpres 29/2014, PermenPANRB 53/2014), tujuan laporan dan ucapan terima kasih; tanda tangan dicetak otomatis',
  },
  {
    nama: 'latar-belakang',
    judul: 'Latar Belakang',
    isi: 'mengapa laporan kinerja disusun dan gambaran umum tahun anggaran (tahapan Pemilu/Pemilihan yang berlangsung)',
  },
  {
    nama: 'dasar-hukum',
    judul: 'Dasar Hukum',
    isi: 'daftar peraturan yang menjadi dasar penyusunan laporan (undang-undang, peraturan presiden, peraturan menteri, keputusan KPU)',
  },
  {
    nama: 'tugas-fungsi',
    judul: 'Kedudukan, Tugas dan Fungsi',
    isi: 'kedudukan KPU Provinsi dan Sekretariatnya serta tugas, wewenang dan kewajibannya menurut UU 7/2017 dan PKPU 14/2020',
  },
  {
    nama: 'struktur-organisasi',
    judul: 'Struktur Organisasi',
    isi: 'susunan anggota KPU Provinsi dan divisinya, serta bagian dan subbagian Sekretariat',
  },
  {
    nama: 'sumber-daya-manusia',
    judul: 'Sumber Daya Manusia',
    isi: 'jumlah pegawai menurut status, golongan dan pendidikan pada akhir tahun',
  },
  {
    nama: 'isu-strategis',
    judul: 'Isu Strategis',
    isi: 'isu dan tantangan strategis yang dihadapi organisasi pada tahun laporan',
  },
  {
    nama: 'sistematika',
    judul: 'Sistematika Penulisan',
    isi: 'uraian singkat isi setiap bab laporan',
  },
  {
    nama: 'kesimpulan',
    judul: 'Kesimpulan',
    isi: 'kesimpulan umum atas capaian kinerja tahun ini (ringkasan angka dicetak otomatis di atasnya)',
  },
  {
    nama: 'langkah-perbaikan',
    judul: 'Langkah Perbaikan',
    isi: 'langkah yang akan diambil tahun berikutnya untuk meningkatkan kinerja',
  },
] as const satisfies readonly NarasiSlot[];

/** A slot's file name. */
export type NamaNarasi = (typeof NARASI_SLOTS)[number]['nama'];

/** The slot of that name (every `NamaNarasi` has one). */
export function narasiSlot(nama: NamaNarasi): NarasiSlot {
  const slot = NARASI_SLOTS.find((s) => s.nama === nama);
  if (!slot) throw new Error(`Slot narasi tidak dikenal: ${nama}`);
  return slot;
}

/** The slot's text, or `null` when its file is missing or holds only whitespace. */
export function narasiText(narrative: Readonly<Record<string, string>>, nama: NamaNarasi): string | null {
  const text = narrative[nama];
  return text !== undefined && text.trim() !== '' ? text : null;
}

/**
 * Warnings for the build: one per missing or empty slot (`narasi-kosong`), and one per file in `narasi/` that is
 * no slot (`narasi-tidak-dikenal`, usually a misspelt name, whose text would otherwise be silently left out).
 */
export function narrativeDiagnostics(narrative: Readonly<Record<string, string>>): Diagnostic[] {
  const missing = NARASI_SLOTS.filter((s) => narasiText(narrative, s.nama) === null).map((s) =>
    warning({
      rule: 'narasi-kosong',
      file: `narasi/${s.nama}.md`,
      message:
        `Narasi "${s.judul}" belum ada: berkas narasi/${s.nama}.md tidak ditemukan atau kosong. ` +
        `Tulis di berkas itu ${s.isi}. Sampai diisi, laporan menampilkan kotak penanda di tempatnya.`,
    }),
  );
  const known = new Set<string>(NARASI_SLOTS.map((s) => s.nama));
  const unknown = Object.keys(narrative)
    .filter((nama) => !known.has(nama))
    .map((nama) =>
      warning({
        rule: 'narasi-tidak-dikenal',
        file: `narasi/${nama}.md`,
        message:
          `Berkas narasi/${nama}.md tidak dipakai karena namanya bukan salah satu bagian laporan. ` +
          `Ganti namanya menjadi salah satu dari: ${NARASI_SLOTS.map((s) => `${s.nama}.md`).join(', ')}.`,
        actual: `${nama}.md`,
      }),
    );
  return [...missing, ...unknown, ...deepNarratives(narrative)];
}
