/**
 * `npm run package` (SOP steps 8 and 9): takes the final report (`take-final.ts`: the one already in the output folder
 * when it is up to date, else built here), then writes the package for KPU RI (`package-zip.ts`) to `output/paket/`
 * and the archive copy with its PDF/A-2b under `output/arsip/<tahun>/` (`archive.ts`). Refuses, saying why, unless
 * the report is `final` and clean.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../../diagnostic.ts';
import { writeOutputs } from '../../print/write-outputs.ts';
import { prepareArchive } from './archive.ts';
import { inputsTooBig } from './inputs-size.ts';
import { packageZip } from './package-zip.ts';
import { ensureGhostscript, GS_INSTALL, type PdfACheck } from './pdfa.ts';
import { readReference, takeFinal, type FinalSource, type TakenFinal } from './take-final.ts';

/** What to package, from where. */
export interface PackageOptions extends FinalSource {
  /** Package even with warnings left (errors always refuse). */
  izinkanPeringatan: boolean;
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

const refused = (exitCode: 1 | 2, alasan: string, diagnostics: Diagnostic[] = [], reused = false): PackageResult => ({
  exitCode,
  alasan,
  diagnostics,
  reused,
  zip: null,
  arsip: null,
  pdfa: [],
});

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
  const tooBig = await inputsTooBig(opts.inputsDir);
  if (tooBig) return refused(2, tooBig);
  const gs = ensureGhostscript(opts.say);
  if (!gs)
    return refused(2, `Ghostscript (untuk salinan arsip PDF/A-2b) tidak ditemukan di komputer ini. ${GS_INSTALL}`);
  const taken = await takeFinal(opts, reference);
  if ('failed' in taken) {
    const alasan = 'Laporan final tidak dapat disusun; perbaiki galat di atas, lalu jalankan lagi npm run package.';
    return refused(taken.failed.exitCode, alasan, taken.failed.diagnostics);
  }
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

/**
 * Writes the package, then the archive copy; exit 1 when the PDF/A-2b copy fails its checks. The slow part (the
 * PDF/A-2b by Ghostscript) comes before either is written: a stop meanwhile (`opts.signal`) changes neither `paket/`
 * nor `arsip/`.
 */
async function writePackage(opts: PackageOptions, taken: TakenFinal, gs: string): Promise<PackageResult> {
  const { final } = taken;
  const at = new Date(final.build.builtAt);
  const zip = await packageZip(opts.inputsDir, opts.outputDir, final, taken.reference, at);
  const archive = await prepareArchive(gs, opts.inputsDir, opts.outputDir, taken, zip, at, opts.say, opts.signal);
  // From here on, both are written whole: a stop now is answered once they are (`cli.ts`, WRITE_LIMIT_MS).
  opts.signal?.throwIfAborted();
  const [zipPath] = await writeOutputs(join(opts.outputDir, 'paket'), [zip]);
  const arsip = await archive.write();
  const { checks } = archive;
  const failed = checks.filter((c) => !c.lulus);
  const alasan = failed.length
    ? `Salinan PDF/A-2b tidak lolos pemeriksaan: ${failed.map((c) => c.periksa).join('; ')}.`
    : '';
  return {
    exitCode: failed.length ? 1 : 0,
    alasan,
    diagnostics: final.diagnostics,
    reused: taken.reused,
    zip: zipPath!,
    arsip,
    pdfa: checks,
  };
}
