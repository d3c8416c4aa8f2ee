/** Turns one zod issue about a YAML reference file into an Indonesian message naming the key, the value and the fix. */
import type { z } from 'zod';
import { RUMUS_DIHAPUS } from '../../schemas/common.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import type { RawReferenceFile } from '../load/types.ts';
import { yamlLine } from '../load/yaml-line-map.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  array: 'daftar (baris-baris diawali "- ")',
  object: 'kumpulan kunci',
  record: 'kumpulan kunci',
  tuple: 'daftar',
};

/** `referensi-tidak-sesuai` for the issue, pointing at the key path and (when known) its line. */
export function zodIssueDiagnostic(issue: z.core.$ZodIssue, ref: RawReferenceFile): Diagnostic {
  const path = dotPath(issue.path);
  const value = valueAt(ref.data, issue.path);
  // The line of the key, or of its nearest parent that is written in the file.
  const { line } = yamlLine(
    ref.lines,
    ...issue.path.map((_, i) => dotPath(issue.path.slice(0, issue.path.length - i))),
  );
  const notes = [itemCode(ref.data, issue.path), line ? `baris ${line}` : undefined].filter((n) => n !== undefined);
  const where = `${path || '(isi berkas)'}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
  const { expected, fix } = describe(issue, path, value);
  const found = value === undefined ? 'tidak ada' : `berisi ${show(value)}`;
  const message = describesItself(issue)
    ? `${ref.file}: ${where} ${found}. ${sentence(issue.message)}`
    : `${ref.file}: ${where} ${found}, padahal harus ${expected}.${fix ? ` ${fix}` : ''}`;
  const actual = value === undefined ? undefined : show(value);
  return error({
    rule: 'referensi-tidak-sesuai',
    file: ref.file,
    ...(line ? { line } : {}),
    message,
    expected,
    ...(actual === undefined ? {} : { actual }),
  });
}

function describe(issue: z.core.$ZodIssue, path: string, value: unknown): { expected: string; fix?: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (path.endsWith('nip') && typeof value === 'number')
        return { expected, fix: "Tulis NIP di antara tanda kutip, misalnya nip: '197508142002121003'." };
      if (issue.expected === 'number' && typeof value === 'string')
        return { expected, fix: 'Tulis angka tanpa tanda kutip dengan titik sebagai tanda desimal, misalnya 77.5.' };
      return { expected };
    }
    case 'too_small':
      if (issue.origin === 'string') return { expected: 'diisi (tidak boleh kosong)' };
      if (issue.origin === 'array') return { expected: `berisi paling sedikit ${issue.minimum} butir` };
      return { expected: `paling kecil ${issue.minimum}` };
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array')
        return { expected: `paling banyak ${issue.maximum} ${issue.origin === 'string' ? 'huruf' : 'butir'}` };
      return { expected: `paling besar ${issue.maximum}` };
    case 'invalid_format':
      if (issue.format === 'date') return { expected: 'tanggal berformat TTTT-BB-HH, misalnya 2025-01-15' };
      return { expected: issue.message };
    case 'invalid_value': {
      const expected = `salah satu dari: ${issue.values.map((v) => String(v)).join(', ')}`;
      const retired = typeof value === 'string' ? RUMUS_DIHAPUS[value] : undefined;
      return retired ? { expected, fix: retired } : { expected };
    }
    case 'invalid_union':
      return { expected: 'angka, atau rentang { min: …, max: … }' };
    case 'invalid_key':
      return { expected: `kunci yang sah (${issue.issues[0]?.message ?? 'periksa penulisan kunci'})` };
    default:
      return { expected: issue.message };
  }
}

/** Checks whose schema carries its own Indonesian sentence (regexes, refinements). */
const describesItself = (issue: z.core.$ZodIssue): boolean =>
  issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format === 'regex');

const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

/** `penandatangan.sekretaris.nip`, `indikator[2].target`. */
export function dotPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s === '' ? String(k) : `${s}.${String(k)}`),
    '',
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** The code of the innermost list item on the path (`IKU-03` for `indikator[2].target`), if it has one. */
function itemCode(data: unknown, path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] !== 'number') continue;
    const item = valueAt(data, path.slice(0, i + 1)) as Record<string, unknown> | undefined;
    const code = item?.['kode'] ?? item?.['kodeIku'];
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function show(v: unknown): string {
  if (typeof v === 'string') return `"${v}"`;
  if (v === null) return 'kosong';
  if (Array.isArray(v)) return 'daftar';
  if (typeof v === 'object') return 'kumpulan kunci';
  return String(v);
}
