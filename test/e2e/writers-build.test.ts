/**
 * The sample builds to a PDF when a division's workbook was last saved by openpyxl and another's by LibreOffice, in
 * one build (each fixture reads like its original: test/unit/writers.test.ts).
 */
import { copyFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, type SharedSample } from '../helpers/run-cli.ts';
import { copySharedSample } from '../helpers/shared-sample.ts';

let work: SharedSample | undefined;
afterAll(() => work && rm(work.dir, { recursive: true, force: true }));

const FIXTURES = join(ROOT, 'test', 'fixtures', 'writers');

describe('the sample with Divisi Hukum saved by openpyxl and Divisi Teknis by LibreOffice', () => {
  it('builds the PDF with exit 0 and no error, reading both', async () => {
    // A copy of the run's shared sample build: its page numbers let this build print once.
    work = await copySharedSample();
    await copyFile(join(FIXTURES, 'openpyxl.xlsx'), join(work.inputs, 'divisi-hukum-dan-pengawasan.xlsx'));
    await copyFile(join(FIXTURES, 'libreoffice-teknis.xlsx'), join(work.inputs, 'divisi-teknis-penyelenggaraan.xlsx'));
    const run = await runCli(['--inputs', work.inputs, '--output', work.output]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/7 buku kerja dibaca · 0 galat/);
    expect(run.stderr).not.toContain('berkas-rusak');
    // Other workbooks than the shared build's: the next draft number.
    expect(await readdir(work.output)).toContain('LKj-Sekretariat-KPU-Provinsi-Banten-2024-draf-ke-2.pdf');
  }, 120_000);
});
