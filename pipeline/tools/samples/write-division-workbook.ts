/** Writes one division workbook (.xlsx) in the layout the load stage reads; used by `npm run samples` and by tests. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { HEADERS, type CellValue, type DivisionWorkbookSpec, type SheetName } from './division-workbook-spec.ts';
import { setZipTimestamps } from './zip-timestamps.ts';

export type * from './division-workbook-spec.ts';

/** Fixed creation date, so regenerated samples are byte-identical and do not churn in git. */
export const SAMPLE_FILE_DATE = new Date(Date.UTC(2025, 0, 10));

const MONEY = '#,##0';
const PERCENT = '0.00%';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN: ExcelJS.Borders = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
  diagonal: {},
};

const PETUNJUK = [
  'PETUNJUK PENGISIAN',
  '1. Lembar Identitas: isi nama unit kerja, tahun, penanggung jawab, NIP dan tanggal pengisian.',
  '2. Lembar Capaian: satu baris per IKU unit Anda. Isi realisasi setiap triwulan dan realisasi tahunan dengan angka.',
  '   Indikator kumulatif: nilai akumulasi sampai akhir triwulan. Indikator "Jumlah": capaian triwulan itu saja.',
  '3. Lembar Analisis: penyebab keberhasilan/kegagalan, upaya yang sudah dilakukan, dan program/kegiatan pendukung.',
  '4. Lembar Anggaran: satu baris per akun (kode lengkap sampai 6 digit akun), pagu dan realisasi dalam rupiah.',
  'Jangan mengubah nama lembar dan judul kolom. Sel kosong berarti belum diisi; angka 0 berarti nol.',
];

function put(cell: ExcelJS.Cell, value: Date | CellValue, numFmt?: string): void {
  if (value === null) return;
  cell.value = value;
  if (numFmt !== undefined && typeof value !== 'string') cell.numFmt = numFmt;
}

