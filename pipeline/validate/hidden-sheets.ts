/** A hidden sheet named like a visible one (`Capaian` twice): the visible one is read, and the user is told. */
import type { RawWorkbook } from '../load/types.ts';
import { isHidden, matchingSheets } from './find-sheet.ts';
import { report, type SheetContext } from './sheet-context.ts';

/** One warning per hidden sheet that matches `spec` while a visible sheet does too. */
export function reportHiddenTwins(
  wb: RawWorkbook,
  spec: { name: string; aliases: readonly string[] },
  ctx: (sheet: string) => SheetContext,
): void {
  const matches = matchingSheets(wb, spec);
  const visible = matches.find((s) => !isHidden(s));
  if (!visible) return;
  for (const hidden of matches.filter(isHidden)) {
    const how =
      hidden.state === 'veryHidden'
        ? 'disembunyikan penuh (veryHidden, hanya dapat dimunculkan lewat Visual Basic Editor)'
        : 'disembunyikan (klik kanan tab sheet → Unhide untuk melihatnya)';
    const message =
      `Berkas ${wb.file} memuat sheet "${hidden.name}" yang ${how} selain sheet "${visible.name}" yang tampak. ` +
      `Yang dibaca adalah sheet "${visible.name}" yang tampak; hapus sheet tersembunyi itu bila tidak dipakai.`;
    report(ctx(hidden.name), 'warning', {
      rule: 'sheet-tersembunyi-kembar',
      message,
      actual: hidden.state ?? '',
      expected: visible.name,
    });
  }
}
