/** Render-level checks of the parts KPU reports carry beyond the sistematika (issue 13). */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { bedaRenstraPk } from '../../pipeline/render/view-bab2.ts';
import { denganSatuan } from '../../pipeline/render/view-pk.ts';
import { renderInput } from '../fixtures/dataset.ts';
import { evaluasiSakipSchema } from '../../schemas/evaluasi-sakip.ts';
import { ikuBerikutSchema } from '../../schemas/iku-berikut.ts';
import { prestasiSchema } from '../../schemas/prestasi.ts';
import { htmlText, tableRows } from './html-table.ts';

const kataPengantar = (html: string) =>
  htmlText(html.slice(html.indexOf('id="kata-pengantar"'), html.indexOf('id="ikhtisar-eksekutif"')));

describe('Kata Pengantar signer', () => {
  it('is the Sekretaris with the NIP by default', () => {
    expect(kataPengantar(renderReport(renderInput('draf')))).toContain(
      'Sekretaris KPU Provinsi Banten, Drs. Ahmad Fauzi, M.Si. NIP. 19650222 200701 1 005',
    );
  });

  it('is the Ketua, without a NIP, when laporan.yaml says so', () => {
    const input = renderInput('draf');
    input.reference.config.penandatangan.kataPengantar = 'ketua';
    const text = kataPengantar(renderReport(input));
    expect(text).toContain('Serang, 15 Januari 2025 Ketua KPU Provinsi Banten, Siti Rahmawati, S.IP., M.Si.');
    expect(text).not.toContain('NIP');
    expect(text).not.toContain('Ahmad Fauzi');
  });
});