/** A title row merged across the table, then the header row at `headerRow`, frozen, with borders. */
function addTable(ws: ExcelJS.Worksheet, titles: string[], headerRow: number, headers: readonly string[], widths: number[]): void {
  titles.forEach((t, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = t;
    cell.font = i === 0 ? { bold: true, size: 12 } : { italic: true, size: 9 };
    ws.mergeCells(i + 1, 1, i + 1, Math.max(headers.length, 1));
  });
  headers.forEach((h, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
}

/** Writes data rows under the header; `numFmts[i]` formats column i's numbers. */
function addRows(ws: ExcelJS.Worksheet, first: number, rows: (Date | CellValue)[][], numFmts: (string | undefined)[]): void {
  rows.forEach((values, r) => {
    values.forEach((v, c) => {
      const cell = ws.getCell(first + r, c + 1);
      put(cell, v, numFmts[c]);
      cell.border = THIN;
      cell.alignment = { vertical: 'top', wrapText: typeof v === 'string' };
    });
  });
}

const asPercent = (v: CellValue): CellValue => (typeof v === 'number' ? Number((v / 100).toFixed(10)) : v);

function addIdentitas(wb: ExcelJS.Workbook, spec: DivisionWorkbookSpec): void {
  const ws = wb.addWorksheet('Identitas');
  ws.getCell('A1').value = 'IDENTITAS UNIT KERJA';
  ws.getCell('A1').font = { bold: true, size: 12 };
  const { unitKerja, tahun, penanggungJawab, nip, tanggal } = spec.identitas;
  const rows: [string, Date | CellValue, string?][] = [
    ['Unit Kerja', unitKerja],
    ['Tahun', tahun, '0'],
    ['Penanggung Jawab', penanggungJawab],
    ['NIP', nip, '0'],
    ['Tanggal', tanggal, 'dd/mm/yyyy'],
  ];
  rows.forEach(([label, value, numFmt], i) => {
    ws.getCell(i + 3, 1).value = label;
    ws.getCell(i + 3, 1).font = { bold: true };
    put(ws.getCell(i + 3, 2), value, numFmt);
    if (typeof value === 'string') ws.getCell(i + 3, 2).numFmt = '@';
  });
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 60;
}

function addCapaian(wb: ExcelJS.Workbook, spec: DivisionWorkbookSpec, title: string): void {
  const ws = wb.addWorksheet('Capaian');
  const note = 'Isi angka saja (tanpa satuan). Kumulatif: nilai sampai akhir triwulan; Jumlah: capaian triwulan itu.';
  addTable(ws, [`CAPAIAN KINERJA TAHUN ${title}`, note], 4, spec.headers?.capaian ?? HEADERS.capaian, [
    10, 55, 9, 10, 12, 12, 12, 12, 12, 34, 44,
  ]);
  spec.capaian.forEach((row, r) => {
    const n = row.persen === true ? asPercent : (v: CellValue) => v;
    const values = [row.kodeIku, row.indikator, row.satuan, n(row.target), ...row.triwulan.map(n), n(row.realisasi)];
    const fmt = row.persen === true ? PERCENT : undefined;
    const numFmts = [undefined, undefined, undefined, fmt, fmt, fmt, fmt, fmt, fmt];
    addRows(ws, 5 + r, [[...values, row.sumberData, row.keterangan]], numFmts);
  });
}

function addAnalisis(wb: ExcelJS.Workbook, spec: DivisionWorkbookSpec, title: string): void {
  const ws = wb.addWorksheet('Analisis');
  addTable(ws, [`ANALISIS CAPAIAN KINERJA TAHUN ${title}`], 3, spec.headers?.analisis ?? HEADERS.analisis, [10, 60, 60, 45]);
  const rows = spec.analisis.map((a) => [a.kodeIku, a.penyebab, a.upaya, a.programPendukung]);
  addRows(ws, 4, rows, []);
}

function addAnggaran(wb: ExcelJS.Workbook, spec: DivisionWorkbookSpec, title: string): void {
  const ws = wb.addWorksheet('Anggaran');
  addTable(ws, [`REALISASI ANGGARAN TAHUN ${title}`], 3, spec.headers?.anggaran ?? HEADERS.anggaran, [36, 70, 18, 18, 10]);
  const rows = spec.anggaran.map((a) => [a.kode, a.nama, a.pagu, a.realisasi, a.kodeIku]);
  addRows(ws, 4, rows, [undefined, undefined, MONEY, MONEY]);
}

/** Builds the workbook in memory: Petunjuk, Identitas, Capaian, Analisis, Anggaran (minus `omitSheets`). */
export function buildDivisionWorkbook(spec: DivisionWorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = wb.lastModifiedBy = 'lkj make-samples';
  wb.created = wb.modified = SAMPLE_FILE_DATE;
  const { tahun, unitKerja } = spec.identitas;
  const title = `${tahun ?? ''} — ${spec.judul ?? unitKerja ?? ''}`;
  const writers: Record<SheetName, () => void> = {
    Petunjuk: () => {
      const ws = wb.addWorksheet('Petunjuk');
      PETUNJUK.forEach((line, i) => (ws.getCell(i + 1, 1).value = line));
      ws.getCell('A1').font = { bold: true, size: 12 };
      ws.getColumn(1).width = 110;
    },
    Identitas: () => addIdentitas(wb, spec),
    Capaian: () => addCapaian(wb, spec, title),
    Analisis: () => addAnalisis(wb, spec, title),
    Anggaran: () => addAnggaran(wb, spec, title),
  };
  for (const [name, write] of Object.entries(writers) as [SheetName, () => void][]) {
    if (!spec.omitSheets?.includes(name)) write();
  }
  return wb;
}

/** Writes a division workbook to `path` (folders created), byte-identical for an identical spec. */
export async function writeDivisionWorkbook(path: string, spec: DivisionWorkbookSpec): Promise<void> {
  const bytes = new Uint8Array(await buildDivisionWorkbook(spec).xlsx.writeBuffer());
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, setZipTimestamps(bytes, SAMPLE_FILE_DATE));
}
