/**
 * Types values into a template's input cells, as a division would: the sample generator and the tests use it, so the
 * samples are exactly the templates the divisions receive, filled in.
 */
import type ExcelJS from 'exceljs';
import { put } from './add-table.ts';
import {
  columnOf,
  HEADERS,
  LAYOUT,
  type AnalisisSpecRow,
  type AnggaranSpecRow,
  type CapaianSpecRow,
  type CellValue,
} from './division-workbook-spec.ts';
import { NUM_FMT, rowHeightFor } from './sheet-style.ts';

/** What a division types: its identity, realisasi per IKU, analyses and budget lines. */
export interface TemplateValues {
  identitas: { penanggungJawab: CellValue; nip: CellValue; tanggal: Date | CellValue };
  capaian: readonly Pick<
    CapaianSpecRow,
    'kodeIku' | 'triwulan' | 'realisasi' | 'sumberData' | 'keterangan' | 'persen'
  >[];
  analisis: readonly AnalisisSpecRow[];
  anggaran: readonly AnggaranSpecRow[];
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`template has no sheet ${name}`);
  return ws;
}

/** The row of an IKU code in column A below the header; throws when the template has no such row. */
function rowOf(ws: ExcelJS.Worksheet, headerRow: number, kode: CellValue): number {
  for (let r = headerRow + 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === kode) return r;
  throw new Error(`${String(kode)} is not in the template's ${ws.name} sheet`);
}

/** Grows a row to show its texts after filling (never shrinks it). */
function fitRow(ws: ExcelJS.Worksheet, row: number): void {
  const texts: { text: string; width: number }[] = [];
  ws.getRow(row).eachCell((cell, col) => {
    if (typeof cell.value === 'string') texts.push({ text: cell.value, width: ws.getColumn(col).width ?? 10 });
  });
  const height = rowHeightFor(texts);
  if (height !== undefined && height > (ws.getRow(row).height ?? 0)) ws.getRow(row).height = height;
}

/** A value typed as a percent (`66,05%`): Excel keeps the fraction and shows it with a percent format. */
function putPercent(cell: ExcelJS.Cell, v: CellValue): void {
  if (typeof v !== 'number') return put(cell, v);
  put(cell, Number((v / 100).toFixed(10)));
  cell.numFmt = NUM_FMT.persenSel;
}

function fillCapaian(ws: ExcelJS.Worksheet, rows: TemplateValues['capaian']): void {
  const col = (h: (typeof HEADERS.capaian)[number]) => columnOf('capaian', h);
  for (const v of rows) {
    const r = rowOf(ws, LAYOUT.capaian.headerRow, v.kodeIku);
    const number = v.persen === true ? putPercent : put;
    v.triwulan.forEach((q, i) => number(ws.getCell(r, col('Realisasi TW I') + i), q));
    number(ws.getCell(r, col('Realisasi')), v.realisasi);
    put(ws.getCell(r, col('Sumber Data')), v.sumberData);
    put(ws.getCell(r, col('Keterangan')), v.keterangan);
    fitRow(ws, r);
  }
}

function fillAnalisis(ws: ExcelJS.Worksheet, rows: TemplateValues['analisis']): void {
  for (const v of rows) {
    const r = rowOf(ws, LAYOUT.analisis.headerRow, v.kodeIku);
    [v.penyebab, v.upaya, v.programPendukung].forEach((text, i) => put(ws.getCell(r, 2 + i), text));
    fitRow(ws, r);
  }
}

/** Budget lines go into the prepared input rows, in order; more lines than rows is the caller's mistake. */
function fillAnggaran(ws: ExcelJS.Worksheet, rows: TemplateValues['anggaran']): void {
  const first = LAYOUT.anggaran.headerRow + 1;
  let prepared = 0;
  while (ws.getCell(first + prepared, 1).protection?.locked === false) prepared++;
  if (rows.length > prepared)
    throw new Error(`${rows.length} budget lines, but the template has ${prepared} input rows on Anggaran`);
  rows.forEach((v, i) => {
    [v.kode, v.nama, v.pagu, v.realisasi, v.kodeIku].forEach((value, c) => put(ws.getCell(first + i, c + 1), value));
    fitRow(ws, first + i);
  });
}

/** Fills the input cells of `wb` (a template from `buildTemplate`) in place; reference cells are left as they are. */
export function fillTemplate(wb: ExcelJS.Workbook, values: TemplateValues): void {
  const identitas = sheet(wb, 'Identitas');
  const rows = LAYOUT.identitas;
  put(identitas.getCell(rows.penanggungJawab, 2), values.identitas.penanggungJawab);
  put(identitas.getCell(rows.nip, 2), values.identitas.nip);
  put(identitas.getCell(rows.tanggal, 2), values.identitas.tanggal);
  fillCapaian(sheet(wb, 'Capaian'), values.capaian);
  fillAnalisis(sheet(wb, 'Analisis'), values.analisis);
  fillAnggaran(sheet(wb, 'Anggaran'), values.anggaran);
}
