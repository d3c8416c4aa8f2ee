/**
 * `npm run package` (SOP steps 8 and 9): takes the final report, then writes the package for KPU RI
 * (`output/paket/<satker>-<tahun>-<sidik>.zip`: final PDF, tables workbook, dataset JSON, the division workbooks as
 * received, the Lembar Reviu, MANIFEST.txt) and the archive copy with its PDF/A-2b under `output/arsip/<tahun>/`.
 * The final is the one already in the output folder when its stamp says it is up to date (`reusable-final.ts`: the
 * very PDF that was reviewed and signed, and no Chromium started); otherwise it is built here, as
 * `npm run build-report` builds it. Refuses, saying why, unless the report is `final` and clean.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Reference } from '../../../schemas/reference.ts';
import { buildReport } from '../../build-report.ts';
import type { Diagnostic } from '../../diagnostic.ts';
import { formatWaktuWib } from '../../format.ts';
import { findInputFiles } from '../../load/find-input-files.ts';
import { loadReferenceInputs } from '../../load/load-inputs.ts';
import { writeOutputs } from '../../print/write-outputs.ts';
import { validateReference } from '../../validate/validate-reference.ts';
import { reportBase, reportStem } from '../history/report-files.ts';
import { writeArchive } from './archive.ts';
import { inputFiles } from './final-stamp.ts';
import { MANIFEST, manifestText } from './manifest.ts';
import { checkPdfA, ensureGhostscript, GS_INSTALL, toPdfA, type PdfACheck } from './pdfa.ts';
import { readFinal, reusableFinal, type FinalReport } from './reusable-final.ts';
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
  /** Build the final again even when the one in the output folder is up to date. */
  susunUlang?: boolean;
  say: (line: string) => void;
  signal?: AbortSignal;
}

/** The outcome: exit code, the final's problems, whether it was reused, and the package and archive when made. */
export interface PackageResult {
  exitCode: 0 | 1 | 2;
  /** Why nothing was packaged (Indonesian), `''` when it was. */
  alasan: string;
  /** The final's problems: found by this build, or recorded by the build of the final that was reused. */
  diagnostics: Diagnostic[];
  /** The final already in the output folder was packaged as it was (nothing built). */
  reused: boolean;
  zip: string | null;
  arsip: string | null;
  pdfa: PdfACheck[];
}

/** A final to package (with its page count and whether it was reused), or the refusal. */
type Taken =
  { final: FinalReport; halaman: number; reused: boolean; reference: Reference } | { refusal: PackageResult };

const refused = (exitCode: 1 | 2, alasan: string, diagnostics: Diagnostic[] = [], reused = false): PackageResult => ({
  exitCode,
  alasan,
  diagnostics,
  reused,
  zip: null,
  arsip: null,
  pdfa: [],
});

/** The reference data as `inputs/` holds it now (`null` while it has errors). */
const readReference = async (inputsDir: string): Promise<Reference | null> =>
  validateReference({ ...(await loadReferenceInputs(inputsDir)), workbooks: [] }).reference;

/** Takes (or builds) the final and packages and archives it. */
export async function makePackage(opts: PackageOptions): Promise<PackageResult> {
  const reference = await readReference(opts.inputsDir);
  if (reference?.config.status === 'draf') {
    return refused(
      2,
      'Paket hanya dibuat dari laporan final, sedangkan inputs/laporan.yaml masih berisi "status: draf". ' +
        'Setelah Kepala Bagian selesai mereviu dan semua perbaikan masuk, ubah menjadi "status: final", lalu jalankan lagi npm run package.',
    );
  }
  const gs = ensureGhostscript(opts.say);
  if (!gs)
    return refused(2, `Ghostscript (untuk salinan arsip PDF/A-2b) tidak ditemukan di komputer ini. ${GS_INSTALL}`);
  const taken = await takeFinal(opts, reference);
  if ('refusal' in taken) return taken.refusal;
  const warnings = taken.final.diagnostics.filter((d) => d.severity === 'warning');
  if (warnings.length && !opts.izinkanPeringatan) {
    return refused(
      1,
      `Laporan final masih memiliki ${warnings.length} peringatan (di atas). Paket hanya dibuat dari laporan yang bersih: ` +
        'perbaiki peringatan itu, atau bila sudah diperiksa dan memang benar, jalankan npm run package -- --izinkan-peringatan.',
      taken.final.diagnostics,
      taken.reused,
    );
  }
  return writePackage(opts, taken, gs);
}

/** The final in the output folder when it is up to date (and `--susun-ulang` was not given), else a new build. */
async function takeFinal(opts: PackageOptions, reference: Reference | null): Promise<Taken> {
  const found = opts.susunUlang
    ? { alasan: 'diminta dengan --susun-ulang' }
    : reference
      ? await reusableFinal({
          inputsDir: opts.inputsDir,
          outputDir: opts.outputDir,
          base: reportBase(reference.config, null),
          lembarReviu: `${reportStem(reference.config)}-lembar-reviu.html`,
        })
      : { alasan: 'data acuan di inputs belum dapat dibaca' };
  if ('final' in found && reference) {
    const { builtAt, fingerprint } = found.final.build;
    opts.say(
      `Memakai laporan final yang sudah ada (sidik ${fingerprint}, disusun ${formatWaktuWib(builtAt)}): ` +
        'masukan, templat dan versi alat tidak berubah sejak disusun.',
    );
    return { ...found, reused: true, reference };
  }
  opts.say(`Menyusun laporan final… (${'alasan' in found ? found.alasan : ''})`);
  const build = await buildReport({
    inputsDir: opts.inputsDir,
    outputDir: opts.outputDir,
    sourceDateEpoch: opts.sourceDateEpoch,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  if (build.exitCode !== 0) {
    const alasan = 'Laporan final tidak dapat disusun; perbaiki galat di atas, lalu jalankan lagi npm run package.';
    return { refusal: refused(build.exitCode, alasan, build.diagnostics) };
  }
  const built = (await readReference(opts.inputsDir))!;
  const final = await readFinal(opts.outputDir, reportBase(built.config, null));
  // This build's diagnostics (its JSON holds the same), its page count
  const diagnostics = build.diagnostics;
  return { final: { ...final, diagnostics }, halaman: build.pages ?? -1, reused: false, reference: built };
}

async function writePackage(
  opts: PackageOptions,
  { final, halaman, reused, reference }: Extract<Taken, { final: FinalReport }>,
  gs: string,
): Promise<PackageResult> {
  const { config } = reference;
  const base = reportBase(config, null);
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
  const checks = await checkPdfA(pdfa, halaman);
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
  return {
    exitCode: failed.length ? 1 : 0,
    alasan,
    diagnostics: final.diagnostics,
    reused,
    zip: zipPath!,
    arsip,
    pdfa: checks,
  };
}

async function optional(path: string, name: string): Promise<ZipEntry[]> {
  const data = await readFile(path).catch(() => null);
  return data ? [{ path: name, data: new Uint8Array(data) }] : [];
}

/** Every file of the inputs folder (lock files left out), for `masukan.zip` in the archive. */
async function inputsEntries(inputsDir: string): Promise<ZipEntry[]> {
  const files = await inputFiles(inputsDir);
  return Promise.all(
    files.map(async (f) => ({ path: `inputs/${f}`, data: new Uint8Array(await readFile(join(inputsDir, f))) })),
  );
}