describe('Lampiran real KPU LKj carry (issue 13)', () => {
  const input = renderInput('draf');
  input.reference.evaluasiSakip = evaluasiSakipSchema.parse({
    tahunDievaluasi: 2023,
    lhe: { nomor: 'LHE/1', tanggal: '2024-05-20', evaluator: 'Inspektorat Utama KPU' },
    nilai: 71.2,
    predikat: 'BB',
    rekomendasi: [
      { rekomendasi: 'Perbaiki IKU', tindakLanjut: 'IKU direviu', status: 'selesai', bukti: 'Manual IKU' },
      { rekomendasi: 'Pantau Rencana Aksi', tindakLanjut: 'Rapat triwulanan', status: 'dalam-proses' },
    ],
  });
  input.reference.prestasi = prestasiSchema.parse({
    prestasi: [{ nama: 'Penghargaan keterbukaan informasi', pemberi: 'Komisi Informasi', tanggal: '2024-12-10' }],
  });
  input.reference.ikuBerikut = ikuBerikutSchema.parse({
    ...input.reference.iku,
    tahun: 2025,
    sasaranStrategis: [{ kode: 'BARU', nama: 'Sasaran Renstra baru' }],
    indikator: [
      { ...input.reference.iku.indikator[0]!, sasaran: 'BARU', target: 90, targetTriwulan: [null, 30, 60, 90] },
    ],
  });
  const html = renderReport(input);
  const daftarIsi = htmlText(html.slice(html.indexOf('id="daftar-isi"'), html.indexOf('id="daftar-tabel"')));

  it('lists each new Lampiran in Daftar Isi, numbered after Lampiran 3, Sumber Data last', () => {
    expect(daftarIsi).toMatch(
      /LAMPIRAN 3 METODE .*LAMPIRAN 4 PENGUKURAN KINERJA TAHUN 2024 .*LAMPIRAN 5 PERJANJIAN KINERJA TAHUN 2025 .*LAMPIRAN 6 RENCANA AKSI TAHUN 2025 .*LAMPIRAN 7 TINDAK LANJUT REKOMENDASI HASIL EVALUASI SAKIP .*LAMPIRAN 8 PRESTASI DAN PENGHARGAAN .*LAMPIRAN 9 SUMBER DATA/,
    );
  });

  it('measures every indicator and program in the Formulir Pengukuran Kinerja', () => {
    const rows = tableRows(html, 'tabel-pengukuran');
    expect(rows).toHaveLength(8);
    expect(rows[0]).toBe(
      '1 | Meningkatnya partisipasi masyarakat dalam pemilu dan pemilihan | IKU-01 Tingkat partisipasi pemilih pada Pemilu Tahun 2024 | % | 77,50 | 82,50 | 100,00*',
    );
    expect(tableRows(html, 'tabel-pengukuran-program').at(-1)).toBe(
      'Jumlah | 104.734.936.307 | 100.417.114.097 | 95,88',
    );
  });

  it('prints next year’s PK under the sasaran its file names, and its Rencana Aksi', () => {
    expect(tableRows(html, 'tabel-ra-berikut')).toEqual([
      '1 | Sasaran Renstra baru | IKU-01 Tingkat partisipasi pemilih pada Pemilu Tahun 2024 | % | 90 | – | 30 | 60 | 90',
    ]);
    expect(htmlText(html)).toContain('Nama Kelembagaan : Sekretariat KPU Provinsi Banten Tahun : 2025');
  });

  it('prints the follow-up of the SAKIP evaluation with its status, and the awards', () => {
    expect(tableRows(html, 'tabel-tindak-lanjut')).toEqual([
      '1 | Perbaiki IKU | IKU direviu | Selesai | Manual IKU',
      '2 | Pantau Rencana Aksi | Rapat triwulanan | Dalam proses | –',
    ]);
    expect(htmlText(html)).toContain(
      'Laporan Hasil Evaluasi Nomor LHE/1 tanggal 20 Mei 2024, nilai 71,2 dengan predikat BB. Dari 2 rekomendasi, 1 telah selesai',
    );
    expect(tableRows(html, 'tabel-prestasi')).toEqual([
      '1 | Penghargaan keterbukaan informasi | Komisi Informasi | 10 Desember 2024 | –',
    ]);
  });

  it('leaves them out when the files are not there (only the Pengukuran Kinerja is always printed)', () => {
    const plain = renderReport(renderInput('draf'));
    expect(plain).not.toContain('<table class="tabel tabel-tindak-lanjut"');
    expect(plain).not.toContain('TAHUN 2025');
  });

  it('does not send the reader of Lampiran 3 to Lampiran 3', () => {
    const lampiran3 = html.slice(html.indexOf('id="lampiran-3"'), html.indexOf('id="lampiran-pengukuran"'));
    expect(lampiran3).not.toContain('Lampiran 3');
    expect(html.slice(html.indexOf('id="bab-3"'), html.indexOf('id="bab-4"'))).toContain(
      'Rumus setiap indikator terdapat pada Lampiran 3.',
    );
  });

  it('wraps a capaian in words inside its column in Lampiran 2', () => {
    expect(html).toMatch(/<td class="angka capaian-kata"[^>]*>tidak dapat dihitung<\/td>/);
  });
});

describe('satuan printed by one rule in the PK', () => {
  it('puts % on a % target without a space, capitalises a counted unit and prints a score alone', () => {
    expect(denganSatuan(100, '%')).toBe('100%');
    expect(denganSatuan(60, 'orang')).toBe('60 Orang');
    expect(denganSatuan(24, 'Kali')).toBe('24 Kali');
    expect(denganSatuan(95, 'nilai', '95,00')).toBe('95,00');
    expect(denganSatuan({ min: 70, max: 80 }, 'Indeks')).toBe('70–80');
  });

  it('says why Tabel 2.1 and Tabel 2.2 look alike, naming a target the PK moved', () => {
    const input = renderInput('draf');
    const text = htmlText(renderReport(input));
    expect(text).toContain(
      'Tabel 2.1 memuat target akhir periode Renstra (tahun 2024), sedangkan Tabel 2.2 memuat target yang diperjanjikan untuk tahun 2024.',
    );
    const ref = {
      ...input.reference,
      iku: {
        ...input.reference.iku,
        indikator: input.reference.iku.indikator.map((i, n) => (n === 0 ? { ...i, target: 75 } : i)),
      },
    };
    expect(bedaRenstraPk(ref, 'Tabel 2.1', 'Tabel 2.2')).toMatch(
      /kecuali IKU-01 \(Renstra 77,5, PK 75\), yang targetnya disesuaikan/,
    );
  });
});
