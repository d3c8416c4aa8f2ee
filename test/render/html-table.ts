/** Test helper: reads a rendered HTML table back as rows of cell texts, the way a reader sees it. */

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#x3D;': '=',
  '&#x60;': '`',
};

/** Plain text of an HTML fragment: tags removed, entities decoded, whitespace collapsed. */
export const htmlText = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();

/** The body rows of the first `<table>` whose class list has `cls`, each as its cells' texts joined by ` | `. */
export function tableRows(html: string, cls: string): string[] {
  const start = html.search(new RegExp(`<table class="[^"]*\\b${cls}\\b`));
  if (start < 0) throw new Error(`no table .${cls}`);
  const table = html.slice(start, html.indexOf('</table>', start));
  const body = table.includes('</thead>') ? table.slice(table.indexOf('</thead>')) : table;
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => htmlText(c[1]!)).join(' | '),
  );
}
