/** Templates keep their shape on paper and in any Excel: Rencana Aksi on the grid, one-page Identitas, clean validations. */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reference } from '../../schemas/reference.ts';
import { buildTemplate } from '../../pipeline/prepare/division-template/build-template.ts';
import { planTemplates } from '../../pipeline/prepare/division-template/plan-templates.ts';
import { readReference } from '../../pipeline/prepare/division-template/read-reference.ts';
import { entryData, readZipDirectory } from '../../pipeline/load/zip-directory.ts';
import { ROOT } from '../helpers/run-cli.ts';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

let ref: Reference;
let wb: ExcelJS.Workbook;
let bytes: Buffer;
const plan = () => planTemplates(ref).find((p) => p.unit.kode === 'PARMAS')!;

beforeAll(async () => {
  const read = await readReference(join(ROOT, 'inputs'));
  if (!read.reference) throw new Error('sample reference data has errors');
  ref = read.reference;
  wb = await buildTemplate(plan(), ref);
  bytes = Buffer.from(await wb.xlsx.writeBuffer());
});

/** Every cell named by a `sqref` list (`A1 B4:B43`). */
function cellsOf(sqref: string): string[] {
  return sqref.split(/\s+/).flatMap((part) => {
    const [from, to = from] = part.split(':') as [string, string?];
    const [, c1 = '', r1 = ''] = /^([A-Z]+)(\d+)$/.exec(from) ?? [];
    const [, c2 = '', r2 = ''] = /^([A-Z]+)(\d+)$/.exec(to as string) ?? [];
    const out: string[] = [];
    for (let c = c1.charCodeAt(0); c <= c2.charCodeAt(0); c++)
      for (let r = Number(r1); r <= Number(r2); r++) out.push(`${String.fromCharCode(c)}${r}`);
    return out;
  });
}

function sheetXml(n: number): string {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error('not a zip');
  const entry = dir.entries.find((e) => e.name === `xl/worksheets/sheet${n}.xml`);
  if (!entry) throw new Error(`no sheet${n}.xml`);
  const data = entryData(bytes, entry) as Buffer;
  return (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

describe('a unit template', () => {
  it('shows the quarterly targets (Rencana Aksi) on the Capaian grid, not only in notes', () => {
    const ws = wb.getWorksheet('Capaian')!;
    const header = ws.getRow(4).values as unknown[];
    const at = header.indexOf('Target TW I');
    expect(at).toBeGreaterThan(0);
    expect(header.slice(at, at + 4)).toEqual(['Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV']);
    plan().indikator.forEach((iku, i) => {
      const row = ws.getRow(5 + i).values as unknown[];
      expect(row.slice(at, at + 4)).toEqual(iku.targetTriwulan.map((t) => t ?? 'tidak ada'));
    });
  });

  it('prints Identitas on one A4 page', () => {
    expect(wb.getWorksheet('Identitas')!.pageSetup).toMatchObject({
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
    });
  });

  it('has no cell under two data validations (Excel offers to "repair" such a file)', () => {
    for (let n = 1; n <= wb.worksheets.length; n++) {
      const refs = [...sheetXml(n).matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1] as string);
      const cells = refs.flatMap(cellsOf);
      expect(cells.length, `sheet${n}`).toBe(new Set(cells).size);
    }
  });

  it('gives decimal examples an English-locale Excel also accepts', () => {
    const prompts = wb.worksheets.flatMap((ws) => {
      const out: string[] = [];
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell(
          { includeEmpty: true },
          (c) => void (c.dataValidation?.prompt && out.push(c.dataValidation.prompt)),
        ),
      );
      return out;
    });
    const decimals = prompts.filter((p) => /\d,\d/.test(p));
    expect(decimals.length).toBeGreaterThan(0);
    for (const p of decimals) expect(p).toMatch(/Excel berbahasa Inggris: \d+\.\d+/);
  });
});
