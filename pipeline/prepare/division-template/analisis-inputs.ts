/** Marks the text cells of a template's `Analisis` rows (one per IKU) as inputs, with room to write. */
import type ExcelJS from 'exceljs';
import { columnOf, LAYOUT } from './division-workbook-spec.ts';
import { textValidation } from './input-validation.ts';
import { markInput } from './sheet-style.ts';
import type { TemplatePlan } from './plan-templates.ts';

/** Six lines of room per row: Excel does not grow a row while someone types. */
const ROW_HEIGHT = 90;

/** Penyebab, Upaya/Solusi and Program/Kegiatan Pendukung of each IKU row. */
export function markAnalisisInputs(ws: ExcelJS.Worksheet, plan: TemplatePlan): void {
  plan.indikator.forEach((iku, i) => {
    const row = LAYOUT.analisis.headerRow + 1 + i;
    const fields = [
      [
        'Penyebab Keberhasilan/Kegagalan',
        'Penyebab',
        `Mengapa target ${iku.kode} tercapai atau tidak tercapai: faktor pendukung dan penghambatnya.`,
      ],
      ['Upaya/Solusi', 'Upaya/Solusi', `Langkah yang sudah dilakukan untuk ${iku.kode} dan rencana perbaikannya.`],
      [
        'Program/Kegiatan Pendukung',
        'Program pendukung',
        `Program atau kegiatan yang mendukung capaian ${iku.kode}, sebaiknya dengan kodenya.`,
      ],
    ] as const;
    for (const [header, title, prompt] of fields) {
      const cell = ws.getCell(row, columnOf('analisis', header));
      markInput(cell, textValidation({ title: `${iku.kode} · ${title}`, prompt }));
      cell.alignment = { vertical: 'top', wrapText: true };
    }
    ws.getRow(row).height = Math.max(ws.getRow(row).height ?? 0, ROW_HEIGHT);
  });
}
