/**
 * The archive copy (SOP step 9): `output/arsip/<tahun>/<tanggal>-<sidik>/` holding the package, the PDF/A-2b copy,
 * the whole inputs folder as `masukan.zip`, and the PDF/A check. A folder is never reused: a second final of the same
 * year (or the same day) gets a new one (`…-2`, `…-3`), and the files are made read-only.
 */
import { chmod, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Reference } from '../../../schemas/reference.ts';
import { writeFailure } from '../../print/write-failure.ts';
import { reportBase } from '../history/report-files.ts';
import { inputFiles } from './final-stamp.ts';
import { sha256 } from './manifest.ts';
import { checkPdfA, toPdfA, type PdfACheck } from './pdfa.ts';
import type { FinalReport } from './reusable-final.ts';
import { zipFiles, type ZipEntry } from './zip-files.ts';

/** One file to archive. */
export interface ArchiveFile {
  name: string;
  data: Uint8Array | string;
}

/** Creates the next free folder for this date and fingerprint (atomically: `mkdir` fails on an existing one). */
async function newFolder(base: string, stem: string): Promise<string> {
  await mkdir(base, { recursive: true });
  for (let n = 1; ; n++) {
    const dir = join(base, n === 1 ? stem : `${stem}-${n}`);
    try {
      await mkdir(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** `output/arsip/<tahun>/`: the archive folders of one report year. */
const yearFolder = (outputDir: string, tahun: number): string => join(outputDir, 'arsip', String(tahun));

/** Writes the files into a new dated folder under `output/arsip/<tahun>/` and makes them read-only; returns the folder. */
export async function writeArchive(
  outputDir: string,
  tahun: number,
  at: Date,
  sidik: string,
  files: readonly ArchiveFile[],
): Promise<string> {
  const base = yearFolder(outputDir, tahun);
  // Written after the package zip: a failure here leaves the package in place and this archive folder incomplete.
  const state = (where: string) =>
    `Paket untuk KPU RI sudah tersimpan di folder paket; hanya salinan arsipnya (${where}) yang belum lengkap.`;
  let dir = base;
  let path = base;
  try {
    dir = await newFolder(base, `${at.toISOString().slice(0, 10)}-${sidik}`);
    for (const f of files) {
      path = join(dir, f.name);
      await writeFile(path, f.data, { flag: 'wx' });
      await chmod(path, 0o444);
    }
    await chmod(dir, 0o555);
  } catch (cause) {
    throw writeFailure(cause, path, state(dir));
  }
  return dir;
}

/** The line of `pemeriksaan-pdfa.txt` naming the bytes the PDF/A-2b copy was made from. */
const sourceLine = (pdfName: string, hash: string): string => `SUMBER ${pdfName} SHA-256 ${hash}`;

/** A PDF/A-2b copy made earlier and the folder it is kept in. */
interface EarlierPdfA {
  pdfa: Uint8Array;
  checks: PdfACheck[];
  folder: string;
}

/**
 * The PDF/A-2b copy an earlier archive folder of this year and fingerprint holds of these very bytes (its
 * `pemeriksaan-pdfa.txt` names their SHA-256), checked again and only when every check passes; `null` otherwise.
 * A second package of an unchanged final sends that very final, so Ghostscript would make the same copy again
 * (≈ 2,5 CPU-s on the sample): the copy already archived is taken instead.
 */
async function earlierPdfA(
  yearDir: string,
  sidik: string,
  source: string,
  pdfaName: string,
  halaman: number,
): Promise<EarlierPdfA | null> {
  const folders = (await readdir(yearDir).catch(() => [] as string[])).filter((d) => d.includes(`-${sidik}`)).sort();
  for (const folder of folders) {
    const dir = join(yearDir, folder);
    const recorded = await readFile(join(dir, 'pemeriksaan-pdfa.txt'), 'utf8').catch(() => '');
    if (!recorded.split('\n').includes(source) || recorded.includes('GAGAL')) continue;
    const pdfa = await readFile(join(dir, pdfaName)).catch(() => null);
    if (!pdfa) continue;
    const checks = await checkPdfA(pdfa, halaman).catch(() => null);
    if (checks?.every((c) => c.lulus)) return { pdfa, checks, folder };
  }
  return null;
}

/**
 * Makes the PDF/A-2b copy of the final with Ghostscript (`gs`), or takes the one an earlier archive folder holds of
 * the same final bytes, and checks it; `write()` then archives it with the package (`zip`), the inputs folder and the
 * check's outcome (with the SHA-256 of the final it was made from) and returns the folder. Nothing is written before
 * `write()`, so a stop (`signal`, which kills Ghostscript) during the slow part leaves the output folder as it was.
 */
export async function prepareArchive(
  gs: string,
  inputsDir: string,
  outputDir: string,
  taken: { final: FinalReport; halaman: number; reference: Reference },
  zip: ArchiveFile,
  at: Date,
  say: (line: string) => void,
  signal?: AbortSignal,
): Promise<{ checks: PdfACheck[]; write: () => Promise<string> }> {
  const { final, halaman } = taken;
  const { config } = taken.reference;
  const info = {
    Title: `Laporan Kinerja ${config.satker} Tahun ${config.tahun}`,
    Author: config.satker,
    Subject: `Laporan Kinerja (LKj) Tahun ${config.tahun}`,
    Keywords: `LKj; SidikMasukan ${final.build.fingerprint}`,
  };
  const base = reportBase(config, null);
  const pdfaName = `${base}-PDFA-2b.pdf`;
  const source = sourceLine(`${base}.pdf`, sha256(final.pdf));
  const yearDir = yearFolder(outputDir, config.tahun);
  const earlier = await earlierPdfA(yearDir, final.build.fingerprint, source, pdfaName, halaman);
  if (earlier)
    say(
      `Salinan arsip PDF/A-2b: memakai salinan dari laporan final yang sama (arsip/${config.tahun}/${earlier.folder}); ` +
        'Ghostscript tidak dijalankan lagi.',
    );
  else say('Membuat salinan arsip PDF/A-2b (Ghostscript)…');
  const pdfa = earlier?.pdfa ?? (await toPdfA(gs, final.pdf, info, signal));
  const checks = earlier?.checks ?? (await checkPdfA(pdfa, halaman));
  const masukan = await zipFiles(await inputsEntries(inputsDir), at);
  const files = [
    zip,
    { name: pdfaName, data: pdfa },
    { name: 'masukan.zip', data: masukan },
    {
      name: 'pemeriksaan-pdfa.txt',
      data: [source, ...checks.map((c) => `${c.lulus ? 'LULUS' : 'GAGAL'}  ${c.periksa}`)].join('\n') + '\n',
    },
  ];
  return { checks, write: () => writeArchive(outputDir, config.tahun, at, final.build.fingerprint, files) };
}

/** Every file of the inputs folder (lock files left out), for `masukan.zip` in the archive. */
async function inputsEntries(inputsDir: string): Promise<ZipEntry[]> {
  const files = await inputFiles(inputsDir);
  return Promise.all(
    files.map(async (f) => ({ path: `inputs/${f}`, data: new Uint8Array(await readFile(join(inputsDir, f))) })),
  );
}
