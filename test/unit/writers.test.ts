/** Workbooks saved by the programs divisions use read like the original (test/fixtures/writers, see make-writers.ts). */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook, type CheckedWorkbook } from '../../pipeline/check/check-workbook.ts';
import { loadReferenceInputs } from '../../pipeline/load/load-inputs.ts';
import { validateReference } from '../../pipeline/validate/validate-reference.ts';
import type { Reference } from '../../schemas/reference.ts';
import { ROOT } from '../helpers/run-cli.ts';

const inputsDir = join(ROOT, 'inputs');
const fixtures = join(ROOT, 'test', 'fixtures', 'writers');
const ORIGINAL = 'divisi-hukum-dan-pengawasan.xlsx';

let reference: Reference;
let original: CheckedWorkbook;
beforeAll(async () => {
  const inputs = await loadReferenceInputs(inputsDir);
  reference = validateReference({ ...inputs, workbooks: [] }).reference!;
  original = await checkWorkbook(inputsDir, ORIGINAL, reference);
});

/** The outcome without what names the file or measures time. */
const content = (w: CheckedWorkbook) => ({
  division: w.division && { ...w.division, file: '' },
  diagnostics: w.diagnostics.map((d) => ({ ...d, file: '' })),
});

describe.each(['openpyxl', 'libreoffice', 'sheetjs', 'exceljs'])('a workbook saved by %s', (writer) => {
  it('is read by the real pipeline into the same division, with the same diagnostics, as the original', async () => {
    const checked = await checkWorkbook(fixtures, `${writer}.xlsx`, reference);
    expect(checked.read, JSON.stringify(checked.diagnostics)).toBe(true);
    expect(checked.division).not.toBeNull();
    // After the sample workbooks change: `npx tsx test/fixtures/writers/make-writers.ts` makes these fixtures again.
    expect(content(checked), 'fixture older than the sample? run test/fixtures/writers/make-writers.ts').toEqual(
      content(original),
    );
  });

  it('keeps the note on Capaian!D5 (the target and direction of the first indicator)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(fixtures, `${writer}.xlsx`));
    const note = wb.getWorksheet('Capaian')?.getCell('D5').note;
    const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(text).toMatch(/^Target PK 2024: .*\nArah: semakin/s);
  });
});

describe("another unit's workbook saved by LibreOffice (libreoffice-teknis.xlsx, built in test/e2e/writers-build.test.ts)", () => {
  it('is read by the real pipeline into the same division, with the same diagnostics, as its original', async () => {
    const checked = await checkWorkbook(fixtures, 'libreoffice-teknis.xlsx', reference);
    expect(checked.read, JSON.stringify(checked.diagnostics)).toBe(true);
    expect(content(checked), 'fixture older than the sample? run test/fixtures/writers/make-writers.ts').toEqual(
      content(await checkWorkbook(inputsDir, 'divisi-teknis-penyelenggaraan.xlsx', reference)),
    );
  });
});
