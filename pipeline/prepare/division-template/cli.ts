/**
 * `npm run templates [-- --inputs DIR] [-- --output DIR]`: one workbook template per unit, from the reference data.
 * The only module of `division-template/` that touches `process` and the console.
 * Exit codes: 0 written, 2 usage or reference-data errors or a template that cannot be saved, 3 internal failure,
 * 130 / 143 stopped with Ctrl-C / SIGTERM before the templates were written (`cli/stop.ts`).
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportFailure, templatesLogDir } from '../../cli/failure.ts';
import { finishedWriting, listenForStop, stopWord, WRITE_LIMIT_MS } from '../../cli/stop.ts';
import { formatDiagnostics } from '../../format-diagnostics.ts';
import { formatTanggal } from '../../format.ts';
import { readReference } from './read-reference.ts';
import { writeTemplates, type WrittenTemplate } from './write-templates.ts';
import type { Reference } from '../../../schemas/reference.ts';

const HELP = `Pemakaian: npm run templates [-- pilihan]

Membuat satu templat buku kerja (.xlsx) per unit kerja dari laporan.yaml, iku.yaml dan renstra.yaml.

  --inputs <dir>   folder data acuan (bawaan: inputs)
  --output <dir>   folder templat (bawaan: output/templates)
  --help           tampilkan bantuan ini

Kode keluar: 0 berhasil, 2 galat pemakaian atau data acuan, atau templat tidak dapat disimpan, 3 kegagalan internal,
130/143 dihentikan (Ctrl-C / SIGTERM) sebelum templat ditulis.`;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        inputs: { type: 'string', default: 'inputs' },
        output: { type: 'string', default: 'output/templates' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
}

/** Where our faults are logged: beside the templates folder (`output/` until the arguments say otherwise). */
let logDir = resolve('output');

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  logDir = templatesLogDir(args.output);
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const { reference, diagnostics } = await readReference(resolve(args.inputs));
  if (diagnostics.length > 0) console.error(formatDiagnostics(diagnostics));
  if (!reference) {
    console.error('Templat TIDAK dibuat. Perbaiki galat pada data acuan di atas, lalu jalankan ulang.');
    return 2;
  }
  const written = await writeStoppable(reference, resolve(args.output));
  if (typeof written === 'number') return written;
  for (const { plan, path } of written) {
    console.log(`Ditulis: ${relative(process.cwd(), path)}  (${plan.unit.nama}: ${plan.indikator.length} IKU)`);
  }
  const batas = reference.config.batasPengumpulan;
  console.log(
    `${written.length} templat tahun ${reference.config.tahun} dibuat${batas ? `; batas pengumpulan ${formatTanggal(batas)}` : ''}.`,
  );
  return 0;
}

/**
 * `writeTemplates` with Ctrl-C, SIGTERM and a closed terminal answered: a stop while the templates are being made
 * writes none (exit 130 / 143, said); one while they are being written lets the writing finish (it is all or nothing,
 * and takes well under a second), then says so, and the command ends as if it had not been stopped (exit 0).
 */
async function writeStoppable(reference: Reference, outputDir: string): Promise<WrittenTemplate[] | number> {
  const stop = listenForStop(
    (signal) => `\nDihentikan (${stopWord(signal)})…`,
    (signal) =>
      console.error(
        `Pembuatan templat dihentikan (${stopWord(signal)}). Tidak satu pun templat ditulis; ` +
          `isi folder ${relative(process.cwd(), outputDir) || '.'} tidak diubah.`,
      ),
    WRITE_LIMIT_MS,
  );
  try {
    const written = await writeTemplates(reference, outputDir, stop.controller.signal);
    if (stop.signal) console.error(finishedWriting(stop.signal, 'templat'));
    return written;
  } catch (e) {
    // A failure met meanwhile (a template that cannot be saved) is said as it is, not as the stop
    if (stop.isStop(e)) return stop.stopped();
    throw e;
  } finally {
    stop.dispose();
  }
}

// A broken reference file, a template that cannot be saved (open in Excel, a full disk…), or ours.
process.exitCode = await main().catch((e: unknown) => reportFailure(e, logDir).exitCode);
