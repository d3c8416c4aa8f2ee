/**
 * `npm run build-report [-- --check] [-- --json]`: argv → build → diagnostics on the terminal → exit code.
 * The only module that touches `process` and the console.
 * Exit codes: 0 built (warnings allowed), 1 input errors, 2 usage or configuration errors, 3 internal failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildReport, type BuildResult } from './build-report.ts';
import { countBySeverity, formatDiagnostics } from './format-diagnostics.ts';

const HELP = `Pemakaian: npm run build-report [-- pilihan]

  --check          hanya memeriksa buku kerja (tanpa membuat PDF)
  --json           cetak hasil pemeriksaan sebagai JSON di stdout
  --inputs <dir>   folder masukan (bawaan: inputs)
  --output <dir>   folder keluaran (bawaan: output)
  --help           tampilkan bantuan ini

Kode keluar: 0 berhasil, 1 ada galat pada masukan, 2 galat pemakaian atau konfigurasi, 3 kegagalan internal.`;

const id = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        inputs: { type: 'string', default: 'inputs' },
        output: { type: 'string', default: 'output' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
}

function summary(r: BuildResult, seconds: number): string {
  const c = countBySeverity(r.diagnostics);
  const parts = [`${r.workbooks} buku kerja dibaca`, `${c.error} galat`, `${c.warning} peringatan`];
  if (r.pages !== null) parts.push(`${r.pages} halaman`);
  parts.push(`${id.format(seconds)} detik`);
  const missing = r.units.filter((u) => !u.file).map((u) => u.nama);
  const lines = [parts.join(' · ')];
  if (r.units.length) lines.push(`Unit yang sudah mengirim: ${r.units.length - missing.length} dari ${r.units.length}${missing.length ? `; belum: ${missing.join(', ')}` : ''}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  if (args.help) {
    console.log(HELP);
    return;
  }
  const outputDir = resolve(args.output);
  const start = performance.now();
  let result: BuildResult;
  try {
    if (!args.json) console.error(args.check ? 'Memeriksa buku kerja…' : 'Menyusun Laporan Kinerja…');
    result = await buildReport({ inputsDir: resolve(args.inputs), outputDir, checkOnly: args.check });
  } catch (e) {
    const log = resolve(outputDir, 'lkj-galat-internal.log');
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(log, `${new Date().toISOString()}\n${(e as Error)?.stack ?? String(e)}\n${describeCause(e)}`);
    console.error(`Kegagalan internal: ${(e as Error)?.message ?? e}. Rincian ditulis ke ${log}`);
    process.exit(3);
  }
  const seconds = (performance.now() - start) / 1000;
  if (args.json) {
    console.log(JSON.stringify({ exitCode: result.exitCode, diagnostics: result.diagnostics, files: result.files, pages: result.pages }, null, 2));
  } else {
    if (result.diagnostics.length) console.error(formatDiagnostics(result.diagnostics));
    console.error(summary(result, seconds));
    if (result.exitCode !== 0) console.error('Laporan TIDAK dibuat; berkas lama di folder keluaran tidak diubah. Perbaiki galat di atas lalu jalankan ulang.');
    for (const f of result.files) console.error(`Ditulis: ${f}`);
  }
  process.exitCode = result.exitCode;
}

function describeCause(e: unknown): string {
  const out: string[] = [];
  for (let c = (e as { cause?: unknown })?.cause; c; c = (c as { cause?: unknown }).cause) {
    out.push(`Penyebab: ${(c as Error)?.stack ?? String(c)}`);
  }
  return out.join('\n');
}

await main();
