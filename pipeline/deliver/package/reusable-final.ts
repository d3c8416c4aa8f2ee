/**
 * Whether the final already in the output folder may be sent as it is: the stamp its build wrote
 * (`final-stamp.ts`) still matches the inputs, the templates and the tool, its files are the ones the build wrote,
 * and it is clean (no errors). Otherwise the reason, in Indonesian, for the terminal line before the final is built
 * again.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../../../schemas/dataset.ts';
import type { Diagnostic } from '../../diagnostic.ts';
import { sha256 } from './manifest.ts';
import { dataDigest, inputsDigest, templatesDigest, type FinalStamp } from './final-stamp.ts';
import { toolVersion } from './tool-version.ts';

/** The final's files as the build wrote them: what the package is made of. */
export interface FinalReport {
  pdf: Uint8Array;
  /** The JSON file's text, packaged as it is. */
  json: string;
  build: { builtAt: string; fingerprint: string; status?: string; stempel?: FinalStamp };
  dataset: Dataset;
  diagnostics: Diagnostic[];
}

/** Reads the final's PDF and JSON (`output/<base>.pdf`, `.json`). Throws when either is missing or unreadable. */
export async function readFinal(outputDir: string, base: string): Promise<FinalReport> {
  const [pdf, json] = await Promise.all([
    readFile(join(outputDir, `${base}.pdf`)),
    readFile(join(outputDir, `${base}.json`), 'utf8'),
  ]);
  const parsed = JSON.parse(json) as Omit<FinalReport, 'pdf' | 'json'>;
  return { pdf: new Uint8Array(pdf), json, ...parsed };
}

/** Where the final and its Lembar Reviu are. */
export interface FinalPlace {
  inputsDir: string;
  outputDir: string;
  /** Base name of the final (`LKj-…-2024-final`). */
  base: string;
  /** File name of the Lembar Reviu in the output folder. */
  lembarReviu: string;
}

/** The final with its page count when it may be sent as it is, else why not. */
export async function reusableFinal(
  place: FinalPlace,
): Promise<{ final: FinalReport; halaman: number } | { alasan: string }> {
  const final = await readFinal(place.outputDir, place.base).catch(() => null);
  if (!final) return { alasan: 'belum ada laporan final yang utuh di folder keluaran' };
  // A JSON edited by hand may lack any part
  const stamp = final.build?.stempel;
  if (final.build?.status !== 'final' || !stamp || !Array.isArray(final.diagnostics))
    return { alasan: 'laporan final yang ada tidak mencatat dari apa ia disusun' };
  const [masukan, templat, alat, lembar] = await Promise.all([
    inputsDigest(place.inputsDir).catch(() => null),
    templatesDigest(),
    toolVersion(),
    readFile(join(place.outputDir, place.lembarReviu)).catch(() => null),
  ]);
  const stale: [boolean, string][] = [
    [masukan !== stamp.masukan, 'masukan berubah sejak laporan final yang ada disusun'],
    [templat !== stamp.templat, 'templat laporan (folder templates) berubah sejak laporan final yang ada disusun'],
    [alat !== stamp.alat, `laporan final yang ada disusun dengan ${stamp.alat}, sedangkan alat ini ${alat}`],
    [
      sha256(final.pdf) !== stamp.pdf ||
        !lembar ||
        sha256(lembar) !== stamp.lembarReviu ||
        dataDigest(final.dataset, final.diagnostics) !== stamp.data,
      'berkas laporan final di folder keluaran tidak lagi sama dengan yang disusun',
    ],
    [final.diagnostics.some((d) => d.severity === 'error'), 'laporan final yang ada mencatat galat'],
  ];
  const alasan = stale.find(([yes]) => yes)?.[1];
  return alasan ? { alasan } : { final, halaman: stamp.halaman };
}
