/** The load stage: reads everything in the inputs folder as plain data, turning unreadable files into diagnostics. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { error, type Diagnostic } from '../diagnostic.ts';
import { findInputFiles } from './find-input-files.ts';
import { readNarrative } from './read-narrative.ts';
import { readNarrativeImages } from './read-narrative-images.ts';
import { readOptionalYaml } from './read-optional-yaml.ts';
import { readWorkbookFile, type ReadWorkbook } from './read-workbook-file.ts';
import { readYamlFile } from './read-yaml-file.ts';
import type { LoadedInputs } from './types.ts';

export { readWorkbookFile, type ReadWorkbook };

/** Everything in the inputs folder except the workbooks' contents: reference files, narrative, workbook paths. */
export type LoadedReferenceInputs = Omit<LoadedInputs, 'workbooks'> & {
  /** Paths (relative to the inputs folder, sorted) of the `.xlsx` workbooks still to be read. */
  workbookFiles: string[];
  /**
   * SHA-256 of each file read here (YAML, narrative, its pictures), by path relative to the inputs folder (for the
   * fingerprint).
   */
  digests: Record<string, string>;
};

/** Reads the reference YAML files and narrative Markdown, and lists the workbooks (without reading them). */
export async function loadReferenceInputs(inputsDir: string): Promise<LoadedReferenceInputs> {
  if (!(await isDirectory(inputsDir))) {
    const message = `Folder masukan ${inputsDir} tidak ditemukan. Periksa nama folder yang diberikan, atau buat folder itu berisi laporan.yaml, renstra.yaml, iku.yaml dan buku kerja .xlsx.`;
    const diagnostics = [error({ rule: 'folder-masukan-tidak-ada', file: inputsDir, message })];
    return { config: null, renstra: null, iku: null, workbookFiles: [], narrative: {}, digests: {}, diagnostics };
  }
  const [config, renstra, iku, tambahan, narrasi, gambarNarasi, files] = await Promise.all([
    readYamlFile(inputsDir, 'laporan.yaml'),
    readYamlFile(inputsDir, 'renstra.yaml'),
    readYamlFile(inputsDir, 'iku.yaml'),
    readOptionalYaml(inputsDir),
    readNarrative(inputsDir),
    readNarrativeImages(inputsDir),
    findInputFiles(inputsDir),
  ]);
  const diagnostics: Diagnostic[] = [
    ...config.diagnostics,
    ...renstra.diagnostics,
    ...iku.diagnostics,
    ...tambahan.diagnostics,
    ...narrasi.diagnostics,
    ...files.unsupported.map(unsupportedFormat),
  ];
  const digests: Record<string, string> = { ...narrasi.digests, ...tambahan.digests };
  // The pictures the PDF embeds shape it as much as the text does: one changed picture is another report
  for (const [rel, gambar] of Object.entries(gambarNarasi)) if (gambar.sha256) digests[`narasi/${rel}`] = gambar.sha256;
  for (const [name, read] of [
    ['laporan.yaml', config],
    ['renstra.yaml', renstra],
    ['iku.yaml', iku],
  ] as const)
    if (read.sha256) digests[name] = read.sha256;
  const reference = { config: config.file, renstra: renstra.file, iku: iku.file, tambahan: tambahan.files };
  return { ...reference, workbookFiles: files.xlsx, narrative: narrasi.narrative, gambarNarasi, digests, diagnostics };
}

async function isDirectory(dir: string): Promise<boolean> {
  return stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

function unsupportedFormat(rel: string): Diagnostic {
  const ext = path.posix.extname(rel).toLowerCase();
  const message =
    `Berkas ${rel} berformat ${ext} yang tidak dapat dibaca. ` +
    'Buka di Excel atau LibreOffice, pilih "Simpan Sebagai" → "Excel Workbook (.xlsx)", lalu hapus berkas lamanya.';
  return error({ rule: 'format-tidak-didukung', file: rel, message, actual: ext, expected: '.xlsx' });
}
