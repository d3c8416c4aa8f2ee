/**
 * The bad files people send, made by code: each function returns the bytes of one scenario. Workbooks start as
 * real exceljs output (the valid division workbook of `test/fixtures`) and are then broken in one way.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { divisionSheets } from '../fixtures/division-workbook.ts';
import { tempDir, writeWorkbook } from '../fixtures/write-workbook.ts';
import { unzipParts, zipBytes, type ZipPart } from './zip-bytes.ts';

const MiB = 1024 * 1024;
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

let good: Promise<Buffer> | undefined;

/**
 * A valid division workbook (Divisi Hukum, IKU-01 and IKU-04), as bytes: written by exceljs once per test worker
 * (some forty scenarios start from it), each caller gets its own copy to change.
 */
export async function goodWorkbook(): Promise<Buffer> {
  good ??= tempDir()
    .then((dir) => writeWorkbook(path.join(dir, 'baik.xlsx'), divisionSheets()))
    .then((file) => readFile(file));
  return Buffer.from(await good);
}

/** The valid workbook cut in half, as an interrupted download leaves it. */
export const truncatedWorkbook = async (): Promise<Buffer> => {
  const good = await goodWorkbook();
  return good.subarray(0, Math.floor(good.length / 2));
};

/** A password-protected .xlsx is an OLE compound file holding `EncryptionInfo` and `EncryptedPackage` streams. */
export const encryptedWorkbook = (): Buffer => oleFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);

/** An Excel 97–2003 file renamed to .xlsx: an OLE compound file with a `Workbook` stream. */
export const xlsRenamed = (): Buffer => oleFile(['Workbook', '\u0005SummaryInformation']);

function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  OLE_MAGIC.copy(header);
  const entries = streams.map((s) => {
    const entry = Buffer.alloc(128);
    entry.write(s, 0, 'utf16le');
    entry.writeUInt16LE((s.length + 1) * 2, 64);
    return entry;
  });
  return Buffer.concat([header, ...entries]);
}

/** A LibreOffice spreadsheet renamed to .xlsx. */
export const odsRenamed = (): Buffer =>
  zipBytes([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') },
    { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
  ]);

/** A Word document renamed to .xlsx: a ZIP, but no workbook in it. */
export const docxRenamed = (): Buffer =>
  zipBytes([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
  ]);

/** A ZIP that passes every check but whose workbook part is not well-formed XML, so exceljs cannot read it. */
export const unreadableXml = (): Buffer =>
  zipBytes([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook') },
  ]);

/** A CSV export saved with an .xlsx name. */
export const csvRenamed = (): Buffer => Buffer.from('Kode IKU;Realisasi\nIKU-01;100\n');

/** The valid workbook with the packed bytes of `xl/workbook.xml` overwritten (0xFF: an invalid deflate block). */
export async function corruptWorkbook(): Promise<Buffer> {
  return rezip(await goodWorkbook(), (p) =>
    p.name === 'xl/workbook.xml' ? { ...p, packed: Buffer.alloc(200, 0xff) } : p,
  );
}

/** The deflated bytes (level 9, about 60 KB) of the bombs' 60 MiB of zeros: packed once, both bombs carry them. */
let packedZeros: Buffer | undefined;
const bombPart = (declaredBytes?: number): ZipPart => {
  const data = Buffer.alloc(60 * MiB);
  packedZeros ??= deflateRawSync(data, { level: 9 });
  return {
    name: 'xl/media/image1.png',
    data,
    packed: packedZeros,
    ...(declaredBytes === undefined ? {} : { declaredBytes }),
  };
};

/** The valid workbook plus 60 MiB of zeros in an image part whose size is written honestly (ratio about 1 000 : 1). */
export async function zipBombHonest(): Promise<Buffer> {
  return zipBytes([...unzipParts(await goodWorkbook()), bombPart()]);
}

/** The same bomb with the directory claiming the image unpacks to 1 000 bytes. */
export async function zipBombLying(): Promise<Buffer> {
  return zipBytes([...unzipParts(await goodWorkbook()), bombPart(1000)]);
}

/** A workbook with `count` sheets. */
export async function manySheets(count: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (let i = 1; i <= count; i++) wb.addWorksheet(`Sheet${i}`).getCell('A1').value = i;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The valid workbook with `rows` rows of `cols` numbers each in its Anggaran sheet (`xl/worksheets/sheet5.xml`). */
export async function bigAnggaran(rows: number, cols: number): Promise<Buffer> {
  const letters = Array.from({ length: cols }, (_, c) => String.fromCharCode(65 + (c % 26)));
  // Appended in megabyte chunks, not one string per row joined at the end: a million rows build in a fifth of the time.
  const chunks = [
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
  ];
  let text = '';
  for (let r = 1; r <= rows; r++) {
    text += `<row r="${r}">`;
    for (const l of letters) text += `<c r="${l}${r}"><v>${r}</v></c>`;
    text += '</row>';
    if (text.length > MiB) (chunks.push(Buffer.from(text)), (text = ''));
  }
  chunks.push(Buffer.from(`${text}</sheetData></worksheet>`));
  const xml = Buffer.concat(chunks);
  return rezip(await goodWorkbook(), (p) => (p.name === 'xl/worksheets/sheet5.xml' ? { name: p.name, data: xml } : p));
}

/** The valid workbook padded with tiny parts to `count` parts in all. */
export async function manyParts(count: number): Promise<Buffer> {
  const parts = unzipParts(await goodWorkbook()).filter((p) => !p.name.endsWith('/'));
  const extra = Array.from({ length: count - parts.length }, (_, i) => ({
    name: `customXml/item${i}.xml`,
    data: Buffer.from('<a/>'),
  }));
  return zipBytes([...parts, ...extra]);
}

function rezip(zip: Buffer, change: (p: ZipPart) => ZipPart): Buffer {
  return zipBytes(unzipParts(zip).map(change));
}
