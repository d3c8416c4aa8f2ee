/**
 * The PDF/A-2b copy for long-term keeping (SOP step 9), made by Ghostscript's pdfwrite, and a check of what this
 * machine can check without a validator such as veraPDF: the PDF/A identification in the XMP metadata, an output
 * intent with an embedded ICC profile, every font embedded, no encryption, no JavaScript or embedded files, and the
 * same number of pages as the report.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from '@cantoo/pdf-lib';
import { UserError } from '../../diagnostic.ts';

/** How to get Ghostscript, said once for every message that needs it. */
export const GS_INSTALL =
  'Pasang Ghostscript: Debian/Ubuntu "sudo apt-get install ghostscript", macOS "brew install ghostscript", ' +
  'Windows: unduh dari https://ghostscript.com/releases/ lalu pastikan gswin64c ada di PATH.';

/** The Ghostscript command on this machine, or `null`. */
export function findGhostscript(): string | null {
  for (const cmd of process.platform === 'win32' ? ['gswin64c', 'gswin32c', 'gs'] : ['gs']) {
    if (spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0) return cmd;
  }
  return null;
}

/**
 * Ghostscript, installed with apt-get when missing on Debian/Ubuntu as root (as setup does for Chromium); `null`
 * when it is still missing (the caller says how to install it).
 */
export function ensureGhostscript(say: (line: string) => void): string | null {
  const found = findGhostscript();
  if (found || process.platform !== 'linux' || process.getuid?.() !== 0) return found;
  if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) return null;
  say('Ghostscript belum terpasang; memasang paket Debian "ghostscript" (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'ghostscript'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  });
  return findGhostscript();
}

/**
 * An RGB ICC profile Ghostscript ships (for the output intent), or `null`: `iccprofiles/default_rgb.icc` under
 * `share/ghostscript/<version>/` on Linux and macOS (Homebrew); on Windows, under `gs/<version>/` of the program
 * folders (the layout of Ghostscript's Windows installer as we understand it: never run on Windows here).
 */
export function iccProfile(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const dirs =
    platform === 'win32'
      ? [env['ProgramFiles'], env['ProgramFiles(x86)'], env['ProgramW6432']].flatMap((d) => (d ? [join(d, 'gs')] : []))
      : ['/usr/share/ghostscript', '/usr/local/share/ghostscript', '/opt/homebrew/share/ghostscript'];
  for (const base of dirs.filter((d) => existsSync(d))) {
    // The newest version first (names such as 9.56.1 and 10.04.0: compared as numbers)
    const versions = readdirSync(base).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    for (const v of versions) {
      const f = join(base, v, 'iccprofiles', 'default_rgb.icc');
      if (existsSync(f)) return f;
    }
  }
  return null;
}

/** PostScript that gives the document its output intent and its document information (kept in XMP by pdfwrite). */
const pdfaDef = (icc: string, info: Readonly<Record<string, string>>): string => {
  const ps = (s: string) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?')})`;
  const docinfo = Object.entries(info)
    .map(([k, v]) => `/${k} ${ps(v)}`)
    .join(' ');
  return `%!
[ ${docinfo} /DOCINFO pdfmark
/ICCProfile ${ps(icc)} def
[/_objdef {icc_PDFA} /type /stream /OBJ pdfmark
[{icc_PDFA} <</N 3>> /PUT pdfmark
[{icc_PDFA} ICCProfile (r) file /PUT pdfmark
[/_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark
[{OutputIntent_PDFA} << /Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {icc_PDFA} /OutputConditionIdentifier (sRGB) >> /PUT pdfmark
[{Catalog} <</OutputIntents [ {OutputIntent_PDFA} ]>> /PUT pdfmark
`;
};

/** How long Ghostscript may take for one PDF/A copy before it is stopped (five minutes, the limit it always had). */
const GS_LIMIT_MS = 300_000;

/**
 * Runs `cmd` to its end: its exit code (`null` when killed) and what it printed. `signal` kills it (SIGKILL) and, once
 * it has exited, rejects with the abort's reason; so does the time limit, with `timedOut` set. Asynchronous, unlike
 * `spawnSync`, so that Ctrl-C is answered while it runs and does not leave it running alone.
 */
function runToEnd(
  cmd: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; limitMs: number; signal?: AbortSignal | undefined },
): Promise<{ status: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    opts.signal?.throwIfAborted();
    const child = spawn(cmd, args, { env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    for (const stream of [child.stdout, child.stderr])
      stream.setEncoding('utf8').on('data', (t: string) => (output += t));
    const kill = () => child.kill('SIGKILL');
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, opts.limitMs);
    opts.signal?.addEventListener('abort', kill, { once: true });
    const done = () => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', kill);
    };
    child.on('error', (e) => {
      done();
      reject(e);
    });
    child.on('close', (status) => {
      done();
      if (opts.signal?.aborted) reject(opts.signal.reason);
      else resolve({ status, output, timedOut });
    });
  });
}

