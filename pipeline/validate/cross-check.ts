/** Checks across all division workbooks: each IKU reported once, by its own unit; each unit's file sent once. */
import type { Division } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import { error, warning, type Diagnostic } from '../diagnostic.ts';
import { unitForFileName, unitSlug } from './find-unit.ts';
import { formatTanggal } from '../format.ts';
import { checkBudgetNesting } from './check-budget-nesting.ts';

type Report = { division: Division; row: Division['capaian'][number] };

/** Diagnostics that only show when the workbooks are seen together. */
export function crossCheck(divisions: Division[], ref: Reference, unreadable: readonly string[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unitName = (kode: string | undefined) =>
    ref.config.unitKerja.find((u) => u.kode === kode)?.nama ?? kode ?? '(tidak dikenal)';
  const where = (r: Report) =>
    `${r.division.file} (${r.division.sheets.capaian}!${r.row.sel?.['kodeIku'] ?? `baris ${r.row.row}`})`;
  const at = (r: Report) => ({
    file: r.division.file,
    sheet: r.division.sheets.capaian,
    ...(r.row.sel?.['kodeIku'] ? { cell: r.row.sel['kodeIku'] } : {}),
  });
  const byIku = new Map<string, Report[]>();
  for (const division of divisions) {
    for (const row of division.capaian) byIku.set(row.kodeIku, [...(byIku.get(row.kodeIku) ?? []), { division, row }]);
  }
  for (const iku of ref.iku.indikator) {
    const reports: Report[] = byIku.get(iku.kode) ?? [];
    const owner = unitName(iku.unit);
    const [first, ...others] = reports;
    // Two files of one unit are one problem (unit-ganda below), not one per indicator.
    const sameUnit = (r: Report) =>
      r.division.identitas.kodeUnit !== undefined &&
      r.division.identitas.kodeUnit === first?.division.identitas.kodeUnit;
    for (const other of first ? others.filter((r) => !sameUnit(r)) : []) {
      const message =
        `${iku.kode} dilaporkan oleh dua buku kerja: ${where(first as Report)} dan ${where(other)}. Satu IKU hanya dilaporkan ` +
        `oleh satu unit; hapus baris itu dari buku kerja yang bukan milik penanggung jawabnya (${owner}).`;
      out.push(error({ rule: 'iku-ganda-antarberkas', ...at(other), message, expected: owner }));
    }
    for (const r of reports) {
      const by = r.division.identitas.kodeUnit;
      if (by === undefined || by === iku.unit) continue;
      const message = `${iku.kode} menjadi tanggung jawab ${owner}, tetapi dilaporkan oleh ${unitName(by)}. Pastikan unit yang benar yang melaporkannya, atau perbarui unit di iku.yaml.`;
      out.push(warning({ rule: 'iku-bukan-unitnya', ...at(r), message, expected: owner, actual: unitName(by) }));
    }
    if (reports.length === 0 && divisions.some((d) => d.identitas.kodeUnit === iku.unit))
      out.push(unreported(iku, owner, divisions));
  }
  out.push(...unitsNotSent(divisions, ref, byIku, unreadable));
  out.push(...duplicateUnits(divisions, unitName), ...checkBudgetNesting(divisions));
  return out;
}

/** An IKU missing from its own unit's workbook. */
function unreported(iku: Reference['iku']['indikator'][number], owner: string, divisions: Division[]): Diagnostic {
  const own = divisions.find((d) => d.identitas.kodeUnit === iku.unit) as Division;
  const message =
    `${iku.kode} (${iku.nama}) tidak dilaporkan oleh buku kerja mana pun; di laporan tercatat "belum diisi". ` +
    `Penanggung jawab: ${owner}. Tambahkan baris ${iku.kode} di sheet ${own.sheets.capaian} buku kerja ini.`;
  return warning({
    rule: 'iku-tidak-dilaporkan',
    file: own.file,
    sheet: own.sheets.capaian,
    message,
    expected: iku.kode,
  });
}

/** One warning per unit that sent no workbook, headed by the unit (not by iku.yaml), naming its indicators. */
function unitsNotSent(
  divisions: Division[],
  ref: Reference,
  byIku: Map<string, Report[]>,
  unreadable: readonly string[],
): Diagnostic[] {
  return ref.config.unitKerja.flatMap((unit) => {
    if (divisions.some((d) => d.identitas.kodeUnit === unit.kode)) return [];
    const missing = ref.iku.indikator.filter((i) => i.unit === unit.kode && !byIku.has(i.kode));
    if (!missing.length) return [];
    const list = missing.map((i) => `${i.kode} (${i.nama})`).join('; ');
    const expected = missing.map((i) => i.kode).join(', ');
    const these = `${missing.length === 1 ? 'IKU ini' : 'IKU berikut'} tercatat "belum diisi" di laporan: ${list}`;
    const broken = unreadable.find((f) => unitForFileName(f, [unit]));
    if (broken) {
      const message = `${unit.nama} sudah mengirim ${broken}, tetapi berkas itu tidak terbaca (lihat galatnya), jadi ${these}. Minta unit ini mengirim ulang berkasnya.`;
      return [warning({ rule: 'iku-tidak-dilaporkan', file: broken, message, expected })];
    }
    const message =
      `${unit.nama} belum mengirim buku kerja, jadi ${these}. ` +
      `Kirim templat unit ini (npm run templates, berkas LKj-${ref.config.tahun}-${unitSlug(unit.nama)}.xlsx) dan simpan berkas yang kembali di folder masukan.`;
    return [warning({ rule: 'iku-tidak-dilaporkan', file: `${unit.nama} (belum mengirim)`, message, expected })];
  });
}

function duplicateUnits(divisions: Division[], unitName: (k: string | undefined) => string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const tanggal = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? formatTanggal(iso) : iso);
  const dated = (d: Division) =>
    `${d.file}${d.identitas.tanggal ? ` (tanggal di Identitas: ${tanggal(d.identitas.tanggal)})` : ''}`;
  divisions.forEach((d, i) => {
    const earlier = divisions
      .slice(0, i)
      .find((e) => e.identitas.kodeUnit !== undefined && e.identitas.kodeUnit === d.identitas.kodeUnit);
    if (!earlier) return;
    const message =
      `Dua berkas dari unit ${unitName(d.identitas.kodeUnit)}: ${dated(earlier)} dan ${dated(d)}. Setiap unit hanya boleh ` +
      'satu berkas. Pakai yang terbaru: pindahkan berkas yang lama keluar dari folder masukan, lalu periksa lagi.';
    out.push(
      error({
        rule: 'unit-ganda',
        file: d.file,
        sheet: d.sheets.identitas,
        message,
        expected: 'satu berkas per unit',
        actual: earlier.file,
      }),
    );
  });
  return out;
}
