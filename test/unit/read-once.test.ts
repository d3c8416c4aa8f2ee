/** A workbook's bytes are read once per build: the correction copy and the fingerprint use them, never the file. */
import { createHash } from 'node:crypto';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../pipeline/check/check-workbook.ts';
import { warning } from '../../pipeline/diagnostic.ts';
import { fingerprintInputs } from '../../pipeline/load/fingerprint-inputs.ts';
import { readBounded } from '../../pipeline/load/read-bounded.ts';
import { writeProblemReports } from '../../pipeline/report-problems/write-problem-reports.ts';
import { goodWorkbook } from '../failures/bad-files.ts';
import { testReference } from '../fixtures/reference.ts';
import { removeTempDirs, tempDir } from '../fixtures/write-workbook.ts';

afterAll(removeTempDirs);

describe('read once', () => {
  it('the correction copy is made from the bytes the check read, even after the file was replaced by a huge one', async () => {
    const inputsDir = await tempDir();
    const file = 'divisi-hukum.xlsx';
    const original = await goodWorkbook();
    await writeFile(path.join(inputsDir, file), original);
    const checked = await checkWorkbook(inputsDir, file, testReference());
    expect(checked.sha256).toBe(createHash('sha256').update(original).digest('hex'));
    expect(Buffer.from(checked.bytes!).equals(original)).toBe(true);
    // Replaced between the check and the problem reports: a 4 GiB sparse file a re-read would try to load.
    await truncate(path.join(inputsDir, file), 4 * 1024 ** 3);
    const outputDir = await tempDir();
    const problem = warning({ rule: 'angka-ambigu', file, sheet: 'Capaian', cell: 'I7', message: 'Uji.' });
    const written = await writeProblemReports({
      outputDir,
      checkedAt: '2025-01-20T00:00:00.000Z',
      satker: 'Sekretariat',
      tahun: 2024,
      exitCode: 0,
      diagnostics: [problem],
      workbooks: [{ file, unit: null, bytes: checked.bytes }],
    });
    expect(written.diagnostics).toEqual([]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load((await readFile(written.copies[0]!)) as unknown as ArrayBuffer);
    expect(copy.worksheets.map((w) => w.name)).toContain('Koreksi');
    expect(copy.getWorksheet('Capaian')).toBeDefined();
  });

  it('reading stops past the limit whatever size the file has when it is opened', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.yaml'), Buffer.alloc(5000, 0x61));
    expect(await readBounded(path.join(dir, 'a.yaml'), 4096)).toEqual({ ok: false, reason: 'too-big', bytes: 5000 });
    expect(await readBounded(path.join(dir, 'tidak-ada.yaml'), 4096)).toEqual({ ok: false, reason: 'missing' });
    expect(await readBounded(dir, 4096)).toEqual({ ok: false, reason: 'not-a-file', what: 'folder' });
  });

  it('the fingerprint follows the bytes read: another byte in one file, another fingerprint', () => {
    const a = fingerprintInputs({ 'iku.yaml': 'aa', 'divisi.xlsx': 'bb' });
    expect(fingerprintInputs({ 'divisi.xlsx': 'bb', 'iku.yaml': 'aa' })).toBe(a);
    expect(fingerprintInputs({ 'iku.yaml': 'aa', 'divisi.xlsx': 'bc' })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
  });
});
