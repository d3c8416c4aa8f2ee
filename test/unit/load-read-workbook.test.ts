import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../pipeline/load/read-workbook.ts';
import type { RawSheet, RawWorkbook } from '../../pipeline/load/types.ts';
import { removeTempDirs, tempDir, writeWorkbook } from '../fixtures/write-workbook.ts';

afterAll(removeTempDirs);

let wb: RawWorkbook;
const cell = (sheet: RawSheet | undefined, address: string) =>
  sheet?.rows.flatMap((r) => r.cells).find((c) => c.address === address);

beforeAll(async () => {
  const dir = await tempDir();
  const file = await writeWorkbook(path.join(dir, 'cells.xlsx'), [
    {
      name: 'Data',
      cells: {
        A1: 'teks biasa',
        A2: { richText: [{ text: 'Kaya ', font: { bold: true } }, { text: 'teks' }] },
        A3: { text: 'JDIH KPU', hyperlink: 'https://jdih.kpu.go.id' },
        A4: { formula: 'B4*2', result: 84 },
        A5: { formula: 'B5*2' },
        A6: new Date(Date.UTC(2025, 0, 10)),
        A7: { error: '#DIV/0!' },
        A8: 0.775,
        A9: '   ',
        A10: 0,
        A11: 'tersembunyi',
        A12: 'gabungan',
        B4: 42,
      },
      numFmt: { A8: '0.0%' },
      hiddenRows: [11],
      merges: ['A12:C12'],
    },
    { name: 'Kosong' },
  ]);
  wb = await parseWorkbook(await readFile(file), 'sub\\cells.xlsx');
});

describe('parseWorkbook', () => {
  const data = () => wb.sheets[0];

  it('names the file relative to the inputs folder with forward slashes, and keeps every sheet', () => {
    expect(wb.file).toBe('sub/cells.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Data', 'Kosong']);
    expect(wb.sheets[1]?.rows).toEqual([]);
  });

  it('folds rich text and hyperlinks into their text', () => {
    expect(cell(data(), 'A2')).toMatchObject({ kind: 'text', text: 'Kaya teks' });
    expect(cell(data(), 'A3')).toMatchObject({ kind: 'text', text: 'JDIH KPU' });
  });

  it('takes the cached result of a formula, and marks a formula without one', () => {
    expect(cell(data(), 'A4')).toMatchObject({ kind: 'number', number: 84 });
    expect(cell(data(), 'A5')).toMatchObject({ kind: 'formula-no-result', text: '=B5*2' });
  });

  it('reads dates, Excel errors and numbers with their format', () => {
    expect(cell(data(), 'A6')).toMatchObject({ kind: 'date', text: '2025-01-10', number: Date.UTC(2025, 0, 10) });
    expect(cell(data(), 'A7')).toMatchObject({ kind: 'error', text: '#DIV/0!' });
    expect(cell(data(), 'A8')).toMatchObject({ kind: 'number', number: 0.775, numFmt: '0.0%' });
  });

  it('keeps 0 as a value but drops blank text', () => {
    expect(cell(data(), 'A10')).toMatchObject({ kind: 'number', number: 0 });
    expect(cell(data(), 'A9')).toBeUndefined();
    expect(data()?.rows.some((r) => r.row === 9)).toBe(false);
  });

  it('records hidden rows and merges, and reads a merge once', () => {
    expect(data()?.hiddenRows).toEqual([11]);
    expect(data()?.merges).toEqual(['A12:C12']);
    expect(
      data()
        ?.rows.find((r) => r.row === 12)
        ?.cells.map((c) => c.address),
    ).toEqual(['A12']);
  });

  it('gives rows in order with row/column numbers and Excel addresses', () => {
    const rows = data()?.rows.map((r) => r.row) ?? [];
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(cell(data(), 'B4')).toMatchObject({ row: 4, col: 2, address: 'B4' });
  });
});
