/**
 * `npm run package` (SOP steps 8 and 9): builds the final report, then writes the package for KPU RI
 * (`output/paket/<satker>-<tahun>-<sidik>.zip`: final PDF, tables workbook, dataset JSON, the division workbooks as
 * received, the Lembar Reviu, MANIFEST.txt) and the archive copy with its PDF/A-2b under `output/arsip/<tahun>/`.
 * Refuses, saying why, unless the report is `final` and clean.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import { buildReport, type BuildResult } from '../../build-report.ts';
import { reportBase, reportStem } from '../history/report-files.ts';
import { findInputFiles } from '../../load/find-input-files.ts';
import { loadReferenceInputs } from '../../load/load-inputs.ts';
import { writeOutputs } from '../../print/write-outputs.ts';
import { validateReference } from '../../validate/validate-reference.ts';
import { writeArchive } from './archive.ts';
import { MANIFEST, manifestText } from './manifest.ts';
import { checkPdfA, ensureGhostscript, GS_INSTALL, toPdfA, type PdfACheck } from './pdfa.ts';
import { tablesWorkbook } from './tables-workbook.ts';
import { toolVersion } from './tool-version.ts';
import { zipFiles, type ZipEntry } from './zip-files.ts';

/** What to package, from where. */
export interface PackageOptions {
  inputsDir: string;
  outputDir: string;
  sourceDateEpoch: Date | null;
  /** Package even with warnings left (errors always refuse). */
  izinkanPeringatan: boolean;
  say: (line: string) => void;
  signal?: AbortSignal;
}

/** The outcome: exit code, the build's problems, and the package and archive when made. */
export interface PackageResult {
  exitCode: 0 | 1 | 2;
  /** Why nothing was packaged (Indonesian), `''` when it was. */
  alasan: string;
  build: BuildResult | null;
  zip: string | null;
  arsip: string | null;
  pdfa: PdfACheck[];
}

const refused = (exitCode: 1 | 2, alasan: string, build: BuildResult | null = null): PackageResult => ({
  exitCode,
  alasan,
  build,
  zip: null,
  arsip: null,
  pdfa: [],
});

