/** One unit's template in memory: the division workbook from the reference, inputs marked, sheets protected. */
import type ExcelJS from 'exceljs';
import type { Reference } from '../../../schemas/reference.ts';
import { markAnalisisInputs } from './analisis-inputs.ts';
import { markAnggaranInputs } from './anggaran-inputs.ts';
import { buildDivisionWorkbook } from './build-division-workbook.ts';
import { markCapaianInputs } from './capaian-inputs.ts';
import { markIdentitasInputs } from './identitas-inputs.ts';
import type { TemplatePlan } from './plan-templates.ts';
import { protectSheets } from './sheet-style.ts';
import { templateSpec } from './template-spec.ts';

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`template has no sheet ${name}`);
  return ws;
}

/** Petunjuk, Identitas, Capaian, Analisis and Anggaran for `plan.unit`, ready to be saved or filled. */
export async function buildTemplate(plan: TemplatePlan, ref: Reference): Promise<ExcelJS.Workbook> {
  const wb = buildDivisionWorkbook(templateSpec(plan, ref));
  markIdentitasInputs(sheet(wb, 'Identitas'), plan.tahun);
  markCapaianInputs(sheet(wb, 'Capaian'), plan);
  markAnalisisInputs(sheet(wb, 'Analisis'), plan);
  markAnggaranInputs(sheet(wb, 'Anggaran'), plan, ref);
  await protectSheets(wb);
  return wb;
}
