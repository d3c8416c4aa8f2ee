/** Marks the input cells of a template's `Identitas` sheet; Unit Kerja and Tahun stay locked. */
import type ExcelJS from 'exceljs';
import { LAYOUT } from './division-workbook-spec.ts';
import { dateValidation, lengthValidation, textValidation } from './input-validation.ts';
import { markInput, NUM_FMT } from './sheet-style.ts';

/** Penanggung Jawab (text), NIP (text of 18 digits) and Tanggal (a date from the report year to the next). */
export function markIdentitasInputs(ws: ExcelJS.Worksheet, tahun: number): void {
  const value = (row: number) => ws.getCell(row, 2);
  const rows = LAYOUT.identitas;
  markInput(
    value(rows.penanggungJawab),
    textValidation({
      title: 'Penanggung Jawab',
      prompt: 'Nama lengkap pejabat yang bertanggung jawab atas isian, dengan gelar.',
    }),
    NUM_FMT.teks,
  );
  markInput(
    value(rows.nip),
    lengthValidation(
      18,
      21,
      {
        title: 'NIP',
        prompt: 'NIP penanggung jawab: 18 digit tanpa spasi. Sel ini berformat teks sehingga digit tidak berubah.',
      },
      'NIP terdiri dari 18 digit (tanggal lahir, TMT, jenis kelamin, nomor urut). Periksa kembali.',
    ),
    NUM_FMT.teks,
  );
  markInput(
    value(rows.tanggal),
    dateValidation(
      new Date(Date.UTC(tahun, 0, 1)),
      new Date(Date.UTC(tahun + 1, 11, 31)),
      {
        title: 'Tanggal pengisian',
        prompt: 'Tanggal buku kerja ini diisi, diketik menurut format tanggal komputer Anda (misalnya 8/1/2025).',
      },
      `Isi tanggal pengisian antara 1 Januari ${tahun} dan 31 Desember ${tahun + 1}.`,
    ),
    NUM_FMT.tanggal,
  );
  ws.getColumn(2).width = 60;
}
