/** The whole report's structure as a reviewer checks it against PermenPANRB 53/2014 (primer §3), in the HTML. */
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../pipeline/render/build-view.ts';
import { HALAMAN_SEMENTARA } from '../../pipeline/render/daftar.ts';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { renderInput } from '../fixtures/dataset.ts';
import { htmlText, tableRows } from './html-table.ts';

const html = renderReport(renderInput('draf'));
const view = buildReportView(renderInput('draf'));

/** Texts of the headings of one level, tags and entities removed. */
const headings = (source: string, tag: string): string[] =>
  [...source.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    htmlText(m[1]!.replace(/<br>/g, ' ')),
  );

describe('chapters (primer §3)', () => {
  it('has the front matter, BAB I–IV and every Lampiran as chapter headings, in order', () => {
    expect(headings(html, 'h1')).toEqual([
      'KATA PENGANTAR',
      'IKHTISAR EKSEKUTIF',
      'DAFTAR ISI',
      'DAFTAR TABEL',
      'DAFTAR GAMBAR',
      'BAB I PENDAHULUAN',
      'BAB II PERENCANAAN KINERJA',
      'BAB III AKUNTABILITAS KINERJA',
      'BAB IV PENUTUP',
      'LAMPIRAN 1 PERJANJIAN KINERJA TAHUN 2024',
      'LAMPIRAN 2 RENCANA AKSI TAHUN 2024',
      'LAMPIRAN 3 METODE PERHITUNGAN INDIKATOR KINERJA',
      'LAMPIRAN 4 PENGUKURAN KINERJA TAHUN 2024',
      'LAMPIRAN 5 SUMBER DATA',
    ]);
  });

  it('gives BAB I its seven sections and BAB II–IV theirs', () => {
    expect(headings(html, 'h2')).toEqual([
      'A. Latar Belakang',
      'B. Dasar Hukum',
      'C. Kedudukan, Tugas dan Fungsi',
      'D. Struktur Organisasi',
      'E. Sumber Daya Manusia',
      'F. Isu Strategis',
      'G. Sistematika Penulisan',
      'A. Rencana Strategis 2020–2024',
      'B. Perjanjian Kinerja Tahun 2024',
      'A. Capaian Kinerja Organisasi',
      'B. Realisasi Anggaran',
      'A. Kesimpulan',
      'B. Langkah Perbaikan',
    ]);
  });

  it('analyses every sasaran in all seven ways, a to g', () => {
    const h4 = headings(html, 'h4');
    expect(h4).toHaveLength(4 * 7);
    expect(h4.slice(0, 7).map((h) => h.slice(0, 2))).toEqual(['a.', 'b.', 'c.', 'd.', 'e.', 'f.', 'g.']);
    expect(h4.slice(0, 7).join(' | ')).toMatch(
      /Target dan Realisasi.*\| b\. Perbandingan dengan Tahun-Tahun Sebelumnya \| c\. Perbandingan dengan Target Jangka Menengah.*\| d\. Perbandingan dengan Standar Nasional \| e\. Analisis Penyebab.*\| f\. Analisis Efisiensi.*\| g\. Program dan Kegiatan Pendukung/,
    );
  });
});

