/**
 * `npm run mulai -- --tahun 2025`: starts a reporting year (start-year.ts), then makes the units' templates.
 * Exit codes: 0 done, 2 usage or input mistakes, 3 internal failure.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportFailure, templatesLogDir } from '../../cli/failure.ts';
import { readReference } from '../division-template/read-reference.ts';
import { writeTemplates } from '../division-template/write-templates.ts';
import { formatDiagnostics } from '../../format-diagnostics.ts';
import { startYear } from './start-year.ts';

const HELP = `Pemakaian: npm run mulai 2025   (atau: npm run mulai -- --tahun 2025)

Memulai tahun laporan baru: isi folder inputs (data contoh atau data tahun lalu) dipindahkan ke folder contoh atau
arsip-masukan/<tahun lama>, lalu laporan.yaml, iku.yaml dan renstra.yaml tahun baru ditulis dengan tanda ISI/PERIKSA
pada isian yang harus diisi atau diperiksa, dan templat buku kerja setiap unit dibuat.

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
  const started = await startYear(inputs, tahun);
  console.log(
    `Isi ${shown(inputs)}/ (${started.fromSample ? 'data contoh' : `data tahun ${started.oldTahun}`}) dipindahkan ke ${shown(started.movedTo)}/.`,
  );
  for (const f of started.written) console.log(`Ditulis: ${shown(f)}`);
  const { reference, diagnostics } = await readReference(inputs);
  if (diagnostics.length) console.log(formatDiagnostics(diagnostics));
  if (!reference) {
    console.error('Templat belum dibuat: perbaiki galat di atas pada berkas YAML, lalu jalankan npm run templates.');
    return 2;
  }
  const written = await writeTemplates(reference, resolve(args.output));
  console.log(`${written.length} templat buku kerja tahun ${tahun} dibuat di ${shown(resolve(args.output))}/.`);
  console.log(
    `Berikutnya: isi isian bertanda ISI dan periksa yang bertanda PERIKSA di ${shown(inputs)}/laporan.yaml, iku.yaml dan renstra.yaml,`,
  );
  console.log(
    'jalankan npm run templates lagi, lalu kirim templat ke setiap unit (docs/panduan-pengguna.md bagian 4).',
  );
  return 0;
}

// A year already started (StartYearError), a template that cannot be saved (open in Excel, a full disk…), or ours.
process.exitCode = await main().catch((e: unknown) => reportFailure(e, logDir).exitCode);
