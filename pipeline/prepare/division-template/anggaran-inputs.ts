/** Prepares the empty input rows of a template's `Anggaran` sheet: code, description, pagu, realisasi, IKU. */
import type ExcelJS from 'exceljs';
import type { Reference } from '../../../schemas/reference.ts';
import { columnLetter } from '../../diagnostic.ts';
import { columnOf, LAYOUT } from './division-workbook-spec.ts';
import { exampleBudgetCode } from './example-budget-code.ts';
import { formulaValidation, listValidation, numberValidation, textValidation } from './input-validation.ts';
import { markInput, NUM_FMT } from './sheet-style.ts';
import type { TemplatePlan } from './plan-templates.ts';
import type { ValueRule } from './value-rule.ts';

const RUPIAH: ValueRule = {
  type: 'decimal',
  max: undefined,
  numFmt: NUM_FMT.bulat,
  range: 'angka 0 atau lebih',
  example: 'Ketik angka rupiah tanpa "Rp", misalnya 125000000.',
};

/** `plan.anggaranRows` rows under the header, every cell an input. */
export function markAnggaranInputs(ws: ExcelJS.Worksheet, plan: TemplatePlan, ref: Reference): void {
  const programs = ref.renstra.program.map((p) => p.kode);
  const codes = plan.indikator.map((i) => i.kode);
  const example = exampleBudgetCode(ref);
  const col = (h: Parameters<typeof columnOf<'anggaran'>>[1]) => columnOf('anggaran', h);
  for (let row = LAYOUT.anggaran.headerRow + 1; row <= LAYOUT.anggaran.headerRow + plan.anggaranRows; row++) {
    const kode = ws.getCell(row, col('Kode'));
    const msg = {
      title: 'Kode anggaran',
      prompt: `Kode lengkap sampai akun, diawali kode program (${programs.join(', ')}). Contoh: ${example}.`,
    };
    markInput(kode, kodeValidation(`${columnLetter(col('Kode'))}${row}`, programs, msg), NUM_FMT.teks);
    const nama = ws.getCell(row, col('Program/Kegiatan'));
    markInput(
      nama,
      textValidation({ title: 'Program/Kegiatan', prompt: 'Uraian baris anggaran, misalnya nama akun dan komponen.' }),
    );
    nama.alignment = { vertical: 'top', wrapText: true };
    const money = (h: 'Pagu' | 'Realisasi', prompt: string) =>
      markInput(
        ws.getCell(row, col(h)),
        numberValidation(RUPIAH, { title: h, prompt }, `${h}: isi angka rupiah 0 atau lebih, tanpa "Rp".`),
        RUPIAH.numFmt,
      );
    money('Pagu', `Pagu baris ini dalam rupiah menurut DIPA terakhir. ${RUPIAH.example}`);
    money(
      'Realisasi',
      `Realisasi belanja sampai 31 Desember ${plan.tahun} dalam rupiah; tulis 0 bila belum ada belanja.`,
    );
    const iku = ws.getCell(row, col('Kode IKU'));
    const ikuMsg = {
      title: 'Kode IKU (boleh kosong)',
      prompt: 'IKU yang didukung baris anggaran ini. Boleh dikosongkan.',
    };
    markInput(
      iku,
      codes.length > 0
        ? listValidation(codes, ikuMsg, `Pilih salah satu: ${codes.join(', ')}, atau kosongkan.`)
        : textValidation(ikuMsg),
    );
  }
}

/** The code must start with a known program; Excel formulas over 255 characters are refused, so then only a message. */
function kodeValidation(
  address: string,
  programs: readonly string[],
  msg: { title: string; prompt: string },
): ExcelJS.DataValidation {
  const formula = `OR(${programs.map((p) => `LEFT(${address},${p.length})="${p}"`).join(',')})`;
  if (formula.length > 255 || programs.length === 0) return textValidation(msg);
  return formulaValidation(formula, msg, `Kode harus diawali kode program yang terdaftar: ${programs.join(', ')}.`);
}
