/**
 * End to end, as a user runs it: the shipped CLI read the real sample workbooks and real Chromium printed the PDF
 * (the run's shared build, test/helpers/global-setup.ts); the PDF and the dataset are read back.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../schemas/dataset.ts';
import { readPdf, type PdfContent } from '../helpers/read-pdf.ts';
import { copySample, runCli, type CliRun } from '../helpers/run-cli.ts';
import { sharedSample } from '../helpers/shared-sample.ts';

const angka = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const persen = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const work = await sharedSample();
const first: CliRun = work.run;
let pdf: PdfContent;
let dataset: Dataset;

beforeAll(async () => {
  const files = await readdir(work.output).catch(() => []);
  const json = files.find((f) => f.endsWith('.json'));
  const pdfFile = files.find((f) => f.endsWith('.pdf'));
  if (first.code === 0 && json && pdfFile) {
    pdf = await readPdf(await readFile(join(work.output, pdfFile)));
    dataset = JSON.parse(await readFile(join(work.output, json), 'utf8')).dataset;
  }
});

describe('building the sample report', () => {
  it('exits 0 and writes the PDF, its HTML and the dataset, named after satker and year', async () => {
    expect(first.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(first.code).toBe(0);
    expect((await readdir(work.output)).sort()).toEqual([
      'LKj-Sekretariat-KPU-Provinsi-Banten-2024-draf-ke-1.html',
      'LKj-Sekretariat-KPU-Provinsi-Banten-2024-draf-ke-1.json',
      'LKj-Sekretariat-KPU-Provinsi-Banten-2024-draf-ke-1.pdf',
      'LKj-Sekretariat-KPU-Provinsi-Banten-2024-lembar-reviu.html',
      'pemeriksaan',
      'riwayat',
    ]);
    expect(first.stderr).toMatch(/\d+ buku kerja dibaca · 0 galat · \d+ peringatan · \d+ halaman/);
  });

  it('prints every IKU with its target, realisasi and capaian in Indonesian format on its row', () => {
    const indicators = dataset.sasaran.flatMap((s) => s.indikator);
    expect(indicators.length).toBeGreaterThanOrEqual(8);
    const lines = pdf.pages.join('\n').split('\n');
    for (const ind of indicators) {
      const rows = lines.filter((l) => l.includes(ind.kode));
      expect(rows.length, `${ind.kode} appears in a table`).toBeGreaterThan(0);
      const target = typeof ind.target === 'number' ? angka.format(ind.target) : `${angka.format(ind.target.min)}`;
      const realisasi = ind.realisasi === null ? 'belum diisi' : angka.format(ind.realisasi);
      const capaian = ind.capaian.status === 'terhitung' ? persen.format(ind.capaian.nilai) : '';
      const row = rows.find((l) => l.includes(target) && l.includes(realisasi) && l.includes(capaian));
      expect(
        row,
        `${ind.kode}: a row with ${target} · ${realisasi} · ${capaian} in:\n${rows.join('\n')}`,
      ).toBeDefined();
    }
  });

  it('prints the real Pilgub Banten 2024 figure: 66,05 of 77,5 is a capaian of 85,23', () => {
    const text = pdf.pages.join('\n');
    expect(text).toContain('66,05');
    expect(text).toContain('85,23');
  });
});

describe('akuntabilitas keuangan: DIPA beside hibah, and jenis belanja (issue 13)', () => {
  const uang = (n: number) => angka.format(Math.round(n));
  // The last page with the caption: the first is Daftar Tabel.
  const page = (needle: string) => [...pdf.pages].reverse().find((p) => p.includes(needle)) ?? '';

  it('prints each source of funds on its row, and the sum of both', () => {
    const table = page('Realisasi Anggaran per Sumber Dana Tahun 2024');
    const { sumberDana, gabungan } = dataset.anggaran;
    expect(sumberDana.map((s) => s.kode)).toEqual(['RM', 'HIBAH']);
    for (const s of sumberDana) expect(table).toContain(`${s.nama} ${uang(s.pagu)} ${uang(s.realisasi)}`);
    expect(table).toContain(`Jumlah ${uang(gabungan!.pagu)} ${uang(gabungan!.realisasi)}`);
    expect(gabungan!.pagu).toBe(sumberDana[0]!.pagu + sumberDana[1]!.pagu);
  });

  it('states the Pilgub 2024 hibah with its NPHD, the year and what remains', () => {
    const h = dataset.hibah[0]!;
    const text = pdf.pages.join('\n');
    expect(text).toContain('CONTOH/001/NPHD-KPU.BTN/XI/2023');
    const table = page('Dana Hibah dan Realisasinya sampai dengan Tahun 2024');
    expect(table).toContain(`${uang(h.jumlah)} ${uang(h.realisasiSebelumnya)} ${uang(h.realisasi)} ${uang(h.sisa)}`);
    expect(h.sisa).toBe(h.jumlah - h.realisasiSebelumnya - h.realisasi);
    // The Ikhtisar Eksekutif names it too, apart from the DIPA.
    expect(pdf.pages.slice(0, 5).join(' ').replace(/\s+/g, ' ')).toMatch(
      /Realisasi anggaran DIPA mencapai .* Di luar DIPA, Hibah Pemilihan Gubernur dan Wakil Gubernur Banten Tahun 2024 terealisasi Rp/,
    );
  });

  it('prints realisasi per jenis belanja (51, 52, 53) per source, adding up to the total', () => {
    const all = dataset.anggaran.gabungan!;
    expect(all.jenisBelanja.map((j) => j.nama)).toEqual(['Belanja Pegawai', 'Belanja Barang', 'Belanja Modal']);
    expect(all.jenisBelanja.reduce((a, j) => a + j.realisasi, 0)).toBe(all.realisasi);
    const text = pdf.pages.join('\n');
    for (const j of all.jenisBelanja)
      expect(text).toContain(`${j.kode} ${j.nama} ${uang(j.pagu)} ${uang(j.realisasi)}`);
    expect(text).toMatch(/terdiri atas Belanja Barang Rp/);
  });
});

describe('print slips a Kepala Bagian circles (issue 13)', () => {
  it('never ends a line with "Rp": the amount stays with its currency', () => {
    const ends = pdf.pages.flatMap((p, i) =>
      p
        .split('\n')
        .filter((l) => /(^|\s)-?Rp$/.test(l.trim()))
        .map((l) => `hal. ${i + 1}: ${l}`),
    );
    expect(ends).toEqual([]);
  });

  it('breaks no column heading inside a word ("Realisas" / "i")', () => {
    const headings = ['Realisasi', 'Capaian', 'Kategori', 'Indikator', 'Keterangan', 'Serapan'];
    const words = new Set(pdf.pages.join('\n').split(/\s+/));
    const cut = headings.flatMap((h) => [...words].filter((w) => w.length >= 4 && h.startsWith(w) && w !== h));
    expect(cut).toEqual([]);
  });

  it('prints satuan by one rule: no "95 nilai", no lower-case "60 orang", % glued to its number', () => {
    const text = pdf.pages.join('\n');
    expect(text).not.toMatch(/\d nilai\b|\d orang\b|\d %/);
    expect(text).toContain('60 Orang');
  });

  it('says why Tabel 2.1 and Tabel 2.2 look alike', () => {
    expect(pdf.pages.join(' ').replace(/\s+/g, ' ')).toContain(
      'Karena tahun 2024 adalah tahun terakhir Renstra, kedua tabel memuat indikator dan target yang sama.',
    );
  });

  it('truncates no chart label: every program and kegiatan name is printed whole beside its bar, no "…"', () => {
    const chart = [...pdf.pages].reverse().find((p) => p.includes('Serapan Anggaran per Program dan Kegiatan')) ?? '';
    expect(pdf.pages.filter((p) => p.includes('…') && !p.includes('DAFTAR'))).toEqual([]);
    const words = new Set(chart.split(/\s+/));
    for (const p of dataset.anggaran.program) {
      for (const nama of [p.nama, ...p.kegiatan.map((k) => k.nama)]) {
        expect(
          nama.split(/\s+/).filter((w) => !words.has(w)),
          nama,
        ).toEqual([]);
      }
    }
  });
});

describe('the organisation chart in Bab I D as a picture (issue 13)', () => {
  it('prints the chart as Gambar 1.1 under Struktur Organisasi, listed in Daftar Gambar', () => {
    const daftar = pdf.pages.find((p) => p.includes('DAFTAR GAMBAR') && p.includes('Gambar 3.1')) ?? '';
    const entry = daftar
      .split('\n')
      .find((l) => l.includes('Gambar 1.1 Struktur Organisasi KPU Provinsi Banten (ilustrasi)'));
    expect(entry).toBeDefined();
    const halaman = entry!.trim().split(' ').at(-1);
    const page = pdf.pages.findIndex(
      (p) => p.includes('Gambar 1.1 Struktur Organisasi') && !p.includes('DAFTAR GAMBAR'),
    );
    // The chart's own words (SVG text) are on the same page as its caption.
    expect(pdf.pages[page]).toContain('Ketua merangkap Anggota');
    expect(pdf.pages[page]).toContain('ILUSTRASI');
    expect(pdf.pages[page]!.split('\n').map((l) => l.trim())).toContain(halaman);
  });

  it('refuses a picture from the web with exit 1, naming the file, and fetches nothing', async () => {
    const copy = await copySample();
    try {
      const md = join(copy.inputs, 'narasi', 'struktur-organisasi.md');
      await writeFile(md, `${await readFile(md, 'utf8')}\n![Logo](https://example.com/logo.png)\n`);
      const run = await runCli(['--inputs', copy.inputs, '--output', copy.output, '--check']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('narasi/struktur-organisasi.md');
      expect(run.stderr).toContain('"https://example.com/logo.png" bukan berkas di folder inputs/narasi/');
    } finally {
      await rm(copy.dir, { recursive: true, force: true });
    }
  });
});

describe('Lampiran real KPU LKj carry, with their true pages (issue 13)', () => {
  const label = (p: string) =>
    p
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^([ivxlc]+|\d+)$/.test(l))
      .at(-1) ?? '';
  // A Daftar Isi line holds number, title and page on one line; the heading itself prints number and title apart.
  const daftarIsi = () => pdf.pages.join('\n');

  it.each([
    ['LAMPIRAN 4', 'PENGUKURAN KINERJA TAHUN 2024'],
    ['LAMPIRAN 5', 'PERJANJIAN KINERJA TAHUN 2025'],
    ['LAMPIRAN 6', 'RENCANA AKSI TAHUN 2025'],
    ['LAMPIRAN 7', 'TINDAK LANJUT REKOMENDASI HASIL EVALUASI SAKIP'],
    ['LAMPIRAN 8', 'SUMBER DATA'],
  ])('%s %s is listed in Daftar Isi with the page it is printed on', (nomor, judul) => {
    const entry = daftarIsi()
      .split('\n')
      .find((l) => new RegExp(`^${nomor} ${judul} \\d+$`).test(l.trim()));
    expect(entry, `${nomor} in Daftar Isi`).toBeDefined();
    const printed = pdf.pages.find((p) => p.includes(`${nomor}\n${judul}`));
    expect(printed, `${nomor} printed`).toBeDefined();
    expect(entry!.split(' ').at(-1)).toBe(label(printed!));
  });

  it('measures each indicator in the Formulir Pengukuran Kinerja and each PK program against its realisasi', () => {
    const form = pdf.pages.filter((p) => p.includes('Pengukuran Kinerja: ') && !p.includes('DAFTAR TABEL')).join('\n');
    for (const i of dataset.sasaran.flatMap((s) => s.indikator)) expect(form).toContain(i.kode);
    const wa = dataset.anggaran.program.find((p) => p.kode === '076.01.WA')!;
    expect(form).toMatch(new RegExp(`076\\.01\\.WA Program Dukungan Manajemen [\\d.]+ ${angka.format(wa.realisasi)}`));
  });

  it('prints the follow-up of each SAKIP recommendation with its status', () => {
    const page =
      [...pdf.pages].reverse().find((p) => p.includes('Tindak Lanjut Rekomendasi Hasil Evaluasi SAKIP Tahun 2023')) ??
      '';
    expect(page).toContain('CONTOH/LHE-SAKIP/IU/V/2024');
    expect(page.match(/Selesai/g)).toHaveLength(2);
    expect(page).toContain('Dalam');
  });
});
