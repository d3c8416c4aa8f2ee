/**
 * Checks an .xlsx file cheaply before exceljs reads it: what kind of file it really is, whether it is whole, and
 * whether it stays within `WORKBOOK_LIMITS` once unpacked. Bytes in, the first problem found (or null) out.
 */
import { boundRanges, type BoundRanges } from './bound-ranges.ts';
import { checkParts } from './check-parts.ts';
import type { WorkbookLimits } from './limits.ts';
import { unpackEntry } from './unpack-entry.ts';
import { WORKSHEET_PART, workbookSheets, type SheetPart } from './workbook-sheets.ts';
import type { XlsxProblem } from './xlsx-problem.ts';
import { readZipDirectory, type ZipEntry } from './zip-directory.ts';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream names that only an encrypted OOXML package (password-protected .xlsx) carries, as UTF-16LE. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** The first problem with the file in `buf`; or the bytes exceljs may read (ranges trimmed when needed). */
export async function boundXlsx(buf: Buffer, limits: WorkbookLimits): Promise<BoundRanges> {
  const problem = (p: XlsxProblem | null): BoundRanges | null => (p ? { problem: p } : null);
  const found = problem(await firstProblem(buf, limits));
  if (found) return found;
  const dir = readZipDirectory(buf);
  if (!dir.ok) return { problem: { kind: 'truncated' } };
  const entries = dir.entries.filter((e) => !e.name.endsWith('/'));
  const sheets = sheetList(buf, entries, limits);
  if ('kind' in sheets) return { problem: sheets };
  const parts = await checkParts(buf, entries, sheets, limits);
  return parts.problem ? { problem: parts.problem } : boundRanges(buf, entries, parts.ranges, limits);
}

/** Everything that can be told without unpacking the worksheets. */
async function firstProblem(buf: Buffer, limits: WorkbookLimits): Promise<XlsxProblem | null> {
  if (buf.length === 0) return { kind: 'empty' };
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) {
    return buf.includes(ENCRYPTED_PACKAGE) ? { kind: 'encrypted' } : { kind: 'other-format', format: 'xls' };
  }
  if (buf.length < 4 || buf.readUInt16LE(0) !== 0x4b50) return { kind: 'not-a-zip', looksLikeText: looksLikeText(buf) };
  const dir = readZipDirectory(buf);
  if (!dir.ok)
    return dir.reason === 'truncated'
      ? { kind: 'truncated' }
      : { kind: 'corrupt', detail: 'direktori ZIP tidak terbaca' };
  const entries = dir.entries.filter((e) => !e.name.endsWith('/'));
  const sheetParts = entries.filter((e) => WORKSHEET_PART.test(e.name)).length;
  if (sheetParts > limits.sheets) return { kind: 'too-many-sheets', count: sheetParts };
  if (entries.length > limits.zipEntries) return { kind: 'too-many-parts', count: entries.length };
  if (entries.some((e) => e.encrypted)) return { kind: 'encrypted' };
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    return names.has('mimetype') && names.has('content.xml')
      ? { kind: 'other-format', format: 'ods' }
      : { kind: 'not-a-workbook' };
  }
  const sheets = sheetList(buf, entries, limits);
  if ('kind' in sheets) return sheets;
  if (sheets.length > limits.sheets) return { kind: 'too-many-sheets', count: sheets.length };
  return checkDeclaredSizes(entries, sheets, limits);
}

/**
 * Sizes as written in the ZIP directory: a ZIP bomb that is honest about itself is stopped without unpacking.
 * Worksheets are only held to the ratio here; their size is checked while unpacking, where a sheet of a million
 * rows is recognised as such after its first 20 000 rows.
 */
function checkDeclaredSizes(entries: ZipEntry[], sheets: SheetPart[], limits: WorkbookLimits): XlsxProblem | null {
  let total = 0;
  for (const e of entries) {
    const sheet = sheets.find((s) => s.part === e.name)?.name;
    const tooBig = (limit: 'entryBytes' | 'totalBytes' | 'ratio', found: number | null): XlsxProblem => ({
      kind: 'unpacks-too-big',
      part: e.name,
      ...(sheet === undefined ? {} : { sheet }),
      limit,
      found,
    });
    const ratio = e.unpackedBytes / Math.max(1, e.packedBytes);
    if (e.unpackedBytes >= limits.ratioMinBytes && ratio > limits.ratio)
      return tooBig('ratio', Number.isFinite(ratio) ? ratio : null);
    if (WORKSHEET_PART.test(e.name)) continue;
    total += e.unpackedBytes;
    if (!Number.isFinite(e.unpackedBytes) || e.unpackedBytes > limits.entryBytes)
      return tooBig('entryBytes', Number.isFinite(e.unpackedBytes) ? e.unpackedBytes : null);
    if (total > limits.totalBytes) return tooBig('totalBytes', total);
  }
  return null;
}

function sheetList(buf: Buffer, entries: ZipEntry[], limits: WorkbookLimits): SheetPart[] | XlsxProblem {
  const text = (name: string): string | XlsxProblem => {
    const entry = entries.find((e) => e.name === name);
    if (!entry) return '';
    const part = unpackEntry(buf, entry, limits.entryBytes);
    if (part.ok) return part.data.toString('utf8');
    if (part.reason === 'corrupt') return { kind: 'corrupt', detail: `bagian ${name} tidak dapat dibuka` };
    return { kind: 'unpacks-too-big', part: name, limit: 'entryBytes', found: null };
  };
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (typeof workbook !== 'string') return workbook;
  if (typeof rels !== 'string') return rels;
  return workbookSheets(workbook, rels);
}

/** A CSV or HTML page saved with an .xlsx name: printable text in the first bytes. */
function looksLikeText(buf: Buffer): boolean {
  const head = buf.subarray(0, 512);
  return head.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
}
