/** Reads the `Identitas` sheet: labels in one of the first columns, each value in the next filled cell to its right. */
import type { Division } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { RawCell, RawSheet } from '../load/types.ts';
import { findUnit } from './find-unit.ts';
import { readTextCell } from './read-text-cell.ts';
import { report, type SheetContext } from './sheet-context.ts';
import { IDENTITAS } from './sheet-layout.ts';
import { labelKey } from './text-keys.ts';

type Identitas = Division['identitas'];
type Key = keyof typeof IDENTITAS.labels;

/** The unit's identity, with the unit matched to `laporan.yaml` and the year checked against the report's. */
export function readIdentitas(sheet: RawSheet, ref: Reference, ctx: SheetContext): Identitas {
  const found = findValues(sheet);
  const text = (k: Key) => readTextCell(ctx, found.get(k)?.value, IDENTITAS.labels[k].label);
  const unitKerja = text('unitKerja');
  const identitas: Identitas = {
    unitKerja,
    tahun: readTahun(found.get('tahun'), ref, ctx),
    penanggungJawab: text('penanggungJawab'),
    nip: text('nip').replace(/^'/, ''),
    tanggal: text('tanggal'),
  };
  const unit = unitKerja === '' ? undefined : findUnit(unitKerja, ref.config.unitKerja);
  if (unit) identitas.kodeUnit = unit.kode;
  const cell = found.get('unitKerja')?.value?.address ?? found.get('unitKerja')?.label.address;
  const names = ref.config.unitKerja.map((u) => u.nama).join('; ');
  if (unitKerja === '') {
    const message = `Unit Kerja belum diisi di sheet Identitas. Isi dengan nama unit, salah satu dari: ${names}.`;
    report(
      ctx,
      'error',
      cell
        ? { rule: 'unit-kosong', cell, message, expected: names }
        : { rule: 'unit-kosong', message, expected: names },
    );
  } else if (!unit) {
    const message = `Unit Kerja "${unitKerja}" tidak dikenal. Tulis nama unit seperti di laporan.yaml, salah satu dari: ${names}.`;
    report(ctx, 'error', {
      rule: 'unit-tidak-dikenal',
      ...(cell ? { cell } : {}),
      message,
      actual: unitKerja,
      expected: names,
    });
  }
  checkNip(found.get('nip')?.value, ctx);
  return identitas;
}

type Found = Map<Key, { label: RawCell; value: RawCell | undefined }>;

function findValues(sheet: RawSheet): Found {
  const found: Found = new Map();
  const keys = Object.keys(IDENTITAS.labels) as Key[];
  for (const r of sheet.rows) {
    const labelIdx = r.cells.findIndex((c) => c.col <= 3 && c.kind === 'text' && keyOf(c.text, keys) !== undefined);
    const label = r.cells[labelIdx];
    const key = label ? keyOf(label.text, keys) : undefined;
    if (!label || !key || found.has(key)) continue;
    // Forms often put a lone ":" between label and value.
    const value = r.cells.slice(labelIdx + 1).find((c) => !(c.kind === 'text' && /^\s*:?\s*$/.test(c.text)));
    found.set(key, { label, value });
  }
  return found;
}

function keyOf(text: string, keys: Key[]): Key | undefined {
  const k = labelKey(text);
  return keys.find((key) => labelKey(IDENTITAS.labels[key].label) === k || IDENTITAS.labels[key].aliases.includes(k));
}

function readTahun(
  found: { label: RawCell; value: RawCell | undefined } | undefined,
  ref: Reference,
  ctx: SheetContext,
): number | null {
  const cell = found?.value;
  const year = cell?.kind === 'number' ? cell.number : Number(/^\s*(\d{4})\s*$/.exec(cell?.text ?? '')?.[1] ?? NaN);
  const where = cell?.address ?? found?.label.address;
  const at = where ? { cell: where } : {};
  const expected = String(ref.config.tahun);
  if (!cell) {
    const message = `Tahun belum diisi di sheet Identitas. Isi dengan tahun laporan, yaitu ${expected}.`;
    report(ctx, 'warning', { rule: 'tahun-kosong', ...at, message, expected });
    return null;
  }
  if (year === undefined || !Number.isInteger(year)) {
    const message = `Tahun "${cell.text}" tidak dapat dibaca. Isi dengan tahun laporan, yaitu ${expected}.`;
    report(ctx, 'error', { rule: 'tahun-berbeda', ...at, message, expected, actual: cell.text });
    return null;
  }
  if (year !== ref.config.tahun) {
    const message = `Tahun ${year} berbeda dengan tahun laporan ${expected}. Pastikan ini buku kerja tahun ${expected}, lalu perbaiki isian Tahun.`;
    report(ctx, 'error', { rule: 'tahun-berbeda', ...at, message, expected, actual: String(year) });
  }
  return year;
}

function checkNip(cell: RawCell | undefined, ctx: SheetContext): void {
  if (!cell) return;
  if (cell.kind === 'number') {
    const message =
      "NIP tersimpan sebagai angka, sehingga Excel bisa mengubah digit terakhirnya. Ketik NIP sebagai teks (awali dengan tanda petik ').";
    report(ctx, 'warning', { rule: 'nip-angka', cell: cell.address, message, actual: cell.text });
  } else if (!/^\d{18}$/.test(cell.text.replace(/[\s.']/g, ''))) {
    const message = `NIP "${cell.text}" tidak terdiri dari 18 digit. Periksa kembali NIP penanggung jawab.`;
    report(ctx, 'warning', {
      rule: 'nip-tidak-valid',
      cell: cell.address,
      message,
      actual: cell.text,
      expected: '18 digit',
    });
  }
}
