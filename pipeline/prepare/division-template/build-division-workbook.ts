/**
 * The one writer of division workbooks: lays out `Petunjuk`, `Identitas`, `Capaian`, `Analisis` and `Anggaran` from a
 * spec, cell by cell, in the layout the load stage reads. Templates add locks and validation on top of it
 * (`build-template.ts`); tests use it directly to write bad workbooks.
 */
import ExcelJS from 'exceljs';
import { addPetunjukSheet } from './add-petunjuk-sheet.ts';
import { addRows, addTable, put } from './add-table.ts';
import {
  HEADERS,
  LAYOUT,
  type CellValue,
  type DivisionWorkbookSpec,
  type PetunjukLine,
  type SheetName,
} from './division-workbook-spec.ts';
import { NUM_FMT } from './sheet-style.ts';

/** Used when a spec brings no instructions of its own (test workbooks). */
const GENERIC_PETUNJUK: readonly PetunjukLine[] = [
  { judul: 'PETUNJUK PENGISIAN' },
  { label: 'Identitas', teks: 'Isi nama unit kerja, tahun, penanggung jawab, NIP dan tanggal pengisian.' },
  {
    label: 'Capaian',
    teks: 'Satu baris per IKU unit Anda. Isi realisasi setiap triwulan dan realisasi tahunan dengan angka.',
  },
  {
    label: 'Analisis',
    teks: 'Penyebab keberhasilan/kegagalan, upaya yang sudah dilakukan, dan program/kegiatan pendukung.',
  },
  {
    label: 'Anggaran',
    teks: 'Satu baris per akun (kode lengkap sampai 6 digit akun), pagu dan realisasi dalam rupiah.',
  },
  { teks: 'Jangan mengubah nama lembar dan judul kolom. Sel kosong berarti belum diisi; angka 0 berarti nol.' },
];

const asPercent = (v: CellValue): CellValue => (typeof v === 'number' ? Number((v / 100).toFixed(10)) : v);

function addIdentitas(wb: ExcelJS.Workbook, spec: DivisionWorkbookSpec): void {
  const ws = wb.addWorksheet('Identitas');
  ws.getCell('A1').value = 'IDENTITAS UNIT KERJA';
  ws.getCell('A1').font = { bold: true, size: 12 };
  const { unitKerja, tahun, penanggungJawab, nip, tanggal } = spec.identitas;
  const rows: [number, string, Date | CellValue, string?][] = [
    [LAYOUT.identitas.unitKerja, 'Unit Kerja', unitKerja],
    [LAYOUT.identitas.tahun, 'Tahun', tahun, NUM_FMT.tahun],
    [LAYOUT.identitas.penanggungJawab, 'Penanggung Jawab', penanggungJawab],
    [LAYOUT.identitas.nip, 'NIP', nip, '0'],
    [LAYOUT.identitas.tanggal, 'Tanggal', tanggal, NUM_FMT.tanggal],
  ];
  for (const [row, label, value, numFmt] of rows) {
    ws.getCell(row, 1).value = label;
    ws.getCell(row, 1).font = { bold: true };
    put(ws.getCell(row, 2), value, numFmt);
    if (typeof value === 'string') ws.getCell(row, 2).numFmt = NUM_FMT.teks;
  }
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 60;
  // One printed page: without fitToPage, LibreOffice and Excel split the two columns over two pages.
  ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
}

function addCapaian(wb: ExcelJS.Workbook, spec: DivisionWorkbookSpec, title: string): void {
  const ws = wb.addWorksheet('Capaian');
  const note =
    'Isi sel berwarna kuning dengan angka saja (tanpa satuan). Cara mengisi setiap kolom ada di lembar Petunjuk.';
  addTable(
    ws,
    [`CAPAIAN KINERJA TAHUN ${title}`, note],
    LAYOUT.capaian.headerRow,
    spec.headers?.capaian ?? HEADERS.capaian,
    [10, 55, 9, 10, 12, 12, 12, 12, 12, 34, 44],
  );
  spec.capaian.forEach((row, r) => {
    const n = row.persen === true ? asPercent : (v: CellValue) => v;
    const values = [row.kodeIku, row.indikator, row.satuan, n(row.target), ...row.triwulan.map(n), n(row.realisasi)];
    const fmt = row.persen === true ? NUM_FMT.persenSel : undefined;
    const numFmts = [undefined, undefined, undefined, fmt, fmt, fmt, fmt, fmt, fmt];
    addRows(ws, LAYOUT.capaian.headerRow + 1 + r, [[...values, row.sumberData, row.keterangan]], numFmts);
  });
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function addAnalisis(wb: ExcelJS.Workbook, spec: DivisionWorkbookSpec, title: string): void {
  const ws = wb.addWorksheet('Analisis');
  const { headerRow } = LAYOUT.analisis;
  addTable(
    ws,
    [`ANALISIS CAPAIAN KINERJA TAHUN ${title}`],
    headerRow,
    spec.headers?.analisis ?? HEADERS.analisis,
    [10, 60, 60, 45],
  );
  const rows = spec.analisis.map((a) => [a.kodeIku, a.penyebab, a.upaya, a.programPendukung]);
  addRows(ws, headerRow + 1, rows, []);
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function addAnggaran(wb: ExcelJS.Workbook, spec: DivisionWorkbookSpec, title: string): void {
  const ws = wb.addWorksheet('Anggaran');
  const { headerRow } = LAYOUT.anggaran;
  addTable(
    ws,
    [`REALISASI ANGGARAN TAHUN ${title}`],
    headerRow,
    spec.headers?.anggaran ?? HEADERS.anggaran,
    [36, 70, 18, 18, 10],
  );
  const rows = spec.anggaran.map((a) => [a.kode, a.nama, a.pagu, a.realisasi, a.kodeIku]);
  addRows(ws, headerRow + 1, rows, [undefined, undefined, NUM_FMT.bulat, NUM_FMT.bulat]);
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** Builds the workbook in memory: Petunjuk, Identitas, Capaian, Analisis, Anggaran (minus `omitSheets`). */
export function buildDivisionWorkbook(spec: DivisionWorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = wb.lastModifiedBy = 'lkj';
  const { tahun, unitKerja } = spec.identitas;
  const title = `${tahun ?? ''} — ${spec.judul ?? unitKerja ?? ''}`;
  const writers: Record<SheetName, () => void> = {
    Petunjuk: () => addPetunjukSheet(wb, spec.petunjuk ?? GENERIC_PETUNJUK),
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
