import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementCounter } from '../../pipeline/load/count-elements.ts';
import { boundXlsx } from '../../pipeline/load/inspect-xlsx.ts';
import { WORKBOOK_LIMITS } from '../../pipeline/load/limits.ts';
import { workbookSheets } from '../../pipeline/load/workbook-sheets.ts';
import { setZipTimestamps } from '../../pipeline/load/replace-zip-parts.ts';
import { readZipDirectory } from '../../pipeline/load/zip-directory.ts';
import { goodWorkbook } from '../failures/bad-files.ts';
import { zipBytes } from '../failures/zip-bytes.ts';
import { removeTempDirs } from '../fixtures/write-workbook.ts';

/** The first problem `boundXlsx` finds in `buf`, or null when exceljs may read it. */
const inspectXlsx = async (buf: Buffer, limits: Parameters<typeof boundXlsx>[1]) =>
  (await boundXlsx(buf, limits)).problem;

afterAll(removeTempDirs);

let good: Buffer;
beforeAll(async () => {
  good = await goodWorkbook();
});

describe('readZipDirectory', () => {
  it('lists the parts of a workbook with their sizes, without unpacking', () => {
    const dir = readZipDirectory(good);
    expect(dir.ok).toBe(true);
    const names = dir.ok ? dir.entries.map((e) => e.name) : [];
    expect(names).toEqual(
      expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet3.xml', '[Content_Types].xml']),
    );
    const sheet = dir.ok ? dir.entries.find((e) => e.name === 'xl/worksheets/sheet3.xml') : undefined;
    expect(sheet?.unpackedBytes).toBeGreaterThan(sheet?.packedBytes ?? Infinity);
  });

  it('says "truncated" when the end of the file is missing, at any length', () => {
    for (const cut of [10, 100, Math.floor(good.length / 2), good.length - 1]) {
      expect(readZipDirectory(good.subarray(0, cut))).toEqual({ ok: false, reason: 'truncated' });
    }
  });
});

describe('setZipTimestamps (in the module that writes ZIPs)', () => {
  it('stamps every part, in its local and its central header, and changes nothing else', () => {
    const at = new Date(Date.UTC(2025, 0, 1, 10, 30, 4));
    const dos = { time: (10 << 11) | (30 << 5) | 2, date: (45 << 9) | (1 << 5) | 1 };
    const before = Buffer.from(good);
    const after = Buffer.from(setZipTimestamps(Buffer.from(good), at));
    const dir = readZipDirectory(after);
    expect(dir).toEqual(readZipDirectory(before));
    const entries = dir.ok ? dir.entries : [];
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) {
      expect([after.readUInt16LE(e.directoryOffset + 12), after.readUInt16LE(e.directoryOffset + 14)]).toEqual([
        dos.time,
        dos.date,
      ]);
      expect([after.readUInt16LE(e.headerOffset + 10), after.readUInt16LE(e.headerOffset + 12)]).toEqual([
        dos.time,
        dos.date,
      ]);
      // Only the four date words of the part changed.
      for (const o of [e.directoryOffset + 12, e.directoryOffset + 14, e.headerOffset + 10, e.headerOffset + 12])
        before.writeUInt16LE(after.readUInt16LE(o), o);
    }
    expect(after.equals(before)).toBe(true);
  });

  it('refuses bytes that are not a ZIP', () => {
    expect(() => setZipTimestamps(new Uint8Array(40), new Date())).toThrow(/not a readable zip/);
  });
});

describe('inspectXlsx', () => {
  it('lets a normal workbook through', async () => {
    expect(await inspectXlsx(good, WORKBOOK_LIMITS)).toBeNull();
  });

  it('names the sheet with too many rows, and counts cells over all sheets', async () => {
    expect(await inspectXlsx(good, { ...WORKBOOK_LIMITS, rowsPerSheet: 4 })).toEqual({
      kind: 'too-many-rows',
      sheet: 'Identitas',
      rows: 5,
    });
    expect(await inspectXlsx(good, { ...WORKBOOK_LIMITS, cells: 20 })).toMatchObject({ kind: 'too-many-cells' });
    expect(await inspectXlsx(good, { ...WORKBOOK_LIMITS, sheets: 4 })).toEqual({ kind: 'too-many-sheets', count: 5 });
  });

  it('stops a part that unpacks past the limit even when the directory claims it is small', async () => {
    const lying = zipBytes([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/media/a.bin', data: Buffer.alloc(3_000_000, 65), declaredBytes: 10 },
    ]);
    const limits = { ...WORKBOOK_LIMITS, entryBytes: 1_000_000, ratio: 1_000_000 };
    expect(await inspectXlsx(lying, limits)).toEqual({
      kind: 'unpacks-too-big',
      part: 'xl/media/a.bin',
      limit: 'entryBytes',
      found: null,
    });
  });

  it('tells an encrypted workbook from an .xls by the streams of the OLE file', async () => {
    const ole = (stream: string) =>
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
        Buffer.from(stream, 'utf16le'),
      ]);
    expect(await inspectXlsx(ole('EncryptedPackage'), WORKBOOK_LIMITS)).toEqual({ kind: 'encrypted' });
    expect(await inspectXlsx(ole('Workbook'), WORKBOOK_LIMITS)).toEqual({ kind: 'other-format', format: 'xls' });
  });
});

describe('elementCounter', () => {
  const xml =
    '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"/></row><x:row r="2"><x:c r="A2"/></x:row><rowBreaks count="1"/><cols><col min="1"/></cols></sheetData>';

  it('counts rows and cells with or without a prefix, not rowBreaks or col', () => {
    const c = elementCounter();
    c.add(Buffer.from(xml));
    expect(c.counts).toEqual({ rows: 2, cells: 3 });
  });

  it('counts each element once however the text is cut into chunks', () => {
    for (let cut = 1; cut < xml.length; cut++) {
      const c = elementCounter();
      c.add(Buffer.from(xml.slice(0, cut)));
      c.add(Buffer.from(xml.slice(cut)));
      expect(c.counts, `cut at ${cut}`).toEqual({ rows: 2, cells: 3 });
    }
  });
});

describe('workbookSheets', () => {
  it('lists sheets in tab order with their parts, decoding names and absolute targets', () => {
    const wb =
      '<workbook><sheets><sheet name="Capaian &amp; Target" sheetId="1" r:id="rId2"/><x:sheet name=\'Anggaran\' r:id="rId1"/></sheets></workbook>';
    const rels =
      '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet9.xml"/><Relationship Id="rId2" Type="x" Target="worksheets/sheet1.xml"/></Relationships>';
    expect(workbookSheets(wb, rels)).toEqual([
      { name: 'Capaian & Target', part: 'xl/worksheets/sheet1.xml' },
      { name: 'Anggaran', part: 'xl/worksheets/sheet9.xml' },
    ]);
  });
});
