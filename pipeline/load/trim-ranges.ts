/**
 * Trims the ranges of one worksheet's XML to the area its cells use: a dropdown on `A1:XFD1048576` becomes one on
 * `A1:K40`, a merge or a hyperlink wholly outside that area is dropped. What lies outside holds no cell, so nothing
 * read changes; exceljs, which expands these ranges cell by cell, is spared billions of empty cells.
 */
import { formatRange, intersect, parseRangeList, type CellBox } from './cell-range.ts';

/** `list` (an `sqref` or `ref`) cut to `used`; empty when nothing of it is inside. */
export function trimRangeList(list: string, used: CellBox): string {
  return parseRangeList(list)
    .flatMap((b) => intersect(b, used) ?? [])
    .map(formatRange)
    .join(' ');
}

/** Elements with content: their range is an attribute (`sqref`) or, in the x14 extensions, an `<xm:sqref>` child. */
const WITH_BODY = /<((?:[\w.-]+:)?)(dataValidation|conditionalFormatting)(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/\1\2>)/g;
/** Empty elements whose range is the `ref` attribute. */
const EMPTY = /<((?:[\w.-]+:)?)(mergeCell|hyperlink)(\s[^>]*?)\/>/g;

/** The sheet XML (as latin1 text, so bytes outside ASCII pass unchanged) with every range trimmed to `used`. */
export function trimSheetRanges(xml: string, used: CellBox): string {
  const trim = (list: string): string => trimRangeList(list, used);
  return xml
    .replace(
      WITH_BODY,
      (whole, _prefix: string, _name: string, attrs: string | undefined, body: string | undefined) => {
        const attr = /\bsqref="([^"]*)"/.exec(attrs ?? '');
        if (attr) {
          const cut = trim(attr[1] ?? '');
          return cut ? whole.replace(attr[0], `sqref="${cut}"`) : '';
        }
        const child = /<xm:sqref>([^<]*)<\/xm:sqref>/.exec(body ?? '');
        if (!child) return whole;
        const cut = trim(child[1] ?? '');
        return cut ? whole.replace(child[0], `<xm:sqref>${cut}</xm:sqref>`) : '';
      },
    )
    .replace(EMPTY, (whole, _prefix: string, _name: string, attrs: string) => {
      const attr = /\bref="([^"]*)"/.exec(attrs);
      if (!attr) return whole;
      const cut = trim(attr[1] ?? '');
      return cut ? whole.replace(attr[0], `ref="${cut}"`) : '';
    });
}
