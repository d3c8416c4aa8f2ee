/**
 * Every capaian figure of the sample PDF against a recomputation made here, from the workbooks and the YAML files,
 * without the pipeline's reader, merge or formatter: the cells are read with exceljs, the formulas of the README
 * (R/T; 2-R/T floored at 0; T/R held to 200; cap at 100) are written out again, and the PDF is read back as text.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPdf, type PdfContent } from '../helpers/read-pdf.ts';
import { sharedSample } from '../helpers/shared-sample.ts';

interface Iku {
  kode: string;
  sasaran: string;
  arah: 'naik' | 'turun';
  agregasi: string;
  rumus?: string;
  target: number;
}
interface Hitung {
  kode: string;
  sasaran: string;
  nilai: number;
  mentah: number;
}

const work = await sharedSample();
let pdf: PdfContent;
let hitung: Hitung[];
let kebijakan: { batasCapaian100: boolean; skalaKategori: { min?: number; label: string }[] };
let sasaranKode: string[];

/** Two decimals, Indonesian, as a table cell shows a percentage. */
const dua = (n: number): string => n.toFixed(2).replace('.', ',');
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const kategori = (n: number): string =>
  [...kebijakan.skalaKategori].sort((a, b) => (b.min ?? -1e9) - (a.min ?? -1e9)).find((b) => n >= (b.min ?? -1e9))
    ?.label ?? '';

/** A number cell as the user meant it: a cell formatted as percent holds a fraction. */
function nilaiSel(cell: ExcelJS.Cell): number | null {
  const v = cell.value;
  if (typeof v !== 'number') return null;
  return typeof cell.numFmt === 'string' && cell.numFmt.includes('%') ? v * 100 : v;
}

/** Every row of every workbook's Capaian sheet: IKU code → quarters and annual realisasi. */
async function bacaRealisasi(dir: string): Promise<Map<string, { tw: (number | null)[]; tahunan: number | null }>> {
  const out = new Map<string, { tw: (number | null)[]; tahunan: number | null }>();
  for (const f of (await readdir(dir)).filter((n) => n.endsWith('.xlsx'))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, f));
    const ws = wb.getWorksheet('Capaian');
    if (!ws) continue;
    let kolom: Record<string, number> = {};
    ws.eachRow((row) => {
      const teks = (c: number) => String(row.getCell(c).value ?? '').trim();
      if (teks(1) === 'Kode IKU') {
        kolom = Object.fromEntries(Array.from({ length: row.cellCount }, (_, i) => [teks(i + 1), i + 1]));
        return;
      }
      if (!/^IKU-\d+$/.test(teks(1)) || !kolom['Realisasi']) return;
      const tw = ['I', 'II', 'III', 'IV'].map((q) => nilaiSel(row.getCell(kolom[`Realisasi TW ${q}`] ?? 0)));
      out.set(teks(1), { tw, tahunan: nilaiSel(row.getCell(kolom['Realisasi']!)) });
    });
  }
  return out;
}

/** The README's formulas, written out again. */
function capaian(iku: Iku, r: number, rumusBawaan: string): number {
  const t = iku.target;
  if (iku.arah === 'naik') return (r / t) * 100;
  if ((iku.rumus ?? rumusBawaan) === 'T/R') return r === 0 ? 200 : Math.min(200, (t / r) * 100);
  return Math.max(0, (2 - r / t) * 100);
}

function tahunan(iku: Iku, x: { tw: (number | null)[]; tahunan: number | null }): number {
  if (x.tahunan !== null) return x.tahunan;
  const isi = x.tw.filter((v): v is number => v !== null);
  if (iku.agregasi === 'jumlah') return isi.reduce((a, b) => a + b, 0);
  if (iku.agregasi === 'rata-rata') return mean(isi);
  return isi.at(-1)!;
}

beforeAll(async () => {
  const files = await readdir(work.output);
  const pdfFile = files.find((f) => f.endsWith('.pdf'));
  if (work.run.code !== 0 || !pdfFile)
    throw new Error(`the sample did not build (exit ${work.run.code}):\n${work.run.stderr}`);
  pdf = await readPdf(await readFile(join(work.output, pdfFile)));
  const laporan = parse(await readFile(join(work.inputs, 'laporan.yaml'), 'utf8'));
  const ikuYaml = parse(await readFile(join(work.inputs, 'iku.yaml'), 'utf8')) as { indikator: Iku[] };
  const renstra = parse(await readFile(join(work.inputs, 'renstra.yaml'), 'utf8')) as { sasaran: { kode: string }[] };
  kebijakan = laporan.kebijakan;
  sasaranKode = renstra.sasaran.map((s) => s.kode);
  const realisasi = await bacaRealisasi(work.inputs);
  hitung = ikuYaml.indikator.map((iku) => {
    const mentah = capaian(iku, tahunan(iku, realisasi.get(iku.kode)!), laporan.kebijakan.rumusTurunDefault);
    return {
      kode: iku.kode,
      sasaran: iku.sasaran,
      mentah,
      nilai: kebijakan.batasCapaian100 ? Math.min(mentah, 100) : mentah,
    };
  });
});

/** The last page holding `needle` (the first is usually a Daftar). */
const halaman = (needle: string): string => [...pdf.pages].reverse().find((p) => p.includes(needle)) ?? '';

describe('the sample PDF against a recomputation from the workbooks', () => {
  it("T1: each indicator's capaian (with * when capped) and category", () => {
    const t1 = pdf.pages
      .filter((p) => p.includes('Ringkasan Capaian Indikator Kinerja Utama') || p.includes('Nilai sebelum dibatasi'))
      .join('\n');
    expect(hitung).toHaveLength(10);
    for (const h of hitung) {
      const teks = `${dua(h.nilai)}${h.mentah > h.nilai ? '*' : ''}`;
      const baris = t1.split('\n').find((l) => l.includes(`${h.kode} `));
      expect(baris, `${h.kode} in T1`).toContain(` ${teks} `);
      expect(baris).toContain(kategori(h.nilai).split(' ')[0]!);
    }
  });

  it('the footnote under T1 gives each capped indicator its raw value', () => {
    const capped = hitung.filter((h) => h.mentah > h.nilai).map((h) => `${h.kode} ${dua(h.mentah)}`);
    expect(capped.length).toBeGreaterThan(0);
    const teks = pdf.pages.slice(0, 8).join(' ').replace(/\s+/g, ' ');
    expect(teks).toContain(`Nilai sebelum dibatasi: ${capped.join('; ')}.`);
  });

  it('T3.1: each sasaran is the mean of its indicators, and the overall the mean of the sasaran', () => {
    const t31 = halaman('Capaian Kinerja per Sasaran Strategis Tahun').replace(/\s+/g, ' ');
    const perSasaran = sasaranKode.map((k) => mean(hitung.filter((h) => h.sasaran === k).map((h) => h.nilai)));
    for (const n of perSasaran) expect(t31).toContain(` ${dua(n)} ${kategori(n)}`);
    const keseluruhan = mean(perSasaran);
    expect(t31).toContain(`Capaian kinerja keseluruhan ${dua(keseluruhan)} ${kategori(keseluruhan)}`);
    // The sentences carry the same figure as the table.
    const semua = pdf.pages.join(' ').replace(/\s+/g, ' ');
    expect(semua.match(new RegExp(`adalah ${dua(keseluruhan)}% dengan kategori`, 'g'))?.length).toBeGreaterThanOrEqual(
      2,
    );
  });
});
