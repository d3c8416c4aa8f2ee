/** Ranges bounded before exceljs: areas counted while unpacking, trimmed to the used cells, or refused. */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatRange, parseRange, parseRangeList } from '../../pipeline/load/cell-range.ts';
import { boundXlsx } from '../../pipeline/load/inspect-xlsx.ts';
import { WORKBOOK_LIMITS } from '../../pipeline/load/limits.ts';
import { rangeScanner } from '../../pipeline/load/range-scanner.ts';
import { trimSheetRanges } from '../../pipeline/load/trim-ranges.ts';
import { workbookWithRange } from '../failures/range-files.ts';
import { removeTempDirs } from '../fixtures/write-workbook.ts';

afterAll(removeTempDirs);

describe('cell ranges', () => {
  it('reads whole sheets, whole columns and rows, absolute references and lists', () => {
    expect(parseRange('A1:XFD1048576')).toEqual({ top: 1, left: 1, bottom: 1_048_576, right: 16_384 });
    expect(parseRange('$D:$D')).toEqual({ top: 1, left: 4, bottom: 1_048_576, right: 4 });
    expect(parseRange('5:7')).toEqual({ top: 5, left: 1, bottom: 7, right: 16_384 });
    expect(parseRangeList('A1 C3:B2 Sheet!A1').map(formatRange)).toEqual(['A1', 'B2:C3']);
  });
});

describe('rangeScanner', () => {
  const sheet =
    '<worksheet><sheetData><row r="1"><c r="A1"/><c r="K1"/></row><row r="40"><c r="B40"/></row></sheetData>' +
    '<mergeCells count="1"><mergeCell ref="M1:XFD1048576"/></mergeCells>' +
    '<dataValidations count="1"><dataValidation type="list" sqref="A:A C1:C10"/></dataValidations>' +
    '<extLst><ext><x14:dataValidations><x14:dataValidation><xm:sqref>D1:D1048576</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>';

  it('finds the used area and the areas as written and trimmed, however the XML is cut into chunks', () => {
    for (const size of [sheet.length, 7, 1]) {
      const scanner = rangeScanner();
      for (let i = 0; i < sheet.length; i += size) scanner.add(Buffer.from(sheet.slice(i, i + size), 'latin1'));
      const r = scanner.finish();
      expect(r.used).toEqual({ top: 1, left: 1, bottom: 40, right: 11 });
      expect(r.written).toBe(16_372 * 1_048_576 + 1_048_576 + 10 + 1_048_576);
      expect(r.trimmed).toBe(0 + 40 + 10 + 40);
      expect(r.largest).toMatchObject({ kind: 'merge', ref: 'M1:XFD1048576' });
      expect(r.unordered).toBe(false);
    }
  });

  it('trims each range to the used area and drops what lies wholly outside', () => {
    const trimmed = trimSheetRanges(sheet, { top: 1, left: 1, bottom: 40, right: 11 });
    expect(trimmed).not.toContain('mergeCell ref');
    expect(trimmed).toContain('sqref="A1:A40 C1:C10"');
    expect(trimmed).toContain('<xm:sqref>D1:D40</xm:sqref>');
  });
});

describe('boundXlsx', () => {
  it('hands exceljs a whole-sheet dropdown trimmed to the used cells, and says so', async () => {
    const bytes = await workbookWithRange('validation', 'A1:XFD1048576');
    const bound = await boundXlsx(bytes, WORKBOOK_LIMITS);
    expect(bound.problem).toBeNull();
    if (bound.problem) return;
    expect(bound.trimmed).toEqual([
      expect.objectContaining({
        sheet: 'Capaian',
        largest: expect.objectContaining({ kind: 'validation', ref: 'A1:XFD1048576' }),
      }),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bound.bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Capaian')!;
    expect(ws.getCell('A1').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('XFD1048576').dataValidation).toBeUndefined();
  });

  it('leaves a workbook whose ranges are within the limit byte for byte as it is', async () => {
    const bytes = await workbookWithRange('merge', 'M1:Z100');
    const bound = await boundXlsx(bytes, WORKBOOK_LIMITS);
    expect(bound.problem === null && bound.bytes === bytes).toBe(true);
  });

  it('refuses when the used area itself is too large to trim the range into the limit', async () => {
    const bytes = await workbookWithRange('link', 'A1:XFD1048576', 'XFD19000');
    expect((await boundXlsx(bytes, WORKBOOK_LIMITS)).problem).toMatchObject({
      kind: 'ranges-too-large',
      sheet: 'Capaian',
      range: 'link',
      ref: 'A1:XFD1048576',
      used: 'A1:XFD19000',
    });
  });
});
