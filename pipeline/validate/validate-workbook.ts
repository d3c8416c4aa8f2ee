/** Validation of one division workbook: raw cells in, typed Division and diagnostics out. Pure. */
import type { Division } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { RawWorkbook } from '../load/types.ts';
import { findSheet } from './find-sheet.ts';
import { reportHiddenTwins } from './hidden-sheets.ts';
import { locateTable, reportMissingSheet } from './locate-table.ts';
import { readAnalisis } from './read-analisis.ts';
import { readAnggaran } from './read-anggaran.ts';
import { readCapaian } from './read-capaian.ts';
import { readIdentitas } from './read-identitas.ts';
import { report, type SheetContext } from './sheet-context.ts';
import { ANALISIS, ANGGARAN, CAPAIAN, IDENTITAS } from './sheet-layout.ts';

/**
 * Reads and checks the four sheets (`Identitas`, `Capaian`, `Analisis`, `Anggaran`; others are ignored).
 * The division is returned whenever the workbook is recognisably a division workbook — even with errors, so the
 * cross-check still sees what it reports — and null when it has none of the four sheets.
 */
export function validateWorkbook(
  wb: RawWorkbook,
  ref: Reference,
): { division: Division | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const ctx = (sheet: string): SheetContext => ({ file: wb.file, sheet, out: diagnostics });
  if (![IDENTITAS, CAPAIAN, ANALISIS, ANGGARAN].some((spec) => findSheet(wb, spec))) {
    for (const spec of [IDENTITAS, CAPAIAN, ANALISIS, ANGGARAN]) reportMissingSheet(wb, spec.name, ctx(spec.name));
    return { division: null, diagnostics };
  }
  for (const spec of [IDENTITAS, CAPAIAN, ANALISIS, ANGGARAN]) reportHiddenTwins(wb, spec, ctx);
  const identitasSheet = findSheet(wb, IDENTITAS);
  if (!identitasSheet) reportMissingSheet(wb, IDENTITAS.name, ctx(IDENTITAS.name));
  const identitas = identitasSheet
    ? readIdentitas(identitasSheet, ref, ctx(identitasSheet.name))
    : { unitKerja: '', tahun: null, penanggungJawab: '', nip: '', tanggal: '' };
  const unit = identitas.kodeUnit;
  const read = <T>(
    spec: typeof CAPAIAN,
    fn: (t: NonNullable<ReturnType<typeof locateTable>>, c: SheetContext) => T[],
  ): T[] => {
    const c = ctx(spec.name);
    const table = locateTable(wb, spec, c);
    return table ? fn(table, c) : [];
  };
  const capaian = read(CAPAIAN, (t, c) => readCapaian(t.sheet, t.header, ref, unit, c));
  const analisis = read(ANALISIS, (t, c) => readAnalisis(t.sheet, t.header, ref, unit, c));
  const anggaran = read(ANGGARAN, (t, c) => readAnggaran(t.sheet, t.header, ref, unit, c));
  if (findSheet(wb, ANALISIS)) {
    for (const row of capaian.filter(
      (r) => !analisis.some((a) => a.kodeIku === r.kodeIku && (a.penyebab || a.upaya)),
    )) {
      const message = `Analisis untuk ${row.kodeIku} belum diisi. Tambahkan baris di sheet Analisis berisi penyebab keberhasilan/kegagalan dan upaya/solusinya.`;
      report(ctx(sheetName(wb, ANALISIS)), 'warning', { rule: 'analisis-kosong', message });
    }
  }
  const sheets = {
    identitas: sheetName(wb, IDENTITAS),
    capaian: sheetName(wb, CAPAIAN),
    analisis: sheetName(wb, ANALISIS),
    anggaran: sheetName(wb, ANGGARAN),
  };
  return { division: { file: wb.file, identitas, capaian, analisis, anggaran, sheets }, diagnostics };
}

/** The sheet's name as the workbook spells it, or the template's when the workbook has no such sheet. */
function sheetName(wb: RawWorkbook, spec: typeof IDENTITAS | typeof CAPAIAN): string {
  return findSheet(wb, spec)?.name ?? spec.name;
}
