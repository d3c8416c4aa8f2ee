/**
 * Steps 8 and 9 with the real commands on the sample: `npm run package` refuses a draft; on a final it writes the zip
 * for KPU RI (final PDF, tables workbook, dataset, workbooks as received, MANIFEST.txt) and a read-only archive copy
 * with a PDF/A-2b; `npm run cek-paket` passes the zip and catches a changed file; a second final gets a new folder.
 */
import { chmod, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/deliver/package/manifest.ts';
import { copySample, runPackageCli } from '../helpers/run-cli.ts';
import { makeFinalReady } from './final-helpers.ts';

const STEM = 'LKj-Sekretariat-KPU-Provinsi-Banten-2024';
const ENV = { SOURCE_DATE_EPOCH: '1736910000' }; // 2025-01-15
let work: Awaited<ReturnType<typeof copySample>>;
const pack = (...extra: string[]) => runPackageCli(['--inputs', work.inputs, '--output', work.output, ...extra], ENV);
const cek = (zip: string) => runPackageCli(['--cek', zip]);

beforeAll(async () => {
  work = await copySample();
});

afterAll(async () => {
  // The archive is read-only; make it writable again so the temporary folder can go.
  const arsip = join(work.output, 'arsip', '2024');
  for (const d of await readdir(arsip).catch(() => [])) await chmod(join(arsip, d), 0o755);
  await rm(work.dir, { recursive: true, force: true });
});

describe('npm run package', () => {
  it('refuses a draft (exit 2) and says how to go on', async () => {
    const run = await pack();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'Paket TIDAK dibuat. Paket hanya dibuat dari laporan final, sedangkan inputs/laporan.yaml masih berisi "status: draf".',
    );
    expect(await readdir(join(work.output, 'paket')).catch(() => [])).toEqual([]);
  });

  let zipPath = '';
  it('packages a clean final: zip named satker-year-fingerprint, every file in MANIFEST.txt with its SHA-256', async () => {
    await makeFinalReady(work.inputs);
    const run = await pack();
    expect(run.code, run.stderr).toBe(0);
    const final = JSON.parse(await readFile(join(work.output, `${STEM}-final.json`), 'utf8'));
    const fp: string = final.build.fingerprint;
    zipPath = join(work.output, 'paket', `${STEM}-${fp}.zip`);
    expect(run.stderr).toContain(`Paket untuk KPU RI: ${zipPath}`);
    const zip = await JSZip.loadAsync(await readFile(zipPath));
    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir)
      .sort();
    const workbooks = (await readdir(work.inputs)).filter((f) => f.endsWith('.xlsx')).map((f) => `buku-kerja/${f}`);
    expect(names).toEqual(
      [
        'MANIFEST.txt',
        `${STEM}-data.json`,
        `${STEM}-final.pdf`,
        `${STEM}-lembar-reviu.html`,
        `${STEM}-tabel-T1-T9.xlsx`,
        ...workbooks,
      ].sort(),
    );
    const manifest = await zip.file('MANIFEST.txt')!.async('string');
    expect(manifest).toContain(`# Sidik masukan: ${fp}`);
    expect(manifest).toMatch(/# Alat: lkj \d+\.\d+\.\d+/);
    expect(manifest).toContain('# Disusun: 2025-01-15T03:00:00.000Z');
    for (const n of names.filter((x) => x !== 'MANIFEST.txt')) {
      expect(manifest).toContain(`${sha256(await zip.file(n)!.async('uint8array'))}  ${n}`);
    }
    expect(sha256(await zip.file(`${STEM}-final.pdf`)!.async('uint8array'))).toBe(
      sha256(await readFile(join(work.output, `${STEM}-final.pdf`))),
    );
    const first = workbooks[0]!;
    expect(sha256(await zip.file(first)!.async('uint8array'))).toBe(
      sha256(await readFile(join(work.inputs, first.slice('buku-kerja/'.length)))),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await zip.file(`${STEM}-tabel-T1-T9.xlsx`)!.async('uint8array')) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9']);
    const t8 = wb.getWorksheet('T8')!;
    const pagu = t8.getRow(4).getCell(3);
    expect(pagu.value).toBe(final.dataset.anggaran.program[0].pagu);
    expect(pagu.numFmt).toBe('"Rp "#,##0.00');
  }, 240_000);

  it('keeps a read-only archive copy with a PDF/A-2b that passes the checks, the package and the inputs', async () => {
    const year = join(work.output, 'arsip', '2024');
    const [folder] = await readdir(year);
    expect(folder).toMatch(/^2025-01-15-[0-9a-f]{12}$/);
    const files = (await readdir(join(year, folder!))).sort();
    expect(files).toEqual(
      [`${STEM}-${folder!.slice(11)}.zip`, `${STEM}-final-PDFA-2b.pdf`, 'masukan.zip', 'pemeriksaan-pdfa.txt'].sort(),
    );
    const checks = await readFile(join(year, folder!, 'pemeriksaan-pdfa.txt'), 'utf8');
    expect(checks).not.toContain('GAGAL');
    expect(checks).toContain('LULUS  XMP: pdfaid:part = 2 dan pdfaid:conformance = B');
    const pdfa = (await readFile(join(year, folder!, `${STEM}-final-PDFA-2b.pdf`))).toString('latin1');
    expect(pdfa).toContain('/GTS_PDFA1');
    // Read-only for everyone (root may still write, so the mode bits are what is checked).
    for (const f of files) expect((await stat(join(year, folder!, f))).mode & 0o222, f).toBe(0);
    expect((await stat(join(year, folder!))).mode & 0o222).toBe(0);
  });

  it('checks a package against its manifest: intact passes, a changed file is named', async () => {
    const ok = await cek(zipPath);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/Paket utuh: \d+ berkas cocok dengan MANIFEST.txt./);
    const zip = await JSZip.loadAsync(await readFile(zipPath));
    zip.file(`${STEM}-data.json`, '{}');
    const tampered = join(work.dir, 'diubah.zip');
    await writeFile(tampered, await zip.generateAsync({ type: 'uint8array' }));
    const bad = await cek(tampered);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${STEM}-data.json berubah: SHA-256-nya ${sha256('{}')}`);
  });

  it('a second final of the same year gets a new archive folder; the first is untouched', async () => {
    const year = join(work.output, 'arsip', '2024');
    const [folder] = await readdir(year);
    const before = await readFile(join(year, folder!, 'masukan.zip'));
    const run = await pack();
    expect(run.code, run.stderr).toBe(0);
    expect((await readdir(year)).sort()).toEqual([folder, `${folder}-2`]);
    expect(Buffer.compare(await readFile(join(year, folder!, 'masukan.zip')), before)).toBe(0);
  }, 240_000);
});
