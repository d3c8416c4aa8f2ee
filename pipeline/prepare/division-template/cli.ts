/**
 * `npm run templates [-- --inputs DIR] [-- --output DIR]`: one workbook template per unit, from the reference data.
 * The only module of `division-template/` that touches `process` and the console.
 * Exit codes: 0 written, 2 usage or reference-data errors or a template that cannot be saved, 3 internal failure.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportFailure, templatesLogDir } from '../../cli/failure.ts';
import { formatDiagnostics } from '../../format-diagnostics.ts';
import { formatTanggal } from '../../format.ts';
import { readReference } from './read-reference.ts';
import { writeTemplates } from './write-templates.ts';

const HELP = `Pemakaian: npm run templates [-- pilihan]

Membuat satu templat buku kerja (.xlsx) per unit kerja dari laporan.yaml, iku.yaml dan renstra.yaml.

  --inputs <dir>   folder data acuan (bawaan: inputs)
  --output <dir>   folder templat (bawaan: output/templates)
  --help           tampilkan bantuan ini

Kode keluar: 0 berhasil, 2 galat pemakaian atau data acuan, atau templat tidak dapat disimpan, 3 kegagalan internal.`;

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

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  logDir = templatesLogDir(args.output);
  if (args.help) {
    console.log(HELP);
    return;
  }
  const { reference, diagnostics } = await readReference(resolve(args.inputs));
  if (diagnostics.length > 0) console.error(formatDiagnostics(diagnostics));
  if (!reference) {
    console.error('Templat TIDAK dibuat. Perbaiki galat pada data acuan di atas, lalu jalankan ulang.');
    process.exitCode = 2;
    return;
  }
  const written = await writeTemplates(reference, resolve(args.output));
  for (const { plan, path } of written) {
    console.log(`Ditulis: ${relative(process.cwd(), path)}  (${plan.unit.nama}: ${plan.indikator.length} IKU)`);
  }
  const batas = reference.config.batasPengumpulan;
  console.log(
    `${written.length} templat tahun ${reference.config.tahun} dibuat${batas ? `; batas pengumpulan ${formatTanggal(batas)}` : ''}.`,
  );
}

await main().catch((e: unknown) => {
  // A broken reference file, a template that cannot be saved (open in Excel, a full disk…), or ours.
  process.exitCode = reportFailure(e, logDir).exitCode;
});
