/** Reads one reference YAML file (`laporan.yaml`, `renstra.yaml`, `iku.yaml`); problems become diagnostics. */
import path from 'node:path';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { error, type Diagnostic } from '../diagnostic.ts';
import { formatAngka } from '../format.ts';
import { decodeUtf8 } from './decode-text.ts';
import { TEXT_LIMITS } from './limits.ts';
import { readBounded } from './read-bounded.ts';
import { notAFileDiagnostic, unreadableDiagnostic } from './read-problem-diagnostic.ts';
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

/** The parsed file and the SHA-256 of its bytes, or null with an error diagnostic (missing, too big, not valid YAML…). */
export async function readYamlFile(
  inputsDir: string,
  name: string,
): Promise<{ file: RawReferenceFile | null; sha256?: string; diagnostics: Diagnostic[] }> {
  const fail = (d: Diagnostic) => ({ file: null, diagnostics: [d] });
  const read = await readBounded(path.join(inputsDir, name), TEXT_LIMITS.yamlBytes);
  if (!read.ok) {
    if (read.reason === 'missing') {
      const message = `Berkas ${name} tidak ditemukan di folder masukan. Salin contoh ${name} ke folder itu lalu sesuaikan isinya.`;
      return fail(error({ rule: 'berkas-referensi-hilang', file: name, message }));
    }
    if (read.reason === 'not-a-file') return fail(notAFileDiagnostic(name, read.what));
    if (read.reason === 'too-big') return fail(textTooBig(name, read.bytes, TEXT_LIMITS.yamlBytes));
    return fail(unreadableDiagnostic(name, read.detail));
  }
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) return fail(notUtf8(name, decoded.line, decoded.col));
  const counter = new LineCounter();
  const doc = parseDocument(decoded.text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0)
    return { file: null, diagnostics: doc.errors.map((e) => yamlDiagnostic(name, e, counter)) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: TEXT_LIMITS.yamlAliases });
  } catch {
    // The yaml package throws a ReferenceError when aliases expand past maxAliasCount (an alias bomb).
    const message = `${name} memakai alias YAML (&nama lalu *nama) terlalu banyak atau bertumpuk, sehingga isinya mengembang sangat besar ketika dibaca. Tulis nilainya langsung tanpa alias.`;
    return fail(
      error({ rule: 'yaml-alias-berlebihan', file: name, message, expected: `≤ ${TEXT_LIMITS.yamlAliases} alias` }),
    );
  }
  return { file: { file: name, data, lines: yamlLineMap(doc, counter) }, sha256: read.sha256, diagnostics: [] };
}

/** `2,1 MB`, or `256 KB` below a megabyte. */
const mb = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${formatAngka(Math.round(bytes / 1024))} KB`
    : `${formatAngka(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;

/** A text file (YAML, narrative) past its size limit. */
export function textTooBig(name: string, bytes: number, limit: number): Diagnostic {
  const message = `Berkas ${name} berukuran ${mb(bytes)}, melebihi batas ${mb(limit)}. Berkas seperti ini biasanya hanya beberapa KB; periksa apakah isinya tertukar dengan berkas lain.`;
  return error({ rule: 'berkas-terlalu-besar', file: name, message, actual: mb(bytes), expected: `≤ ${mb(limit)}` });
}

/** A text file with bytes that are not UTF-8 (saved as ANSI/Windows-1252, or not text at all). */
export function notUtf8(name: string, line: number, col: number): Diagnostic {
  const message =
    `Kolom ${col} pada baris ini berisi karakter yang bukan UTF-8 (berkas kemungkinan disimpan dengan pengodean lain, misalnya ANSI). ` +
    'Buka berkas itu di editor teks lalu simpan ulang dengan pengodean UTF-8.';
  return error({
    rule: 'bukan-utf8',
    file: name,
    line,
    message,
    actual: `baris ${line}, kolom ${col}`,
    expected: 'UTF-8',
  });
}

function yamlDiagnostic(name: string, e: YAMLError, counter: LineCounter): Diagnostic {
  const pos = e.linePos?.[0] ?? counter.linePos(e.pos[0]);
  const hint = HINTS[e.code] ?? 'Periksa penulisan YAML pada baris ini (indentasi, titik dua, tanda kutip).';
  const message = `${name} baris ${pos.line}, kolom ${pos.col}: penulisan YAML tidak valid. ${hint}`;
  return error({
    rule: 'yaml-tidak-valid',
    file: name,
    line: pos.line,
    message,
    actual: e.message.split('\n')[0] ?? e.message,
  });
}
