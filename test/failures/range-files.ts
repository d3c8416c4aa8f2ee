/**
 * Workbooks with one large range added to the Capaian sheet of the valid test workbook: a dropdown (data
 * validation), a merge or a hyperlink, written into the sheet XML where Excel puts it. Optionally a cell far away,
 * so that the used area itself is large and trimming cannot help.
 */
import { workbookSheets } from '../../pipeline/load/workbook-sheets.ts';
import { goodWorkbook } from './bad-files.ts';
import { unzipParts, zipBytes } from './zip-bytes.ts';

/** Which range to add. */
export type AddedRange = 'validation' | 'merge' | 'link';

const ELEMENT: Record<
  AddedRange,
  { list: RegExp; wrap: (inner: string) => string; item: (ref: string) => string; before: RegExp }
> = {
  merge: {
    list: /<mergeCells count="\d+">/,
    wrap: (inner) => `<mergeCells count="1">${inner}</mergeCells>`,
    item: (ref) => `<mergeCell ref="${ref}"/>`,
    before: /<(?:phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins)\b/,
  },
  validation: {
    list: /<dataValidations count="\d+">/,
    wrap: (inner) => `<dataValidations count="1">${inner}</dataValidations>`,
    item: (ref) =>
      `<dataValidation type="list" allowBlank="1" sqref="${ref}"><formula1>"Ya,Tidak"</formula1></dataValidation>`,
    before: /<(?:hyperlinks|printOptions|pageMargins)\b/,
  },
  link: {
    list: /<hyperlinks>/,
    wrap: (inner) => `<hyperlinks>${inner}</hyperlinks>`,
    item: (ref) => `<hyperlink ref="${ref}" location="Capaian!A1"/>`,
    before: /<(?:printOptions|pageMargins)\b/,
  },
};

/** The valid workbook with `kind` over `ref` on Capaian, and a text cell at `far` (e.g. `XFD19000`) when given. */
export async function workbookWithRange(kind: AddedRange, ref: string, far?: string): Promise<Buffer> {
  return withRange(await goodWorkbook(), kind, ref, far);
}

/** `workbook` (bytes of a division workbook) with `kind` over `ref` on its Capaian sheet, and a cell at `far`. */
export function withRange(workbook: Buffer, kind: AddedRange, ref: string, far?: string): Buffer {
  const parts = unzipParts(workbook);
  const text = (name: string) => parts.find((p) => p.name === name)?.data.toString('utf8') ?? '';
  const capaian = workbookSheets(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')).find(
    (s) => s.name === 'Capaian',
  )?.part;
  const part = parts.find((p) => p.name === capaian);
  if (!part) throw new Error('no Capaian sheet');
  let xml = part.data.toString('utf8');
  if (far) {
    const row = Number(/\d+$/.exec(far)?.[0]);
    xml = xml.replace(
      '</sheetData>',
      `<row r="${row}"><c r="${far}" t="inlineStr"><is><t>jauh</t></is></c></row></sheetData>`,
    );
  }
  const e = ELEMENT[kind];
  const list = e.list.exec(xml);
  if (list) xml = xml.replace(list[0], list[0] + e.item(ref));
  else {
    const at = e.before.exec(xml);
    if (!at) throw new Error(`no place for ${kind}`);
    xml = xml.slice(0, at.index) + e.wrap(e.item(ref)) + xml.slice(at.index);
  }
  part.data = Buffer.from(xml, 'utf8');
  return zipBytes(parts);
}
