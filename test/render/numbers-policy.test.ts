/**
 * Issue 9 in the rendered report: the three outcomes in every table and chart, the `*` of a capped capaian wherever
 * it is printed, a chart that stays readable without the cap, and sentences with the tables' digits.
 */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { chartCapaian } from '../../pipeline/render/charts/chart-capaian.ts';
import { renderInput } from '../fixtures/dataset.ts';
import { htmlText, tableRows } from './html-table.ts';

const html = renderReport(renderInput('draf'));
/** The part of the report from the heading with this id to the next sasaran. */
const bagian = (id: string): string => html.slice(html.indexOf(`id="${id}"`));

describe('a capped capaian carries its * wherever it is printed (fixture IKU-01: 106,45 raw)', () => {
  it('T4, T5 and T7 of sasaran 1, each with the note naming the raw value', () => {
    const s1 = bagian('bab-3-a-1-b');
    expect(tableRows(s1, 'tabel-t4')[0]).toContain('| 100,00* |');
    expect(tableRows(bagian('bab-3-a-1-c'), 'tabel-t5')[0]).toContain('| 100,00* |');
    expect(tableRows(bagian('bab-3-a-1-f'), 'tabel-t7')[0]).toMatch(/^IKU-01 .* \| 100,00\* \|/);
    expect(htmlText(s1.slice(0, s1.indexOf('id="bab-3-a-1-d"')))).toContain(
      'Nilai sebelum dibatasi: IKU-01 2024 106,45.',
    );
  });
  it('Lampiran 2 and both capaian charts', () => {
    expect(tableRows(html, 'tabel-rencana-aksi')[0]).toContain('| 100,00* |');
    const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs.filter((s) => s.includes('100,00*'))).toHaveLength(2);
  });
});

describe('the three outcomes, apart, with their reason', () => {
  it('T3.1: a sasaran with one indicator not filled and one not computable is "belum diisi"', () => {
    expect(tableRows(html, 'tabel-ringkasan')[2]).toBe(
      '3 | Meningkatnya kepastian hukum penyelenggaraan pemilu dan pemilihan | 2 | belum diisi 1 indikator belum diisi; 1 indikator tidak dapat dihitung',
    );
  });
  it('T4: each year without a number says which outcome and why', () => {
    const s3 = bagian('bab-3-a-3-b');
    expect(tableRows(s3, 'tabel-t4')[0]).toContain('| belum diisi | belum diisi |');
    expect(tableRows(s3, 'tabel-t4')[1]).toContain('| belum diisi | tidak dapat dihitung |');
    const notes = htmlText(s3.slice(0, s3.indexOf('id="bab-3-a-3-c"')));
    expect(notes).toContain(
      'IKU-05 2024: capaian belum diisi; realisasi tidak diisi pada lembar Capaian (divisi-hukum.xlsx).',
    );
    expect(notes).toContain('IKU-06 2024: capaian tidak dapat dihitung; target 0: rumus (2 − R/T) membagi dengan nol.');
  });
  it('T5 and T7: the status in words; T7 leaves the budget of an indicator out of the mean out of the sasaran row', () => {
    expect(tableRows(bagian('bab-3-a-3-c'), 'tabel-t5')[0]).toContain(
      '| belum diisi | Capaian belum diisi: realisasi tidak diisi',
    );
    const t7 = tableRows(bagian('bab-3-a-3-f'), 'tabel-t7');
    expect(t7[0]).toMatch(
      /^IKU-05 .* \| belum diisi \| 2\.500\.000\.000 \| .* \| – \| Tidak ikut dihitung: capaian belum diisi$/,
    );
    expect(t7[1]).toMatch(/\| tidak dapat dihitung \| .* \| Tidak ikut dihitung: capaian tidak dapat dihitung$/);
    expect(t7[2]).toMatch(
      /^Sasaran strategis: .* \| belum diisi \| – \| – \| – \| – \| Tidak ada anggaran yang ditautkan$/,
    );
    expect(htmlText(bagian('bab-3-a-3-f'))).toContain(
      'tidak ikut dihitung karena capaiannya tidak ikut dirata-ratakan',
    );
  });
  it('Bab IV and the Ikhtisar name the indicators not filled', () => {
    expect(htmlText(bagian('bab-4'))).toContain('realisasi IKU-05 belum diisi; capaian IKU-06 tidak dapat dihitung.');
    expect(htmlText(bagian('ikhtisar-eksekutif'))).toContain('1 indikator belum diisi (IKU-05)');
  });
});

describe("sentences show the tables' digits", () => {
  it('the overall capaian reads the same in the Ikhtisar, T3.1 and Bab IV', () => {
    const row = tableRows(html, 'tabel-ringkasan').at(-1)!;
    const angka = /\| ([\d.,]+) \|/.exec(row)?.[1];
    expect(angka).toMatch(/^\d+,\d\d$/);
    expect(htmlText(bagian('ikhtisar-eksekutif'))).toContain(`adalah ${angka}% dengan kategori`);
    expect(htmlText(bagian('bab-4'))).toContain(`adalah ${angka}% dengan kategori`);
  });
});

describe('with the cap off, the capaian chart stays readable', () => {
  it('cuts a 2.000% bar at 200 and labels it with its real value', () => {
    const input = renderInput();
    const ind = input.dataset.sasaran[0]!.indikator[0]!;
    ind.capaian = { status: 'terhitung', nilai: 2000, nilaiMentah: 2000, kategori: 'Sangat Berhasil' };
    const svg = chartCapaian('g', 'Gambar', input.dataset);
    expect(svg).toContain('2.000,00');
    expect(svg).toContain('(terpotong)');
    expect(svg).toMatch(/>200</);
    expect(svg).not.toMatch(/>2\.0[0-9]0</);
  });
});

describe('a category read from the raw value (kategoriDari: mentah)', () => {
  it('names the raw mean next to every printed mean whose category it decided', () => {
    const input = renderInput();
    input.reference.config.kebijakan.kategoriDari = 'mentah';
    const out = renderReport(input);
    const s1 = input.dataset.sasaran[0]!.capaian;
    const all = input.dataset.capaianKeseluruhan;
    if (s1.status !== 'terhitung' || all.status !== 'terhitung') throw new Error('fixture changed');
    // Fixture sasaran 1: IKU-01 106,45 raw (100 printed) and IKU-02 80,55 → printed mean 90,27, raw mean 93,50.
    expect(htmlText(out)).toContain(
      'Kategori rata-rata ditentukan dari rata-rata capaian sebelum dibatasi: Sasaran 1 93,50;',
    );
    expect(htmlText(out)).toMatch(/adalah \d+,\d\d% \(sebelum dibatasi \d+,\d\d%\) dengan kategori/);
    expect(htmlText(html)).not.toContain('sebelum dibatasi: Sasaran 1');
  });
});
