/** The command line of `npm run build-report`: its options, its help text, and usage mistakes in Indonesian. */
import { parseArgs } from 'node:util';

/** Printed for `--help` and after a usage mistake. */
export const HELP = `Pemakaian: npm run build-report [-- pilihan]

  --check          hanya memeriksa buku kerja (tanpa membuat PDF); laporan pemeriksaan tetap ditulis
  --json [berkas]  hasil dan semua masalah sebagai JSON: di stdout, atau ke berkas bila namanya diberikan
                   (untuk CI, misalnya --json output/hasil.json)
  --watch          pantau inputs/ dan templates/; susun ulang setiap kali ada berkas yang disimpan
  --inputs <dir>   folder masukan (bawaan: inputs)
  --output <dir>   folder keluaran (bawaan: output)
  --help           tampilkan bantuan ini

Kode keluar: 0 berhasil, 1 ada galat pada masukan, 2 galat pemakaian atau konfigurasi, 3 kegagalan internal,
130/143 dihentikan (Ctrl-C / SIGTERM).`;

/** The options as given. */
export interface CliArgs {
  check: boolean;
  json: boolean;
  /** `--json FILE`: the JSON goes to this file instead of stdout. */
  jsonFile?: string;
  inputs: string;
  output: string;
  help: boolean;
  watch: boolean;
}

/** The options, or an Indonesian sentence saying what is wrong with the command line. */
export function parseCliArgs(argv: string[]): { ok: true; args: CliArgs } | { ok: false; message: string } {
  const { rest, jsonFile } = takeJsonFile(argv);
  try {
    const { values } = parseArgs({
      args: rest,
      options: {
        check: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        inputs: { type: 'string', default: 'inputs' },
        output: { type: 'string', default: 'output' },
        help: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return { ok: true, args: jsonFile === undefined ? values : { ...values, jsonFile } };
  } catch (e) {
    return { ok: false, message: usageMessage(e as NodeJS.ErrnoException) };
  }
}

/** `--json` takes an optional file name (parseArgs has no optional values): the next word, unless it is an option. */
function takeJsonFile(argv: string[]): { rest: string[]; jsonFile?: string } {
  const at = argv.indexOf('--json');
  const next = argv[at + 1];
  if (at < 0 || next === undefined || next.startsWith('-')) return { rest: argv };
  return { rest: [...argv.slice(0, at + 1), ...argv.slice(at + 2)], jsonFile: next };
}

/** Node's parseArgs messages are English and name the option inside quotes; say the same in Indonesian. */
function usageMessage(e: NodeJS.ErrnoException): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Pilihan tidak dikenal: ${quoted}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Argumen tidak dikenal: ${quoted}. Folder ditulis dengan --inputs <folder> atau --output <folder>.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = /--[\w-]+/.exec(e.message)?.[0] ?? quoted;
      return /<value>/.test(e.message)
        ? `Pilihan ${option} perlu diikuti nama folder, misalnya ${option} ${option === '--output' ? 'keluaran-2024' : 'masukan-2024'}.`
        : `Pilihan ${option} tidak menerima nilai; tulis ${option} saja.`;
    }
    default:
      return `Perintah tidak dapat dibaca: ${e.message}`;
  }
}
