/** Which sheets a workbook has, in tab order, and which ZIP part holds each: from `xl/workbook.xml` and its rels. */

/** A sheet's name as the user sees it on its tab, and the ZIP part holding its cells (if it is a worksheet). */
export interface SheetPart {
  name: string;
  part: string | undefined;
}

/** ZIP parts holding worksheets (`xl/worksheets/sheet1.xml`); chartsheets and dialog sheets live elsewhere. */
export const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

const ATTRIBUTE = /([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Sheets listed in `workbook.xml` (element `sheet`, any namespace prefix), with their parts from the rels file. */
export function workbookSheets(workbookXml: string, relsXml: string): SheetPart[] {
  const targets = new Map<string, string>();
  for (const attrs of elements(relsXml, 'Relationship')) {
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id && target) targets.set(id, partPath(target));
  }
  return elements(workbookXml, 'sheet').map((attrs) => {
    const rid = [...attrs].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
    return { name: attrs.get('name') ?? '', part: rid === undefined ? undefined : targets.get(rid) };
  });
}

/** Attributes of every `<name …>` or `<prefix:name …>` element. */
function elements(xml: string, name: string): Map<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}\\s([^>]*)>`, 'g');
  return [...xml.matchAll(re)].map((m) => {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(ATTRIBUTE)) attrs.set(a[1] ?? '', decode(a[2] ?? a[3] ?? ''));
    return attrs;
  });
}

/** `worksheets/sheet1.xml` (relative to `xl/`) or `/xl/worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}
