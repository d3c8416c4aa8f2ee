/** The sample builds to a PDF when a division's workbook was last saved by openpyxl or by LibreOffice. */
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.ts';
import { copySharedSample } from '../helpers/shared-sample.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe.each(['openpyxl', 'libreoffice'])('the sample with Divisi Hukum saved by %s', (writer) => {
  it('builds the PDF with exit 0 and no error', async () => {
    // A copy of the run's shared sample build: its page numbers let this build print once.
    const work = await copySharedSample();
    dirs.push(work.dir);
    await copyFile(
      join(ROOT, 'test', 'fixtures', 'writers', `${writer}.xlsx`),
      join(work.inputs, 'divisi-hukum-dan-pengawasan.xlsx'),
    );
    const run = await runCli(['--json', '--inputs', work.inputs, '--output', work.output]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.counts.error).toBe(0);
    expect(result.files.some((f: string) => f.endsWith('.pdf'))).toBe(true);
    expect(JSON.stringify(result.diagnostics)).not.toContain('berkas-rusak');
  }, 120_000);
});
