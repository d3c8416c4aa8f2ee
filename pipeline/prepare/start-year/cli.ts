/**
 * `npm run mulai -- --tahun 2025`: starts a reporting year (start-year.ts), then makes the units' templates.
 * Exit codes: 0 done, 2 usage or input mistakes, 3 internal failure, 130 / 143 stopped with Ctrl-C / SIGTERM
 * (`cli/stop.ts`).
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportFailure, templatesLogDir } from '../../cli/failure.ts';
import { finishedWriting, listenForStop, stopWord, WRITE_LIMIT_MS } from '../../cli/stop.ts';
import { readReference } from '../division-template/read-reference.ts';
import { writeTemplates } from '../division-template/write-templates.ts';
import { formatDiagnostics } from '../../format-diagnostics.ts';
import { startYear, type StartedYear } from './start-year.ts';

const HELP = `Pemakaian: npm run mulai 2025   (atau: npm run mulai -- --tahun 2025)

Memulai tahun laporan baru: isi folder inputs (data contoh atau data tahun lalu) dipindahkan ke folder contoh atau
arsip-masukan/<tahun lama>, lalu laporan.yaml, iku.yaml dan renstra.yaml tahun baru ditulis dengan tanda ISI/PERIKSA
pada isian yang harus diisi atau diperiksa, dan templat buku kerja setiap unit dibuat.

Sebelum menjalankannya: hentikan npm run pantau bila sedang berjalan (ia tetap memantau folder yang dipindahkan),
dan tutup berkas dari folder inputs yang sedang dibuka (misalnya buku kerja di Excel).

  --tahun <tahun>  tahun yang akan dilaporkan, misalnya 2025
  --inputs <dir>   folder masukan (bawaan: inputs)
  --output <dir>   folder templat (bawaan: output/templates)
  --help           tampilkan bantuan ini`;

const shown = (p: string) => relative(process.cwd(), p) || '.';

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      tahun: { type: 'string' },
      inputs: { type: 'string', default: 'inputs' },
      output: { type: 'string', default: 'output/templates' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    // `npm run mulai 2025`: a year without `--tahun` (PowerShell drops the `--` of `npm run mulai -- --tahun 2025`).
    allowPositionals: true,
  });
  return { ...values, tahun: values.tahun ?? positionals[0] };
}

/** Where our faults are logged: beside the templates folder (`output/` until the arguments say otherwise). */
let logDir = resolve('output');

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  logDir = templatesLogDir(args.output);
  if (args.help) return (console.log(HELP), 0);
  const tahun = Number(args.tahun);
  if (!args.tahun || !Number.isInteger(tahun) || tahun < 2000 || tahun > 2100) {
    console.error(`Tulis tahun laporan dengan empat angka, misalnya: npm run mulai 2025\n\n${HELP}`);
    return 2;
  }
  const inputs = resolve(args.inputs);
  const output = resolve(args.output);
  // Ctrl-C, SIGTERM, a closed terminal: heeded until the inputs folder is moved (nothing changed), then while the
  // templates are made (the year stays started; `npm run templates` makes them). The moves and the writing of the
  // templates are each one step, left to finish (`WRITE_LIMIT_MS`).
  let started: StartedYear | undefined;
  const stop = listenForStop(
    (signal) => `\nDihentikan (${stopWord(signal)})…`,
    (signal) =>
      console.error(
        started
          ? `Perintah dihentikan (${stopWord(signal)}) setelah tahun ${tahun} dimulai (isi ${shown(inputs)}/ sudah ` +
              `dipindahkan ke ${shown(started.movedTo)}/), sebelum templat buku kerja ditulis. Buat templatnya ` +
              'dengan npm run templates.'
          : `Perintah dihentikan (${stopWord(signal)}). Tahun ${tahun} belum dimulai: tidak ada yang diubah.`,
      ),
    WRITE_LIMIT_MS,
  );
  try {
    const { code, templates } = await begin(inputs, output, tahun, stop.controller.signal, (s) => (started = s));
    if (stop.signal && templates) console.error(finishedWriting(stop.signal, 'templat'));
    return code;
  } catch (e) {
    // A failure met meanwhile (a folder that cannot be moved) is said as it is, not as the stop
    if (stop.isStop(e)) return stop.stopped();
    throw e;
  } finally {
    stop.dispose();
  }
}

/**
 * The work of `npm run mulai` once its arguments are read, its exit code and whether the templates were written;
 * `onStarted` is told when the inputs folder has moved.
 */
async function begin(
  inputs: string,
  output: string,
  tahun: number,
  signal: AbortSignal,
  onStarted: (s: StartedYear) => void,
): Promise<{ code: number; templates: boolean }> {
  const started = await startYear(inputs, tahun, signal);
  onStarted(started);
  console.log(
    `Isi ${shown(inputs)}/ (${started.fromSample ? 'data contoh' : `data tahun ${started.oldTahun}`}) dipindahkan ke ${shown(started.movedTo)}/.`,
  );
  for (const f of started.written) console.log(`Ditulis: ${shown(f)}`);
  const { reference, diagnostics } = await readReference(inputs);
  if (diagnostics.length) console.log(formatDiagnostics(diagnostics));
  if (!reference) {
    console.error('Templat belum dibuat: perbaiki galat di atas pada berkas YAML, lalu jalankan npm run templates.');
    return { code: 2, templates: false };
  }
  const written = await writeTemplates(reference, output, signal);
  console.log(`${written.length} templat buku kerja tahun ${tahun} dibuat di ${shown(output)}/.`);
  console.log(
    `Berikutnya: isi isian bertanda ISI dan periksa yang bertanda PERIKSA di ${shown(inputs)}/laporan.yaml, iku.yaml dan renstra.yaml,`,
  );
  console.log(
    'jalankan npm run templates lagi, lalu kirim templat ke setiap unit (docs/panduan-pengguna.md bagian 4).',
  );
  console.log(
    `Bila npm run pantau sedang berjalan, hentikan (Ctrl-C) lalu jalankan lagi: ia masih memantau isi lama di ${shown(started.movedTo)}/.`,
  );
  return { code: 0, templates: true };
}

// A year already started (StartYearError), a template that cannot be saved (open in Excel, a full disk…), or ours.
process.exitCode = await main().catch((e: unknown) => reportFailure(e, logDir).exitCode);
