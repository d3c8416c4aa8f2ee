/** Formats the reference cells of a template's `Capaian` rows and marks their input cells with validation. */
import type ExcelJS from 'exceljs';
import type { IkuIndikator } from '../../../schemas/iku.ts';
import { columnOf, LAYOUT } from './division-workbook-spec.ts';
import {
  agregasiText,
  annualHint,
  arahText,
  quarterHint,
  quarterTargetsText,
  targetText,
  TRIWULAN,
  withSatuan,
} from './indikator-words.ts';
import { numberValidation, textValidation } from './input-validation.ts';
import { markInput } from './sheet-style.ts';
import type { TemplatePlan } from './plan-templates.ts';
import { valueRule } from './value-rule.ts';

/** One row per IKU, in plan order, directly under the header. */
export function markCapaianInputs(ws: ExcelJS.Worksheet, plan: TemplatePlan): void {
  plan.indikator.forEach((iku, i) => markRow(ws, LAYOUT.capaian.headerRow + 1 + i, iku, plan.tahun));
  addQuarterTargets(ws, plan);
}

/**
 * The Rencana Aksi on the grid (and on a printout), not only in cell notes: `Target TW I`–`IV` to the right of the
 * table, locked like the other reference cells. The load stage reads columns by their titles and ignores these.
 */
function addQuarterTargets(ws: ExcelJS.Worksheet, plan: TemplatePlan): void {
  const first = columnOf('capaian', 'Keterangan') + 1;
  const { headerRow } = LAYOUT.capaian;
  const style = ws.getCell(headerRow, columnOf('capaian', 'Target'));
  TRIWULAN.forEach((tw, q) => {
    const head = ws.getCell(headerRow, first + q);
    head.value = `Target ${tw}`;
    head.style = { ...style.style };
    ws.getColumn(first + q).width = 11;
    plan.indikator.forEach((iku, i) => {
      const cell = ws.getCell(headerRow + 1 + i, first + q);
      const t = iku.targetTriwulan[q];
      cell.value = t ?? 'tidak ada';
      cell.numFmt = valueRule(iku).numFmt;
      cell.border = style.border;
      cell.alignment = { vertical: 'top', horizontal: 'right' };
    });
  });
}

function markRow(ws: ExcelJS.Worksheet, row: number, iku: IkuIndikator, tahun: number): void {
  const cell = (header: Parameters<typeof columnOf<'capaian'>>[1]) => ws.getCell(row, columnOf('capaian', header));
  const rule = valueRule(iku);
  const error = `${iku.kode}: isi ${rule.range}. ${rule.example}`;
  const target = cell('Target');
  if (typeof iku.target === 'number') target.numFmt = rule.numFmt;
  target.note = [
    `Target PK ${tahun}: ${targetText(iku)}`,
    `Target triwulan (Rencana Aksi): ${quarterTargetsText(iku)}`,
    `Cara mengisi triwulan: ${agregasiText(iku)}`,
    `Arah: ${arahText(iku)}.`,
  ].join('\n');
  TRIWULAN.forEach((tw, q) => {
    const t = iku.targetTriwulan[q];
    const goal =
      t === null || t === undefined ? `Tidak ada target ${tw}.` : `Target ${tw}: ${withSatuan(t, iku.satuan)}.`;
    const prompt = `${goal} ${quarterHint(iku, tw)} ${rule.example}`;
    markInput(
      cell(`Realisasi ${tw}`),
      numberValidation(rule, { title: `${iku.kode} · Realisasi ${tw}`, prompt }, error),
      rule.numFmt,
    );
  });
  const annual = `Realisasi tahunan ${tahun}; target ${targetText(iku)}. ${annualHint(iku)} Bila dikosongkan, dihitung dari isian triwulan. ${rule.example}`;
  markInput(
    cell('Realisasi'),
    numberValidation(rule, { title: `${iku.kode} · Realisasi tahunan`, prompt: annual }, error),
    rule.numFmt,
  );
  const source = iku.sumberData === undefined ? '' : ` Menurut daftar IKU: ${iku.sumberData}.`;
  markText(
    cell('Sumber Data'),
    textValidation({
      title: `${iku.kode} · Sumber Data`,
      prompt: `Dokumen atau aplikasi asal angka realisasi.${source}`,
    }),
  );
  markText(
    cell('Keterangan'),
    textValidation({
      title: `${iku.kode} · Keterangan`,
      prompt: 'Penjelasan singkat angka realisasi, misalnya pembilang dan penyebutnya.',
    }),
  );
}

function markText(cell: ExcelJS.Cell, validation: ExcelJS.DataValidation): void {
  markInput(cell, validation);
  cell.alignment = { vertical: 'top', wrapText: true };
}