/**
 * The PDF/A-2b copy of `pdf`. `info` (Title, Author, Subject) is written again, because pdfwrite drops document
 * information it cannot put in XMP. Throws with Ghostscript's own message when the conversion fails. `signal` stops
 * Ghostscript; its temporary files go to the same temporary folder as ours, removed whatever happens.
 */
export async function toPdfA(
  gs: string,
  pdf: Uint8Array,
  info: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const icc = iccProfile();
  if (!icc)
    throw new UserError(
      'Profil warna ICC Ghostscript (iccprofiles/default_rgb.icc) tidak ditemukan, padahal salinan arsip PDF/A-2b ' +
        `memerlukannya; pasang ulang Ghostscript secara lengkap. ${GS_INSTALL}`,
    );
  const dir = await mkdtemp(join(tmpdir(), 'lkj-pdfa-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    await writeFile(join(dir, 'pdfa.ps'), pdfaDef(icc, info));
    const args = [
      '-q',
      '-dPDFA=2',
      '-dBATCH',
      '-dNOPAUSE',
      '-dSAFER',
      `--permit-file-read=${icc}`,
      '-dPDFACompatibilityPolicy=1',
      '-sColorConversionStrategy=RGB',
      '-sProcessColorModel=DeviceRGB',
      '-sDEVICE=pdfwrite',
      `-sOutputFile=${join(dir, 'out.pdf')}`,
      join(dir, 'pdfa.ps'),
      join(dir, 'in.pdf'),
    ];
    // Ghostscript's own temporary files (gs_*) in our folder too: a killed Ghostscript leaves them behind.
    const env = { ...process.env, TMPDIR: dir, TEMP: dir, TMP: dir };
    const run = await runToEnd(gs, args, { env, limitMs: GS_LIMIT_MS, signal });
    if (run.timedOut) throw new Error(`Ghostscript tidak selesai membuat PDF/A dalam ${GS_LIMIT_MS / 60_000} menit.`);
    if (run.status !== 0)
      throw new Error(`Ghostscript gagal membuat PDF/A (kode ${run.status}): ${run.output.trim().slice(0, 500)}`);
    return new Uint8Array(await readFile(join(dir, 'out.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One check of the PDF/A copy: what was checked and whether it held. */
export interface PdfACheck {
  periksa: string;
  lulus: boolean;
}

const streamText = (s: unknown): string =>
  s instanceof PDFRawStream
    ? Buffer.from(s.contents).toString('latin1')
    : s instanceof PDFStream
      ? Buffer.from(s.getContents()).toString('latin1')
      : '';

/** The checks this machine can make on a PDF/A-2b file (not a full validation; see the README). */
export async function checkPdfA(pdfa: Uint8Array, pagesExpected: number): Promise<PdfACheck[]> {
  const doc = await PDFDocument.load(pdfa, { updateMetadata: false });
  const ctx = doc.context;
  const xmp = streamText(ctx.lookup(doc.catalog.get(PDFName.of('Metadata'))));
  const intents = ctx.lookupMaybe(doc.catalog.get(PDFName.of('OutputIntents')), PDFArray);
  const intent = intents?.size() ? ctx.lookupMaybe(intents.get(0), PDFDict) : undefined;
  const profile = intent ? ctx.lookup(intent.get(PDFName.of('DestOutputProfile'))) : undefined;
  const objects = ctx
    .enumerateIndirectObjects()
    .map(([, o]) => (o instanceof PDFDict ? o : o instanceof PDFStream ? o.dict : null));
  const descriptors = objects.filter((d): d is PDFDict => d?.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
  const embedded = descriptors.every((d) => ['FontFile', 'FontFile2', 'FontFile3'].some((k) => d.has(PDFName.of(k))));
  const names = ctx.lookupMaybe(doc.catalog.get(PDFName.of('Names')), PDFDict);
  return [
    {
      periksa: 'XMP: pdfaid:part = 2 dan pdfaid:conformance = B',
      lulus:
        /pdfaid:part\s*=\s*['"]2['"]|<pdfaid:part>2</.test(xmp) &&
        /pdfaid:conformance\s*=\s*['"]B['"]|<pdfaid:conformance>B</.test(xmp),
    },
    {
      periksa: 'OutputIntent /GTS_PDFA1 dengan profil ICC tertanam (DestOutputProfile)',
      lulus: intent?.get(PDFName.of('S')) === PDFName.of('GTS_PDFA1') && profile instanceof PDFStream,
    },
    {
      periksa: `semua huruf tertanam (${descriptors.length} FontDescriptor, masing-masing dengan FontFile/FontFile2/FontFile3)`,
      lulus: descriptors.length > 0 && embedded,
    },
    { periksa: 'tidak terenkripsi (tanpa /Encrypt)', lulus: !ctx.trailerInfo.Encrypt },
    {
      periksa: 'tanpa JavaScript dan tanpa berkas sisipan (/Names tanpa /JavaScript dan /EmbeddedFiles)',
      lulus: !names?.has(PDFName.of('JavaScript')) && !names?.has(PDFName.of('EmbeddedFiles')),
    },
    { periksa: `jumlah halaman sama dengan laporan (${pagesExpected})`, lulus: doc.getPageCount() === pagesExpected },
  ];
}
