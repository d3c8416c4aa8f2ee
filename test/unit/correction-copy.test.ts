import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { error, info, warning } from '../../pipeline/diagnostic.ts';
import { correctionCopy } from '../../pipeline/report-problems/correction-copy.ts';
import { writeProblemReports } from '../../pipeline/report-problems/write-problem-reports.ts';
import { divisionSheets } from '../fixtures/division-workbook.ts';
import { removeTempDirs, tempDir, writeWorkbook } from '../fixtures/write-workbook.ts';

afterAll(removeTempDirs);

const FILE = 'divisi-hukum.xlsx';
const CHECKED = '2025-01-20T03:00:00.000Z';
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

/** The division workbook with a note on Capaian!D7, Capaian named " capaian ", input cells I7:I8 styled alike, and a merge over Analisis!B6:C6. */
async function original(dir: string): Promise<Buffer> {
  const sheets = divisionSheets({ sheetNames: { Capaian: ' capaian ' } });
  const file = await writeWorkbook(path.join(dir, FILE), sheets);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet(' capaian ')!.getCell('D7').note = 'Target PK 2024: 100%';
  for (const a of ['I7', 'I8']) wb.getWorksheet(' capaian ')!.getCell(a).fill = INPUT_FILL;
  wb.getWorksheet('Analisis')!.mergeCells('B6:C6');
  await wb.xlsx.writeFile(file);
  return readFile(file);
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const problems = [
  error({ rule: 'bukan-angka', file: FILE, sheet: 'Capaian', cell: 'I7', message: 'Realisasi "abc" bukan angka.' }),
  warning({ rule: 'satuan-berbeda', file: FILE, sheet: 'Capaian', cell: 'I7', message: 'Satuan berbeda.' }),
  warning({ rule: 'target-berbeda', file: FILE, sheet: 'Capaian', cell: 'D7', message: 'Target berbeda.' }),
  warning({ rule: 'klaim-tidak-sesuai', file: FILE, sheet: 'Analisis', cell: 'C6', message: 'Klaim tidak sesuai.' }),
  info({ rule: 'baris-tersembunyi', file: FILE, sheet: 'Capaian', message: 'Baris 9 disembunyikan.' }),
  warning({ rule: 'analisis-kosong', file: FILE, sheet: 'Analisis', message: 'Analisis IKU-04 belum diisi.' }),
];

describe('correctionCopy', () => {
  it('colours each problem cell by its worst problem and attaches every message as a note, keeping the old note', async () => {
    const wb = await open(await correctionCopy(await original(await tempDir()), FILE, problems, CHECKED));
    const capaian = wb.getWorksheet(' capaian ')!;
    expect(capaian.getCell('I7').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(capaian.getCell('I7').note).toBe(
      '— Pemeriksaan LKj —\nGALAT: Realisasi "abc" bukan angka.\n\nPERINGATAN: Satuan berbeda.',
    );
    expect(capaian.getCell('D7').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(capaian.getCell('D7').note).toBe('Target PK 2024: 100%\n\n— Pemeriksaan LKj —\nPERINGATAN: Target berbeda.');
    // Another cell that had the same style keeps it.
    expect(capaian.getCell('I8').fill).toEqual(INPUT_FILL);
    // A cell inside a merge is shown on the merge's first cell.
    expect(String(wb.getWorksheet('Analisis')!.getCell('B6').note)).toContain('PERINGATAN: Klaim tidak sesuai.');
  });

  it('puts a Koreksi sheet first, listing every problem, those without a cell too', async () => {
    const wb = await open(await correctionCopy(await original(await tempDir()), FILE, problems, CHECKED));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Koreksi',
      'Petunjuk',
      'Identitas',
      ' capaian ',
      'Analisis',
      'Anggaran',
    ]);
    const rows: unknown[][] = [];
    wb.getWorksheet('Koreksi')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['Daftar masalah pada divisi-hukum.xlsx (diperiksa 20 Januari 2025)']);
    expect(rows.slice(3).map((r) => [r[1], r[2], r[6]])).toEqual([
      ['GALAT', 'Capaian!I7', 'bukan-angka'],
      ['PERINGATAN', 'Capaian!I7', 'satuan-berbeda'],
      ['PERINGATAN', 'Capaian!D7', 'target-berbeda'],
      ['PERINGATAN', 'Analisis!C6', 'klaim-tidak-sesuai'],
      ['PERINGATAN', 'sheet Analisis', 'analisis-kosong'],
      ['INFO', 'sheet Capaian', 'baris-tersembunyi'],
    ]);
  });

  it('made again from a copy sent back, replaces its own notes and Koreksi sheet instead of adding to them', async () => {
    const dir = await tempDir();
    const first = await correctionCopy(await original(dir), FILE, problems, CHECKED);
    const wb = await open(await correctionCopy(first, FILE, problems.slice(2, 3), CHECKED));
    expect(wb.worksheets.filter((ws) => ws.name === 'Koreksi')).toHaveLength(1);
    expect(wb.getWorksheet(' capaian ')!.getCell('D7').note).toBe(
      'Target PK 2024: 100%\n\n— Pemeriksaan LKj —\nPERINGATAN: Target berbeda.',
    );
  });
});

describe('writeProblemReports', () => {
  it('writes the reports and a copy per workbook with errors or warnings, and removes copies of workbooks now clean', async () => {
    const inputsDir = await tempDir();
    const outputDir = await tempDir();
    const bytes = await original(inputsDir);
    await mkdir(path.join(outputDir, 'pemeriksaan', 'koreksi'), { recursive: true });
    await writeFile(path.join(outputDir, 'pemeriksaan', 'koreksi', 'divisi-lama.xlsx'), 'copy from an earlier build');
    const written = await writeProblemReports({
      outputDir,
      checkedAt: CHECKED,
      satker: 'Sekretariat',
      tahun: 2024,
      exitCode: 1,
      diagnostics: [...problems, error({ rule: 'berkas-rusak', file: 'rusak.xlsx', message: 'Rusak.' })],
      workbooks: [
        { file: FILE, unit: 'Divisi Hukum dan Pengawasan', bytes },
        { file: 'tidak-ada.xlsx', unit: null, bytes: null },
      ],
    });
    expect(await readdir(path.join(outputDir, 'pemeriksaan'))).toEqual([
      'koreksi',
      'laporan-pemeriksaan.html',
      'laporan-pemeriksaan.json',
    ]);
    expect(await readdir(path.join(outputDir, 'pemeriksaan', 'koreksi'))).toEqual([FILE]);
    expect(written.copies).toEqual([path.join(outputDir, 'pemeriksaan', 'koreksi', FILE)]);
    expect(written.diagnostics).toEqual([]);
  });

  it('reports a copy that cannot be made as a warning, and still writes the reports', async () => {
    const outputDir = await tempDir();
    const written = await writeProblemReports({
      outputDir,
      checkedAt: CHECKED,
      satker: 'Sekretariat',
      tahun: 2024,
      exitCode: 1,
      diagnostics: problems,
      workbooks: [{ file: FILE, unit: null, bytes: Buffer.from('not a workbook any more') }],
    });
    expect(written.diagnostics.map((d) => [d.severity, d.rule, d.file])).toEqual([
      ['warning', 'salinan-koreksi-gagal', FILE],
    ]);
    expect(written.copies).toEqual([]);
    expect(await readdir(path.join(outputDir, 'pemeriksaan'))).toContain('laporan-pemeriksaan.json');
  });
});
