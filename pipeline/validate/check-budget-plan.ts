/**
 * The budget against the plan: the PK budget of each program (`iku.yaml → program`) against the sum of the budget
 * lines the units sent, and how much of the budget the efficiency table (T7) can cover. Both figures are printed
 * in the report (Tabel 2.3 / Lampiran 1 and Bab III B), so a difference would be a printed contradiction.
 */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Division } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import { warning, type Diagnostic } from '../diagnostic.ts';
import { splitBudgetCode } from '../merge/merge-budget.ts';
import { formatAngka, formatUang } from '../format.ts';
import { yamlLine } from '../load/yaml-line-map.ts';

const rupiah = (n: number): string => `Rp ${formatUang(n)}`;
const persen = (n: number): string => `${formatAngka(n)}%`;

/** Pagu of the budget lines per program, and which workbooks they came from. */
function linesByProgram(divisions: readonly Division[]): Map<string, { pagu: number; files: Map<string, number> }> {
  const out = new Map<string, { pagu: number; files: Map<string, number> }>();
  for (const d of divisions) {
    for (const row of d.anggaran) {
      const { program } = splitBudgetCode(row.kode);
      const p = out.get(program) ?? { pagu: 0, files: new Map<string, number>() };
      p.pagu += row.pagu;
      p.files.set(d.file, (p.files.get(d.file) ?? 0) + row.pagu);
      out.set(program, p);
    }
  }
  return out;
}

/** One `pagu-pk-berbeda` warning per program whose PK budget differs from the sum of its lines. */
export function checkPkBudget(divisions: readonly Division[], ref: Reference): Diagnostic[] {
  const sums = linesByProgram(divisions);
  const out: Diagnostic[] = [];
  ref.iku.program.forEach((p, n) => {
    const lines = sums.get(p.kode) ?? { pagu: 0, files: new Map<string, number>() };
    if (Math.abs(lines.pagu - p.anggaran) < 0.5) return;
    const { line } = yamlLine(ref.lines?.['iku.yaml'], `program[${n}].anggaran`);
    const from = [...lines.files].map(([f, v]) => `${f} ${rupiah(v)}`).join('; ');
    const message =
      `Anggaran PK program ${p.kode} (${p.nama}) adalah ${rupiah(p.anggaran)} (iku.yaml${line ? ` baris ${line}` : ''}), ` +
      `tetapi jumlah pagu baris anggaran program itu di buku kerja ${rupiah(lines.pagu)}` +
      `${from ? ` (${from})` : ''}; selisih ${rupiah(Math.abs(p.anggaran - lines.pagu))}. Laporan mencetak keduanya ` +
      '(Tabel PK dan Realisasi Anggaran). Lengkapi atau perbaiki baris anggaran di sheet Anggaran, atau perbarui ' +
      'anggaran PK di iku.yaml bila PK direvisi.';
    out.push(
      warning({
        rule: 'pagu-pk-berbeda',
        file: 'iku.yaml',
        ...(line ? { line } : {}),
        message,
        expected: rupiah(p.anggaran),
        actual: rupiah(lines.pagu),
      }),
    );
  });
  for (const [kode, lines] of sums) {
    if (ref.iku.program.some((p) => p.kode === kode)) continue;
    const from = [...lines.files].map(([f, v]) => `${f} ${rupiah(v)}`).join('; ');
    const message =
      `Program ${kode} memiliki baris anggaran berpagu ${rupiah(lines.pagu)} (${from}), tetapi tidak tercantum dalam ` +
      'anggaran PK (iku.yaml → program). Tambahkan program itu ke PK, atau perbaiki kode anggarannya.';
    out.push(
      warning({
        rule: 'pagu-pk-berbeda',
        file: 'iku.yaml',
        ...yamlLine(ref.lines?.['iku.yaml'], 'program'),
        message,
        expected: 'Rp 0',
        actual: rupiah(lines.pagu),
      }),
    );
  }
  return out;
}

/** A `cakupan-efisiensi-rendah` warning when too little of the budget is tied to an IKU for T7 to mean much. */
export function checkEfficiencyCoverage(dataset: Dataset, ref: Reference): Diagnostic[] {
  const { terkaitIku } = dataset.anggaran;
  const minimum = ref.config.pemeriksaan.cakupanAnggaranMinimum;
  if (terkaitIku.persenPagu === null || terkaitIku.persenPagu >= minimum) return [];
  const message =
    `Hanya ${rupiah(terkaitIku.pagu)} dari pagu ${rupiah(terkaitIku.paguDasar)} (${persen(terkaitIku.persenPagu)}) yang ditautkan ke ` +
    `IKU melalui kolom Kode IKU di sheet Anggaran, di bawah batas ${persen(minimum)} (pemeriksaan.cakupanAnggaranMinimum ` +
    'di laporan.yaml). Tabel efisiensi hanya menilai anggaran yang ditautkan; isi Kode IKU pada baris anggaran yang ' +
    'mendukung indikator.';
  return [
    warning({
      rule: 'cakupan-efisiensi-rendah',
      file: 'laporan.yaml',
      ...yamlLine(ref.lines?.['laporan.yaml'], 'pemeriksaan.cakupanAnggaranMinimum'),
      message,
      expected: `≥ ${persen(minimum)}`,
      actual: persen(terkaitIku.persenPagu),
    }),
  ];
}
