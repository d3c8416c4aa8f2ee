/**
 * The stamp a final build writes into its JSON (`build.stempel`): what the final was made from and with, so that
 * `npm run package` can send that very final, byte for byte (the one the Kepala reviewed and signed), instead of
 * building it again (`reusable-final.ts` checks it). A final is up to date only when nothing that shapes its bytes
 * has changed since it was built:
 *
 * - the inputs: SHA-256 over every file of the inputs folder (the files `masukan.zip` archives), taken before the
 *   build reads anything and again once the final is printed; a file saved while the build ran leaves the final
 *   unstamped. The input fingerprint (`sidik`) is not used for this: it covers only the inputs that shape the PDF
 *   (YAML, workbooks, narrative and its pictures, `logo.svg`, the PK scan), while the package archives every file of
 *   the folder, and it is known only once the build has read them. Each file is hashed as a stream: a 2 GB video or
 *   a backup zip left in the folder costs time, not memory (and no longer fails past Node's 2 GiB `readFile` limit).
 *   Only a build whose `laporan.yaml` says `status: final` hashes the folder (`declaresFinal`);
 * - the templates: SHA-256 over `templates/` (layouts, partials, styles, fonts, the placeholder logo), which the
 *   fingerprint does not cover at all (`laporan.yaml` is an input, so it is covered);
 * - the tool: `toolVersion()` (version, last commit of the tool's own files, and whether they were edited since);
 * - the files themselves: the PDF and the Lembar Reviu as written, the dataset and diagnostics the JSON holds.
 *
 * Left out on purpose: the Chromium binary (the same inputs print the same report; a browser update is no reason to
 * send a PDF other than the signed one). `npm run package -- --susun-ulang` builds again whatever the stamp says.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Dataset } from '../../../schemas/dataset.ts';
import type { Diagnostic } from '../../diagnostic.ts';
import { decodeUtf8 } from '../../load/decode-text.ts';
import { regularFiles } from '../../load/find-input-files.ts';
import { TEXT_LIMITS } from '../../load/limits.ts';
import { readBounded } from '../../load/read-bounded.ts';
import { TEMPLATES_DIR } from '../../render/assets.ts';
import { fileDigest } from './file-digest.ts';
import { sha256 } from './manifest.ts';
import { toolVersion } from './tool-version.ts';

/** `build.stempel` of a final's JSON: hex SHA-256 digests, the tool version and the page count. */
export interface FinalStamp {
  alat: string;
  templat: string;
  masukan: string;
  pdf: string;
  lembarReviu: string;
  /** Of `JSON.stringify({ dataset, diagnostics })`, so an edited JSON is told from the one the build wrote. */
  data: string;
  halaman: number;
}

/** What the build printed and wrote for the final. */
export interface FinalFiles {
  pdf: Uint8Array;
  lembarReviu: string;
  dataset: Dataset;
  diagnostics: readonly Diagnostic[];
  halaman: number;
}

/** The digest of a dataset and its diagnostics, the same for the objects and for their JSON read back. */
export const dataDigest = (dataset: unknown, diagnostics: unknown): string =>
  sha256(JSON.stringify({ dataset, diagnostics }));

/**
 * Every file of the inputs folder, sorted (hidden files and Excel's `~$…` lock files left out; linked folders not
 * followed, as the loader does not: `regularFiles`).
 */
export const inputFiles = (inputsDir: string): Promise<string[]> => regularFiles(inputsDir, { ignore: ['**/~$*'] });

/** SHA-256 over each file's path and the SHA-256 of its bytes. */
async function digestFiles(dir: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const f of files)
    hash
      .update(f)
      .update('\0')
      .update(await fileDigest(join(dir, f)))
      .update('\0');
  return hash.digest('hex');
}

/** The digest of the whole inputs folder now. */
export const inputsDigest = async (inputsDir: string): Promise<string> =>
  digestFiles(inputsDir, await inputFiles(inputsDir));

/** The digest of `templates/` now. */
export const templatesDigest = async (): Promise<string> =>
  digestFiles(TEMPLATES_DIR, await regularFiles(TEMPLATES_DIR));

/**
 * Whether `laporan.yaml` says `status: final` now (a line of its own at the top level). Peeked before the folder is hashed only to spare drafts the
 * hashing; what the build makes is decided by its own read of the file, after the hashing. So the "before" digest
 * still comes before anything the build reads: a file changed between this peek and the build's read leaves either a
 * final unstamped (`npm run package` then builds it again) or a stamp function a draft never calls, never a stamp
 * over inputs the build did not read.
 */
async function declaresFinal(inputsDir: string): Promise<boolean> {
  const read = await readBounded(join(inputsDir, 'laporan.yaml'), TEXT_LIMITS.yamlBytes);
  const text = read.ok ? decodeUtf8(read.bytes) : null;
  // The top-level line as every laporan.yaml writes it, not a YAML parse (6 ms on the sample's, more than hashing
  // its whole inputs folder): a final spelled otherwise (`{status: final}`) is only left unstamped.
  return text?.ok === true && FINAL_LINE.test(text.text);
}

const FINAL_LINE = /^status[ \t]*:[ \t]*(final|"final"|'final')[ \t]*(#.*)?\r?$/m;

/** Makes a final's stamp once it is printed, or `null` when an input changed (or could not be read) meanwhile. */
export type StampFinal = (final: FinalFiles) => Promise<FinalStamp | null>;

/**
 * Hashes the inputs folder before a build reads anything, when `laporan.yaml` declares a final; `null` for a draft,
 * whose build needs no stamp.
 */
export async function startFinalStamp(inputsDir: string): Promise<StampFinal | null> {
  if (!(await declaresFinal(inputsDir))) return null;
  const masukan = await inputsDigest(inputsDir).catch(() => null);
  return async (final) => {
    const [after, alat, templat] = await Promise.all([
      inputsDigest(inputsDir).catch(() => null),
      toolVersion(),
      templatesDigest(),
    ]);
    if (masukan === null || masukan !== after) return null;
    return {
      alat,
      templat,
      masukan,
      pdf: sha256(final.pdf),
      lembarReviu: sha256(final.lembarReviu),
      data: dataDigest(final.dataset, final.diagnostics),
      halaman: final.halaman,
    };
  };
}
