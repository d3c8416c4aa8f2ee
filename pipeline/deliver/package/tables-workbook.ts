/**
 * The report's tables T1–T9 (primer §3) as one workbook for KPU RI, one sheet each, numbers as numbers with
 * Indonesian-style formats (thousands grouped, two decimals, `Rp`); Excel shows the separators of the reader's
 * locale (`1.234,56` on an Indonesian Windows). Built from the dataset the PDF was printed from.
 */
import ExcelJS from 'exceljs';
import type { TargetValue } from '../../../schemas/common.ts';
import type { CapaianResult, Dataset, IndikatorData } from '../../../schemas/dataset.ts';
import type { Reference } from '../../../schemas/reference.ts';
import { setZipTimestamps } from '../../load/replace-zip-parts.ts';

type Cell = string | number | null;
interface Sheet {
  name: string;
  title: string;
  head: string[];
  /** Number format by column index (0-based); others are text. */
  formats: Record<number, string>;
  rows: Cell[][];
}

/** A figure: whole numbers without decimals, others with two (`8.179.547`, `77,50`). */
const ANGKA = 'angka';
const PERSEN = '#,##0.00';
const RUPIAH = '"Rp "#,##0.00';

const target = (t: TargetValue): Cell => (typeof t === 'number' ? t : `${t.min}–${t.max}`);
const capaian = (c: CapaianResult): Cell =>
  c.status === 'terhitung' ? c.nilai : c.status === 'belum-diisi' ? 'belum diisi' : 'tidak dapat dihitung';
const kategori = (c: CapaianResult): string => (c.status === 'terhitung' ? c.kategori : '');

function perIndikator(d: Dataset, row: (i: IndikatorData, sasaran: string) => Cell[]): Cell[][] {
  let n = 0;
  return d.sasaran.flatMap((s) => s.indikator.map((i) => [++n, ...row(i, s.nama)]));
}

