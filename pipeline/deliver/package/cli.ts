/**
 * `npm run package [-- --izinkan-peringatan] [-- --susun-ulang] [-- --inputs DIR --output DIR]` makes the package and
 * the archive copy (from the final already in the output folder when it is up to date);
 * `npm run cek-paket -- <paket.zip>` checks a package against its MANIFEST.txt. Exit codes: 0 done / intact,
 * 1 problems in the report or the package, 2 usage, status draf, or a missing tool, 3 internal failure,
 * 130 / 143 stopped with Ctrl-C / SIGTERM (`cli/stop.ts`).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportFailure } from '../../cli/failure.ts';
import { finishedWriting, listenForStop, stopWord, WRITE_LIMIT_MS } from '../../cli/stop.ts';
import { shownPath } from '../../cli/summary.ts';
import { formatDiagnostics } from '../../format-diagnostics.ts';
import { BadSourceDateEpoch, sourceDateEpoch } from '../history/build-time.ts';
import { checkPackage } from './check-package.ts';
import { makePackage } from './make-package.ts';

const HELP = `Pemakaian: npm run package [-- pilihan]      (paket pengiriman + salinan arsip dari laporan final)
          npm run cek-paket -- <paket.zip>        (periksa paket terhadap MANIFEST.txt-nya)

  --izinkan-peringatan   buat paket walaupun masih ada peringatan (galat selalu ditolak)
  --susun-ulang          susun laporan final lagi walaupun laporan final di folder keluaran masih sesuai
                         dengan masukan, templat dan versi alat (biasanya laporan itu dipakai apa adanya)
  --inputs <dir>         folder masukan (bawaan: inputs)
  --output <dir>         folder keluaran (bawaan: output)`;

const cwd = process.cwd();
/** Where a log of our fault goes: the output folder, once the arguments name it. */
let logDir = resolve('output');

async function main(): Promise<number> {
  let values: {
    cek?: string;
    inputs: string;
    output: string;
    'izinkan-peringatan': boolean;
    'susun-ulang': boolean;
    help: boolean;
  };
  try {
    ({ values } = parseArgs({
      options: {
        cek: { type: 'string' },
        inputs: { type: 'string', default: 'inputs' },
        output: { type: 'string', default: 'output' },
        'izinkan-peringatan': { type: 'boolean', default: false },
        'susun-ulang': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`Perintah tidak dapat dibaca: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.cek !== undefined) return cek(values.cek);
  let epoch: Date | null;
  try {
    epoch = sourceDateEpoch(process.env);
  } catch (e) {
    if (!(e instanceof BadSourceDateEpoch)) throw e;
    console.error(e.message);
    return 2;
  }
  const outputDir = resolve(values.output);
  logDir = outputDir;
  const stop = listenForStop(
    (signal) =>
      `\nDihentikan (${stopWord(signal)}): menghentikan peramban dan Ghostscript, membersihkan berkas sementara…`,
    (signal) =>
      console.error(
        `Pembuatan paket dihentikan (${stopWord(signal)}). Paket dan salinan arsip tidak dibuat; ` +
          'folder paket/ dan arsip/ tidak diubah.',
      ),
    // Ghostscript and Chromium end at once; the limit only matters once the package and archive are being written,
    // and those are left to finish (a stop comes before them or after them, never halfway).
    WRITE_LIMIT_MS,
  );
  let r: Awaited<ReturnType<typeof makePackage>>;
  try {
    r = await makePackage({
      inputsDir: resolve(values.inputs),
      outputDir,
      sourceDateEpoch: epoch,
      izinkanPeringatan: values['izinkan-peringatan'],
      susunUlang: values['susun-ulang'],
      say: (l) => console.error(l),
      signal: stop.controller.signal,
    });
  } catch (e) {
    if (stop.signal) return stop.stopped();
    throw e;
  } finally {
    stop.dispose();
  }
  if (stop.signal && r.zip) console.error(finishedWriting(stop.signal, 'paket dan salinan arsip'));
  if (r.diagnostics.length) console.error(formatDiagnostics(r.diagnostics));
  if (!r.zip) {
    console.error(`Paket TIDAK dibuat. ${r.alasan}`);
    return r.exitCode;
  }
  console.error(`Paket untuk KPU RI: ${shownPath(r.zip, cwd)}`);
  console.error(`Salinan arsip (hanya-baca): ${shownPath(r.arsip!, cwd)}`);
  for (const c of r.pdfa) console.error(`  PDF/A-2b ${c.lulus ? 'LULUS' : 'GAGAL'}: ${c.periksa}`);
  if (r.alasan) console.error(r.alasan);
  console.error(`Periksa keutuhan paket: npm run cek-paket -- ${shownPath(r.zip, cwd)}`);
  return r.exitCode;
}

async function cek(zip: string): Promise<number> {
  if (!zip) {
    console.error(`Sebutkan berkas paket, misalnya: npm run cek-paket -- output/paket/<nama>.zip\n\n${HELP}`);
    return 2;
  }
  const r = await checkPackage(resolve(zip));
  if (!r.masalah.length) {
    console.error(`Paket utuh: ${r.cocok} berkas cocok dengan MANIFEST.txt.`);
    return 0;
  }
  console.error(`Paket TIDAK utuh (${r.masalah.length} masalah, ${r.cocok} berkas cocok):`);
  for (const m of r.masalah) console.error(`  - ${m}`);
  return 1;
}

// Something to fix outside the inputs (the package or archive cannot be saved: a full disk, a file held open…), or ours.
process.exitCode = await main().catch((e: unknown) => reportFailure(e, logDir).exitCode);
