import { describe, expect, it } from 'vitest';
import { loadAssets } from '../../pipeline/render/assets.ts';
import { buildReportView } from '../../pipeline/render/build-view.ts';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { reportTemplate } from '../../pipeline/render/templates.ts';
import { renderInput } from '../fixtures/dataset.ts';
import { htmlText, tableRows } from './html-table.ts';

const html = renderReport(renderInput('draf'));

describe('T1 in the Ikhtisar Eksekutif', () => {
  it('has every IKU with formatted target, realisasi, capaian and kategori, grouped by sasaran', () => {
    expect(tableRows(html, 'tabel-t1')).toEqual([
      '1 | Meningkatnya partisipasi masyarakat dalam pemilu dan pemilihan | IKU-01 Tingkat partisipasi pemilih pada Pemilu Tahun 2024 | % | 77,50 | 82,50 | 100,00* | Sangat Berhasil',
      'IKU-02 Tingkat partisipasi pemilih pada Pemilihan Gubernur dan Wakil Gubernur Banten Tahun 2024 | % | 82,00 | 66,05 | 80,55 | Berhasil',
      '2 | Meningkatnya kualitas data pemilih | IKU-03 Persentase pemilih yang berhak memilih tetapi tidak terdaftar dalam daftar pemilih | % | 0,2 | 0,2 | 100,00 | Sangat Berhasil',
      'IKU-04 Indeks kepuasan layanan informasi publik | Indeks | 3,52 | 3,00 | 85,23 | Sangat Berhasil',
      '3 | Meningkatnya kepastian hukum penyelenggaraan pemilu dan pemilihan | IKU-05 Persentase sengketa proses pemilihan yang diselesaikan | % | 100 | – | belum diisi Realisasi tidak diisi pada lembar Capaian (divisi-hukum.xlsx).',
      'IKU-06 Jumlah penyelenggara yang terbukti melanggar kode etik | Orang | 0 | 2 | tidak dapat dihitung Target 0: rumus (2 − R/T) membagi dengan nol.',
      '4 | Meningkatnya kualitas tata kelola organisasi dan anggaran | IKU-07 Jumlah laporan sistem akuntansi dan pelaporan keuangan | Lap | 2 | 2 | 100,00 | Sangat Berhasil',
      'IKU-08 Nilai hasil evaluasi SAKIP | Nilai | 70,0–80,0 | 68,4 | 97,71 | Sangat Berhasil',
    ]);
  });

  it('summarises the overall capaian and category in words', () => {
    const text = htmlText(html);
    expect(text).toContain(
      'capaian kinerja Sekretariat KPU Provinsi Banten Tahun 2024 adalah 93,92% dengan kategori Sangat Berhasil',
    );
    expect(text).toContain(
      '1 indikator tidak dapat dihitung capaiannya (IKU-06), dan 1 indikator belum diisi (IKU-05)',
    );
    expect(text).toContain(
      'Realisasi anggaran mencapai Rp 100.417.114.097,00 dari pagu Rp 104.734.936.307,00 (95,88%)',
    );
  });

  it('prints the category legend and explains the capped capaian', () => {
    expect(tableRows(html, 'legenda-tabel')).toEqual([
      '85 ke atas | Sangat Berhasil',
      '70 s.d. kurang dari 85 | Berhasil',
      '55 s.d. kurang dari 70 | Cukup Berhasil',
      'kurang dari 55 | Tidak Berhasil',
    ]);
    expect(htmlText(html)).toContain(
      '*) Capaian di atas 100 dicantumkan sebagai 100 sesuai kebijakan laporan. Nilai sebelum dibatasi: IKU-01 106,45.',
    );
    expect(htmlText(html)).toContain('Capaian sebenarnya 106,45%; dalam tabel dicantumkan 100,00%*');
  });
});