/** Builds the final and packages and archives it. */
export async function makePackage(opts: PackageOptions): Promise<PackageResult> {
  const loaded = await loadReferenceInputs(opts.inputsDir);
  const status = validateReference({ ...loaded, workbooks: [] }).reference?.config.status;
  if (status === 'draf') {
    return refused(
      2,
      'Paket hanya dibuat dari laporan final, sedangkan inputs/laporan.yaml masih berisi "status: draf". ' +
        'Setelah Kepala Bagian selesai mereviu dan semua perbaikan masuk, ubah menjadi "status: final", lalu jalankan lagi npm run package.',
    );
  }
  const gs = ensureGhostscript(opts.say);
  if (!gs)
    return refused(2, `Ghostscript (untuk salinan arsip PDF/A-2b) tidak ditemukan di komputer ini. ${GS_INSTALL}`);
  opts.say('Menyusun laporan final…');
  const build = await buildReport({
    inputsDir: opts.inputsDir,
    outputDir: opts.outputDir,
    sourceDateEpoch: opts.sourceDateEpoch,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  if (build.exitCode !== 0)
    return refused(
      build.exitCode,
      'Laporan final tidak dapat disusun; perbaiki galat di atas, lalu jalankan lagi npm run package.',
      build,
    );
  const warnings = build.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length && !opts.izinkanPeringatan) {
    return refused(
      1,
      `Laporan final masih memiliki ${warnings.length} peringatan (di atas). Paket hanya dibuat dari laporan yang bersih: ` +
        'perbaiki peringatan itu, atau bila sudah diperiksa dan memang benar, jalankan npm run package -- --izinkan-peringatan.',
      build,
    );
  }
  return writePackage(opts, build, gs);
}

/** The final's files as the build wrote them. */
async function readFinal(outputDir: string, base: string) {
  const [pdf, json] = await Promise.all([
    readFile(join(outputDir, `${base}.pdf`)),
    readFile(join(outputDir, `${base}.json`), 'utf8'),
  ]);
  const parsed = JSON.parse(json) as {
    build: { builtAt: string; fingerprint: string };
    dataset: import('../../../schemas/dataset.ts').Dataset;
  };
  return { pdf: new Uint8Array(pdf), json, ...parsed };
}

async function writePackage(opts: PackageOptions, build: BuildResult, gs: string): Promise<PackageResult> {
  const reference = validateReference({ ...(await loadReferenceInputs(opts.inputsDir)), workbooks: [] }).reference!;
  const { config } = reference;
  const base = reportBase(config, null);
  const final = await readFinal(opts.outputDir, base);
  const at = new Date(final.build.builtAt);
  const stem = reportStem(config);
  const workbooks = (await findInputFiles(opts.inputsDir)).xlsx;
  const entries: ZipEntry[] = [
    { path: `${base}.pdf`, data: final.pdf },
    { path: `${stem}-tabel-T1-T9.xlsx`, data: await tablesWorkbook(final.dataset, reference, at) },
    { path: `${stem}-data.json`, data: Buffer.from(final.json) },
    ...(await Promise.all(
      workbooks.map(async (f) => ({
        path: `buku-kerja/${f}`,
        data: new Uint8Array(await readFile(join(opts.inputsDir, f))),
      })),
    )),
    ...(await optional(join(opts.outputDir, `${stem}-lembar-reviu.html`), `${stem}-lembar-reviu.html`)),
  ];
  const header = {
    satker: config.satker,
    tahun: config.tahun,
    sidik: final.build.fingerprint,
    alat: await toolVersion(),
    disusun: final.build.builtAt,
  };
  const manifest = { path: MANIFEST, data: Buffer.from(manifestText(header, entries)) };
  const zipName = `${stem}-${final.build.fingerprint}.zip`;
  const zip = await zipFiles([manifest, ...entries], at);
  const [zipPath] = await writeOutputs(join(opts.outputDir, 'paket'), [{ name: zipName, data: zip }]);
  opts.say('Membuat salinan arsip PDF/A-2b (Ghostscript)…');
  const info = {
    Title: `Laporan Kinerja ${config.satker} Tahun ${config.tahun}`,
    Author: config.satker,
    Subject: `Laporan Kinerja (LKj) Tahun ${config.tahun}`,
    Keywords: `LKj; SidikMasukan ${final.build.fingerprint}`,
  };
  const pdfa = await toPdfA(gs, final.pdf, info);
  const checks = await checkPdfA(pdfa, build.pages ?? -1);
  const masukan = await zipFiles(await inputsEntries(opts.inputsDir), at);
  const arsip = await writeArchive(opts.outputDir, config.tahun, at, final.build.fingerprint, [
    { name: zipName, data: zip },
    { name: `${base}-PDFA-2b.pdf`, data: pdfa },
    { name: 'masukan.zip', data: masukan },
    {
      name: 'pemeriksaan-pdfa.txt',
      data: checks.map((c) => `${c.lulus ? 'LULUS' : 'GAGAL'}  ${c.periksa}`).join('\n') + '\n',
    },
  ]);
  const failed = checks.filter((c) => !c.lulus);
  const alasan = failed.length
    ? `Salinan PDF/A-2b tidak lolos pemeriksaan: ${failed.map((c) => c.periksa).join('; ')}.`
    : '';
  return { exitCode: failed.length ? 1 : 0, alasan, build, zip: zipPath!, arsip, pdfa: checks };
}

async function optional(path: string, name: string): Promise<ZipEntry[]> {
  const data = await readFile(path).catch(() => null);
  return data ? [{ path: name, data: new Uint8Array(data) }] : [];
}

/** Every file of the inputs folder (lock files left out), for `masukan.zip` in the archive. */
async function inputsEntries(inputsDir: string): Promise<ZipEntry[]> {
  const files = (await fg('**/*', { cwd: inputsDir, onlyFiles: true, dot: false, ignore: ['**/~$*'] })).sort();
  return Promise.all(
    files.map(async (f) => ({ path: `inputs/${f}`, data: new Uint8Array(await readFile(join(inputsDir, f))) })),
  );
}
