/**
 * The final `npm run package` sends: the one already in the output folder when its stamp says it is up to date
 * (`reusable-final.ts`: the very PDF that was reviewed and signed, and no Chromium started), otherwise one built here
 * as `npm run build-report` builds it.
 */
import type { Reference } from '../../../schemas/reference.ts';
import { buildReport } from '../../build-report.ts';
import type { Diagnostic } from '../../diagnostic.ts';
import { formatWaktuWib } from '../../format.ts';
import { loadReferenceInputs } from '../../load/load-inputs.ts';
import { validateReference } from '../../validate/validate-reference.ts';
import { reportBase, reportStem } from '../history/report-files.ts';
import { readFinal, reusableFinal, type FinalReport } from './reusable-final.ts';

/** Where the final is and how to build it again. */
export interface FinalSource {
  inputsDir: string;
  outputDir: string;
  sourceDateEpoch: Date | null;
  /** Build the final again even when the one in the output folder is up to date. */
  susunUlang?: boolean;
  say: (line: string) => void;
  signal?: AbortSignal;
}

/** A final to package, with its page count and whether it was reused. */
export interface TakenFinal {
  final: FinalReport;
  halaman: number;
  reused: boolean;
  reference: Reference;
}

/** The build of the final failed: its exit code and problems. */
export interface FailedBuild {
  failed: { exitCode: 1 | 2; diagnostics: Diagnostic[] };
}

/** The reference data as `inputs/` holds it now (`null` while it has errors). */
export const readReference = async (inputsDir: string): Promise<Reference | null> =>
  validateReference({ ...(await loadReferenceInputs(inputsDir)), workbooks: [] }).reference;

/** The final in the output folder when it is up to date (and `--susun-ulang` was not given), else a new build. */
export async function takeFinal(opts: FinalSource, reference: Reference | null): Promise<TakenFinal | FailedBuild> {
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
  if (build.exitCode !== 0) return { failed: { exitCode: build.exitCode, diagnostics: build.diagnostics } };
  const built = (await readReference(opts.inputsDir))!;
  const final = await readFinal(opts.outputDir, reportBase(built.config, null));
  // This build's diagnostics (its JSON holds the same), its page count
  const diagnostics = build.diagnostics;
  return { final: { ...final, diagnostics }, halaman: build.pages ?? -1, reused: false, reference: built };
}