describe('tables and figures', () => {
  it('numbers every table caption per chapter and lists each one in Daftar Tabel with its id', () => {
    const captions = [...html.matchAll(/<h6 class="judul-tabel" id="([^"]+)">([\s\S]*?)<\/h6>/g)].map((m) => ({
      id: m[1]!,
      teks: htmlText(m[2]!),
    }));
    expect(captions.map((c) => c.teks)).toEqual(view.daftarTabel.entri.map((e) => `${e.nomor} ${e.teks}`.trim()));
    expect(captions.map((c) => c.id)).toEqual(view.daftarTabel.entri.map((e) => e.id));
    const nomor = view.daftarTabel.entri.map((e) => e.nomor);
    expect(nomor.slice(0, 4)).toEqual(['', 'Tabel 2.1', 'Tabel 2.2', 'Tabel 2.3']);
    expect(nomor).toContain('Tabel 3.1');
    expect(nomor.filter((n) => n.startsWith('Tabel L.'))).toEqual([
      'Tabel L.1',
      'Tabel L.2',
      'Tabel L.3',
      'Tabel L.4',
      'Tabel L.5',
      'Tabel L.6',
      'Tabel L.7',
      'Tabel L.8',
    ]);
  });

  it('has T2–T9 with the columns reviewers look for', () => {
    const header = (cls: string): string =>
      htmlText(html.slice(html.indexOf(`class="tabel ${cls}"`)).split('</thead>')[0]!);
    expect(header('tabel-pk')).toContain('No Sasaran Strategis Indikator Kinerja Target');
    expect(header('tabel-pk-program')).toContain('No Program Anggaran (Rp)');
    expect(header('tabel-t4')).toMatch(/Realisasi Capaian \(%\) Tren realisasi 2023 2024 2023 2024/);
    expect(header('tabel-t5')).toContain(
      'Target akhir Renstra (2024) Realisasi s.d. 2024 Capaian terhadap target akhir (%)',
    );
    expect(header('tabel-t6')).toContain('Realisasi Standar nasional Keterangan');
    expect(header('tabel-t7')).toContain('Capaian (%) Pagu (Rp) Realisasi (Rp) Serapan (%) Efisiensi Keterangan');
    expect(header('tabel-rencana-aksi')).toContain('Target triwulan Realisasi triwulan');
    expect(header('tabel-metode')).toContain('Definisi dan sumber data Rumus capaian dan arah Agregasi triwulan');
    expect(tableRows(html, 'tabel-pk-program').at(-1)).toBe('Jumlah | 104.734.936.307');
  });

  it('says so where a sasaran has no national standard, and compares where it has one', () => {
    expect(htmlText(html)).toContain('Tidak ada indikator pada sasaran ini yang memiliki standar nasional');
    expect(tableRows(html, 'tabel-t6')).toEqual([
      'IKU-01 Tingkat partisipasi pemilih pada Pemilu Tahun 2024 | % | 82,50 | 81,78 | Di atas standar nasional (memenuhi). Partisipasi nasional Pilpres 2024',
    ]);
  });

  it('draws three charts as inline SVG, captioned and listed in Daftar Gambar', () => {
    expect(html.match(/<svg role="img"/g)).toHaveLength(3);
    expect(view.daftarGambar.entri.map((e) => e.nomor)).toEqual(['Gambar 3.1', 'Gambar 3.2', 'Gambar 3.3']);
    for (const e of view.daftarGambar.entri) expect(html).toContain(`<h6 class="judul-gambar" id="${e.id}">`);
    expect(html).toContain('aria-label="Gambar 3.1 Capaian Indikator Kinerja Utama terhadap Target Tahun 2024"');
  });

  it('puts the Rencana Aksi on the landscape named page', () => {
    expect(html).toMatch(/<section class="bab wide">\s*<h1 class="bab-judul" id="lampiran-2">/);
    expect(html).toContain('@page wide');
  });
});

describe('Perjanjian Kinerja (Lampiran 1)', () => {
  it('states the agreement with both parties and two signature columns, the Ketua without NIP', () => {
    const pk = htmlText(html.slice(html.indexOf('id="lampiran-1"'), html.indexOf('class="pk-lampiran"')));
    expect(pk).toContain(
      'Nama : Drs. Ahmad Fauzi, M.Si. Jabatan : SEKRETARIS KPU PROVINSI BANTEN selanjutnya disebut pihak pertama.',
    );
    expect(pk).toContain(
      'Jabatan : KETUA KPU PROVINSI BANTEN selaku atasan pihak pertama, selanjutnya disebut pihak kedua.',
    );
    expect(pk).toContain('Pihak pertama berjanji akan mewujudkan target kinerja');
    expect(pk).toContain(
      'Serang, 31 Januari 2024 Pihak Kedua, Ketua KPU Provinsi Banten, Siti Rahmawati, S.IP., M.Si. ' +
        'Pihak Pertama, Sekretaris KPU Provinsi Banten, Drs. Ahmad Fauzi, M.Si. NIP. 19650222 200701 1 005',
    );
  });
});

describe('Daftar Isi page numbers', () => {
  it('shows a same-width placeholder before the first print', () => {
    expect(view.daftarIsi.entri.every((e) => e.halaman === HALAMAN_SEMENTARA)).toBe(true);
  });

  it('shows the labels the print stage found, by heading id, and links each entry to its heading', () => {
    const input = renderInput();
    const ids = buildReportView(input).daftarIsi.entri.map((e) => e.id);
    input.pages = Object.fromEntries(ids.map((id, i) => [id, i < 5 ? ['i', 'ii', 'iv', 'v', 'vi'][i]! : String(i)]));
    const out = renderReport(input);
    expect(out).toContain(
      '<a href="#bab-1"><span class="nomor">BAB I</span> <span class="teks">PENDAHULUAN</span><span class="titik"></span><span class="halaman">5</span></a>',
    );
    expect(out).toContain(
      '<span class="teks">DAFTAR ISI</span><span class="titik"></span><span class="halaman">iv</span>',
    );
    for (const id of ids) expect(out).toContain(`id="${id}"`);
  });

  it('lists chapters, sections and the sasaran of BAB III', () => {
    const isi = view.daftarIsi.entri.map((e) => `${e.tingkat} ${e.nomor} ${e.teks}`.replace(/\s+/g, ' '));
    expect(isi).toContain('1 BAB III AKUNTABILITAS KINERJA');
    expect(isi).toContain('2 A. Capaian Kinerja Organisasi');
    expect(isi).toContain('3 1. Sasaran Strategis: Meningkatnya partisipasi masyarakat dalam pemilu dan pemilihan');
  });
});