describe('BAB III', () => {
  it('gives each sasaran its T3 with the mean capaian as last row', () => {
    const t3 = html.split('id="bab-3-a-1-a"')[1]!;
    expect(tableRows(t3, 'tabel-t3').at(-1)).toBe('Rata-rata capaian sasaran | 90,27 | Sangat Berhasil');
    const t3Sasaran3 = html.split('id="bab-3-a-3-a"')[1]!;
    expect(tableRows(t3Sasaran3, 'tabel-t3').at(-1)).toBe(
      // IKU-05 not filled, IKU-06 cannot be computed: the sasaran waits for data, so it is "belum diisi".
      'Rata-rata capaian sasaran | belum diisi 1 indikator belum diisi; 1 indikator tidak dapat dihitung',
    );
  });

  it('shows a missing analysis as a visible gap naming the unit', () => {
    expect(htmlText(html)).toContain(
      '[belum diisi] Analisis indikator ini belum disampaikan oleh Divisi Hukum dan Pengawasan.',
    );
  });

  it('prints the formula of a lower-is-better indicator', () => {
    expect(htmlText(html)).toContain(
      'Semakin rendah semakin baik; capaian = (2 − realisasi ÷ target) × 100, paling rendah 0.',
    );
  });

  it('lists programs in bold rows with their kegiatan, and the total (T8)', () => {
    const rows = tableRows(html, 'tabel-t8');
    expect(rows[0]).toBe(
      '076.01.WA | Program Dukungan Manajemen | 38.512.400.000 | 37.112.639.472 | 96,37 | 1.399.760.528',
    );
    expect(rows[1]).toBe(
      '2757 | Perencanaan, Data dan Informasi | 4.215.600.000 | 4.011.873.450 | 95,17 | 203.726.550',
    );
    expect(rows.at(-1)).toBe('Jumlah | 104.734.936.307 | 100.417.114.097 | 95,88 | 4.317.822.210');
    expect(html).toContain('<tr class="program"><td class="kode">076.01.CQ</td>');
    expect(html.match(/<tr class="kegiatan">/g)).toHaveLength(6);
  });

  it('signs the Kata Pengantar: place and date, position, name, grouped NIP', () => {
    const kataPengantar = html.slice(html.indexOf('id="kata-pengantar"'), html.indexOf('id="ikhtisar-eksekutif"'));
    expect(htmlText(kataPengantar)).toContain(
      'Serang, 15 Januari 2025 Sekretaris KPU Provinsi Banten, Drs. Ahmad Fauzi, M.Si. NIP. 19650222 200701 1 005',
    );
  });
});

describe('safety of workbook text', () => {
  it('escapes analysis text that looks like HTML', () => {
    const input = renderInput();
    input.dataset.sasaran[0]!.indikator[0]!.analisis!.penyebab = '<script>alert(1)</script>';
    const out = renderReport(input);
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('cannot close the page-style element from a configuration value', () => {
    const input = renderInput();
    input.reference.config.satker = 'Satker</style><script>x()</script>';
    const out = renderReport(input);
    expect(out).not.toContain('<script');
    // Three in <head>, one in each chart's SVG (ECharts' hover styles).
    expect(out.match(/<\/style>/g)).toHaveLength(3 + 3);
  });

  it('loads nothing from outside: every src and url() is a data: URI', () => {
    const refs = [...html.matchAll(/(?:src="|url\()([^")]+)/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(8);
    expect(refs.filter((r) => !r.startsWith('data:'))).toEqual([]);
  });
});

describe('strictness', () => {
  it('throws when a template names a field the view lacks', () => {
    const { judul: _judul, ...view } = buildReportView(renderInput());
    expect(() => reportTemplate()({ ...view, aset: loadAssets() })).toThrow(/"judul" not defined/);
  });

  it('is strict inside partials too', () => {
    const view = buildReportView(renderInput());
    const { nama: _nama, ...tandaTangan } = view.kataPengantar.tandaTangan;
    const kataPengantar = { ...view.kataPengantar, tandaTangan };
    expect(() => reportTemplate()({ ...view, kataPengantar, aset: loadAssets() })).toThrow(/"nama" not defined/);
  });

  it('throws, naming the path, when the input leaves a hole in the view', () => {
    const input = renderInput();
    delete (input.dataset.sasaran[1]!.indikator[0] as { satuan?: string }).satuan;
    expect(() => renderReport(input)).toThrow('ikhtisar.tabel.baris[1].baris[0].satuan tidak terdefinisi');
  });
});

describe('draft and final', () => {
  it('marks a draft with a watermark and the build time and fingerprint', () => {
    expect(html).toContain('<div class="draf-watermark" aria-hidden="true">DRAF</div>');
    expect(html).toContain('disusun 10 Januari 2025 14.05 WIB · kode berkas 3f9a2c1e');
  });

  it('leaves both out of the final report, which closes with the fingerprint alone', () => {
    const final = renderReport(renderInput('final'));
    expect(final).not.toContain('draf-watermark"');
    expect(final.split('3f9a2c1e').length - 1).toBe(1);
    expect(final).toContain('<p class="sidik-final">Kode berkas masukan laporan ini: 3f9a2c1e (SHA-256');
    expect(final).toContain('content: "Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024"');
  });
});
