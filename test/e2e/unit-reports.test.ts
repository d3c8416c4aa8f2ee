/**
 * Problem reports per unit and correction copies, as a unit receives them: only its own problems, nothing that breaks
 * when the page is e-mailed alone, and a correction copy that keeps the template's locks and print setup.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySample, runCli, type CliRun } from '../helpers/run-cli.ts';

const HUKUM = 'divisi-hukum-dan-pengawasan';
const SDM = 'divisi-sdm-dan-litbang';
let work: Awaited<ReturnType<typeof copySample>>;
let run: CliRun;
const page = (name: string) => readFile(join(work.output, 'pemeriksaan', `${name}.html`), 'utf8');

beforeAll(async () => {
  // A folder with spaces, as `C:\\Users\\Siti Aminah\\Documents` is on Windows.
  work = await copySample('lkj uji spasi ');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(work.inputs, `${HUKUM}.xlsx`));
  const capaian = wb.getWorksheet('Capaian');
  if (!capaian) throw new Error('no Capaian sheet in the sample');
  capaian.getCell('I5').value = 'sepuluh';
  await wb.xlsx.writeFile(join(work.inputs, `${HUKUM}.xlsx`));
  const sdm = await readFile(join(work.inputs, `${SDM}.xlsx`));
  await writeFile(join(work.inputs, `${SDM}.xlsx`), sdm.subarray(0, 3000));
  run = await runCli(['--check', '--inputs', work.inputs, '--output', work.output]);
}, 60_000);
afterAll(async () => {
  await rm(work.dir, { recursive: true, force: true });
});

describe('a problem report per unit', () => {
  it("holds only that unit's problems", async () => {
    expect(run.code).toBe(1);
    const hukum = await page(HUKUM);
    expect(hukum).toContain('Divisi Hukum dan Pengawasan');
    expect(hukum).toContain('Realisasi &quot;sepuluh&quot; bukan angka');
    expect(hukum).not.toContain(SDM);
    const sdm = await page(SDM);
    expect(sdm).toContain('tidak utuh');
    expect(sdm).not.toContain('sepuluh');
  });

  it('links nothing outside itself: the correction copy is inside the page', async () => {
    const hukum = await page(HUKUM);
    const hrefs = [...hukum.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('data:') || h.startsWith('#'))).toBe(true);
    expect(hukum).not.toMatch(/src="(?!data:)/);
  });

  it('is listed in the overview for the Pelaksana, and a broken file counts as sent but unreadable', async () => {
    const overview = await page('laporan-pemeriksaan');
    expect(overview).toContain(`href="${HUKUM}.html"`);
    expect(overview).toContain(`href="${SDM}.html"`);
    expect(run.stderr).toContain(
      'sudah mengirim tetapi tidak terbaca: Divisi SDM dan Litbang (divisi-sdm-dan-litbang.xlsx)',
    );
    expect(run.stderr).not.toMatch(/belum: [^\n]*Divisi SDM/);
  });
});

describe('the correction copy inside the page', () => {
  const copy = async () => {
    const href = /href="data:[^;]+;base64,([^"]+)"/.exec(await page(HUKUM))?.[1] ?? '';
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(href, 'base64') as never);
    return wb;
  };

  it("keeps the template's sheet protection, so locked targets stay locked", async () => {
    const wb = await copy();
    for (const name of ['Identitas', 'Capaian', 'Analisis', 'Anggaran']) {
      expect(
        (wb.getWorksheet(name) as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
        name,
      ).toBe(true);
    }
    expect(wb.getWorksheet('Capaian')?.getCell('D5').protection?.locked).not.toBe(false);
    expect(wb.getWorksheet('Capaian')?.getCell('I5').protection?.locked).toBe(false);
  });

  it('keeps A4 fit-to-page printing, Identitas on one page, and prints the Koreksi sheet the same way', async () => {
    const wb = await copy();
    for (const name of ['Capaian', 'Analisis', 'Anggaran', 'Koreksi']) {
      expect(wb.getWorksheet(name)?.pageSetup, name).toMatchObject({
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
    }
    expect(wb.getWorksheet('Identitas')?.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  });
});
