/**
 * The package for KPU RI (SOP step 8), `<satker>-<tahun>-<sidik>.zip`: the final PDF, the tables workbook, the dataset
 * JSON, the division workbooks as received, the Lembar Reviu, and MANIFEST.txt with the SHA-256 of each.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Reference } from '../../../schemas/reference.ts';
import { findInputFiles } from '../../load/find-input-files.ts';
import { reportBase, reportStem } from '../history/report-files.ts';
import { MANIFEST, manifestText } from './manifest.ts';
import type { FinalReport } from './reusable-final.ts';
import { tablesWorkbook } from './tables-workbook.ts';
import { toolVersion } from './tool-version.ts';
import { zipFiles, type ZipEntry } from './zip-files.ts';

/** The package's file name and bytes, its entries dated `at` (the final's build time). */
export async function packageZip(
  inputsDir: string,
  outputDir: string,
  final: FinalReport,
  reference: Reference,
  at: Date,
): Promise<{ name: string; data: Uint8Array }> {
  const { config } = reference;
  const base = reportBase(config, null);
  const stem = reportStem(config);
  const workbooks = (await findInputFiles(inputsDir)).xlsx;
  const entries: ZipEntry[] = [
    { path: `${base}.pdf`, data: final.pdf },
    { path: `${stem}-tabel-T1-T9.xlsx`, data: await tablesWorkbook(final.dataset, reference, at) },
    { path: `${stem}-data.json`, data: Buffer.from(final.json) },
    ...(await Promise.all(
      workbooks.map(async (f) => ({
        path: `buku-kerja/${f}`,
        data: new Uint8Array(await readFile(join(inputsDir, f))),
      })),
    )),
    ...(await optional(join(outputDir, `${stem}-lembar-reviu.html`), `${stem}-lembar-reviu.html`)),
  ];
  const header = {
    satker: config.satker,
    tahun: config.tahun,
    sidik: final.build.fingerprint,
    alat: await toolVersion(),
    disusun: final.build.builtAt,
  };
  const manifest = { path: MANIFEST, data: Buffer.from(manifestText(header, entries)) };
  return { name: `${stem}-${final.build.fingerprint}.zip`, data: await zipFiles([manifest, ...entries], at) };
}

async function optional(path: string, name: string): Promise<ZipEntry[]> {
  const data = await readFile(path).catch(() => null);
  return data ? [{ path: name, data: new Uint8Array(data) }] : [];
}