function sheets(d: Dataset, ref: Reference): Sheet[] {
  const years = d.sasaran[0]?.indikator[0]?.riwayat.map((r) => r.tahun) ?? [];
  const pkHead = ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Target', 'Satuan'];
  const pkRows = perIndikator(d, (i, s) => [s, `${i.kode} ${i.nama}`, target(i.target), i.satuan]);
  const program = ref.iku.program.map((p, n) => [n + 1, `${p.kode} ${p.nama}`, p.anggaran] as Cell[]);
  const programTotal: Cell[] = ['', 'Jumlah', ref.iku.program.reduce((a, p) => a + p.anggaran, 0)];
  const pk = (name: string, title: string): Sheet => ({
    name,
    title,
    head: pkHead,
    formats: { 3: ANGKA },
    rows: [...pkRows, [], ['No', 'Program', 'Anggaran (Rp)'], ...program, programTotal],
  });
  const t8: Cell[][] = d.anggaran.program.flatMap((p) => [
    [p.kode, p.nama, p.pagu, p.realisasi, p.serapan, p.sisa],
    ...p.kegiatan.map((k) => [k.kode, k.nama, k.pagu, k.realisasi, k.serapan, k.sisa]),
  ]);
  const total = d.anggaran.total;
  return [
    {
      name: 'T1',
      title: 'Ikhtisar capaian kinerja',
      head: ['No', 'Sasaran', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
      formats: { 4: ANGKA, 5: ANGKA, 6: PERSEN },
      rows: perIndikator(d, (i, s) => [
        s,
        `${i.kode} ${i.nama}`,
        i.satuan,
        target(i.target),
        i.realisasi,
        capaian(i.capaian),
        kategori(i.capaian),
      ]),
    },
    pk('T2', 'Perjanjian Kinerja'),
    {
      name: 'T3',
      title: 'Target, realisasi dan capaian per indikator',
      head: ['No', 'Kode', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
      formats: { 3: ANGKA, 4: ANGKA, 5: PERSEN },
      rows: perIndikator(d, (i) => [
        i.kode,
        i.nama,
        target(i.target),
        i.realisasi,
        capaian(i.capaian),
        kategori(i.capaian),
      ]),
    },
    {
      name: 'T4',
      title: 'Realisasi dan capaian dibandingkan tahun-tahun sebelumnya',
      head: ['No', 'Indikator', ...years.flatMap((y) => [`Realisasi ${y}`, `Capaian ${y} (%)`])],
      formats: Object.fromEntries(
        years.flatMap((_, k) => [
          [2 + 2 * k, ANGKA],
          [3 + 2 * k, PERSEN],
        ]),
      ),
      rows: perIndikator(d, (i) => [
        `${i.kode} ${i.nama}`,
        ...i.riwayat.flatMap((r) => [r.realisasi, capaian(r.capaian)]),
      ]),
    },
    {
      name: 'T5',
      title: 'Realisasi dibandingkan target akhir Renstra',
      head: ['No', 'Indikator', 'Tahun akhir', 'Target akhir Renstra', 'Realisasi', 'Capaian (%)'],
      formats: { 3: ANGKA, 4: ANGKA, 5: PERSEN },
      rows: perIndikator(d, (i) => [
        `${i.kode} ${i.nama}`,
        i.renstra.tahunAkhir,
        i.renstra.targetAkhir,
        i.realisasi,
        capaian(i.renstra.capaian),
      ]),
    },
    {
      name: 'T6',
      title: 'Realisasi dibandingkan standar nasional',
      head: ['No', 'Indikator', 'Realisasi', 'Standar nasional', 'Keterangan'],
      formats: { 2: ANGKA, 3: ANGKA },
      rows: perIndikator(d, (i) => [
        `${i.kode} ${i.nama}`,
        i.realisasi,
        i.standarNasional?.nilai ?? null,
        i.standarNasional?.keterangan ?? 'tidak ada standar nasional',
      ]),
    },
    {
      name: 'T7',
      title: 'Efisiensi penggunaan sumber daya per sasaran',
      head: ['No', 'Sasaran', 'Capaian (%)', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Efisiensi'],
      formats: { 2: PERSEN, 3: RUPIAH, 4: RUPIAH, 5: PERSEN, 6: PERSEN },
      rows: d.sasaran.map((s, n) => [
        n + 1,
        s.nama,
        capaian(s.capaian),
        s.efisiensi.pagu,
        s.efisiensi.realisasi,
        s.efisiensi.serapan,
        s.efisiensi.nilai,
      ]),
    },
    {
      name: 'T8',
      title: 'Realisasi anggaran per program dan kegiatan',
      head: ['Kode', 'Program/Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Sisa (Rp)'],
      formats: { 2: RUPIAH, 3: RUPIAH, 4: PERSEN, 5: RUPIAH },
      rows: [...t8, ['', 'Jumlah', total.pagu, total.realisasi, total.serapan, total.sisa]],
    },
    pk('T9', 'Lampiran Perjanjian Kinerja'),
  ];
}

function addSheet(wb: ExcelJS.Workbook, s: Sheet, judul: string): void {
  const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.addRow([`${s.name}. ${s.title}`]).font = { bold: true, size: 12 };
  ws.addRow([judul]).font = { italic: true };
  const head = ws.addRow(s.head);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } }));
  for (const r of s.rows) {
    const row = ws.addRow(r);
    for (const [col, fmt] of Object.entries(s.formats)) {
      const c = row.getCell(Number(col) + 1);
      if (typeof c.value === 'number')
        c.numFmt = fmt !== ANGKA ? fmt : Number.isInteger(c.value) ? '#,##0' : '#,##0.00';
    }
  }
  ws.columns.forEach(
    (col, n) => (col.width = n === 0 ? 8 : s.head[n] && /Indikator|Sasaran|Program/.test(s.head[n]!) ? 60 : 18),
  );
}

/** The workbook's bytes, dated `at` (so the same report gives the same bytes). */
export async function tablesWorkbook(dataset: Dataset, reference: Reference, at: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lkj';
  wb.created = wb.modified = at;
  const judul = `Laporan Kinerja ${reference.config.satker} Tahun ${dataset.tahun}`;
  for (const s of sheets(dataset, reference)) addSheet(wb, s, judul);
  return setZipTimestamps(new Uint8Array(await wb.xlsx.writeBuffer()), at);
}
