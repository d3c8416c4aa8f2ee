/** Reads one reference YAML file (`laporan.yaml`, `renstra.yaml`, `iku.yaml`); problems become diagnostics. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { error, type Diagnostic } from '../diagnostic.ts';
import type { RawReferenceFile } from './types.ts';
import { yamlLineMap } from './yaml-line-map.ts';

/** Hints in Indonesian for the YAML mistakes people make most. */
const HINTS: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'Gunakan spasi untuk indentasi, bukan tab.',
  BAD_INDENT: 'Periksa indentasi: kunci yang sejajar harus dimulai pada kolom yang sama.',
  DUPLICATE_KEY: 'Ada kunci yang ditulis dua kali; hapus salah satunya.',
  MISSING_CHAR: 'Ada tanda kutip atau kurung yang tidak ditutup.',
  BLOCK_AS_IMPLICIT_KEY: 'Periksa tanda titik dua (:) dan indentasi pada baris ini.',
  MULTILINE_IMPLICIT_KEY: 'Periksa tanda titik dua (:) dan tanda kutip pada baris ini.',
};

/** The parsed file, or null with an error diagnostic when it is missing or not valid YAML. */
export async function readYamlFile(
  inputsDir: string,
  name: string,
): Promise<{ file: RawReferenceFile | null; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(path.join(inputsDir, name), 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`could not read ${name}`, { cause });
    const message = `Berkas ${name} tidak ditemukan di folder masukan. Salin contoh ${name} ke folder itu lalu sesuaikan isinya.`;
    return { file: null, diagnostics: [error({ rule: 'berkas-referensi-hilang', file: name, message })] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) return { file: null, diagnostics: doc.errors.map((e) => yamlDiagnostic(name, e, counter)) };
  return { file: { file: name, data: doc.toJS(), lines: yamlLineMap(doc, counter) }, diagnostics: [] };
}

function yamlDiagnostic(name: string, e: YAMLError, counter: LineCounter): Diagnostic {
  const pos = e.linePos?.[0] ?? counter.linePos(e.pos[0]);
  const hint = HINTS[e.code] ?? 'Periksa penulisan YAML pada baris ini (indentasi, titik dua, tanda kutip).';
  const message = `${name} baris ${pos.line}, kolom ${pos.col}: penulisan YAML tidak valid. ${hint}`;
  return error({ rule: 'yaml-tidak-valid', file: name, message, actual: e.message.split('\n')[0] ?? e.message });
}
