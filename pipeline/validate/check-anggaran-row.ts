/** Checks one budget line: amounts filled and not negative, realisasi within pagu, code under a known program. */
import type { AnggaranRow } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import { formatAngkaPersis } from '../format.ts';
import { report, type SheetContext } from './sheet-context.ts';

/** Which amount cells were left empty (unusable ones are reported where they are read). */
type Empty = { pagu: boolean; realisasi: boolean };

/** Records errors and warnings for a budget line; `addr` gives the cell of a column of this row. */
export function checkAnggaranRow(
  row: AnggaranRow,
  empty: Empty,
  addr: (key: string) => string | undefined,
  ref: Reference,
  ctx: SheetContext,
): void {
  const at = (key: string) => {
    const cell = addr(key);
    return cell ? { cell } : {};
  };
  if (empty.pagu) {
    const message = `Pagu untuk ${row.kode} belum diisi. Isi pagu dalam rupiah sesuai DIPA, misalnya 1.250.000.000.`;
    report(ctx, 'error', { rule: 'pagu-kosong', ...at('pagu'), message, expected: 'angka' });
  }
  if (empty.realisasi) {
    const message = `Realisasi anggaran untuk ${row.kode} belum diisi dan dihitung 0. Isi realisasi dalam rupiah; tulis 0 jika memang belum ada belanja.`;
    report(ctx, 'warning', { rule: 'realisasi-anggaran-kosong', ...at('realisasi'), message });
  }
  for (const [key, name, v] of [
    ['pagu', 'Pagu', row.pagu],
    ['realisasi', 'Realisasi', row.realisasi],
  ] as const) {
    if (v >= 0) continue;
    const message = `${name} untuk ${row.kode} bernilai negatif (${formatAngkaPersis(v)}). Isi dengan angka 0 atau lebih; pengembalian belanja dikurangkan dari realisasi.`;
    report(ctx, 'error', {
      rule: 'anggaran-negatif',
      ...at(key),
      message,
      actual: formatAngkaPersis(v),
      expected: '≥ 0',
    });
  }
  // An empty pagu is already an error above; comparing the realisasi with it (read as 0) would only repeat it.
  if (row.realisasi > row.pagu && row.pagu >= 0 && !empty.pagu) {
    const message = `Realisasi ${formatAngkaPersis(row.realisasi)} melebihi pagu ${formatAngkaPersis(row.pagu)} untuk ${row.kode}. Perbaiki angka yang salah ketik; bila pagu direvisi, isi pagu menurut DIPA terakhir.`;
    report(ctx, 'warning', {
      rule: 'realisasi-melebihi-pagu',
      ...at('realisasi'),
      message,
      actual: formatAngkaPersis(row.realisasi),
      expected: `≤ ${formatAngkaPersis(row.pagu)}`,
    });
  }
  checkCode(row, at('kode'), ref, ctx);
}

function checkCode(row: AnggaranRow, at: { cell?: string }, ref: Reference, ctx: SheetContext): void {
  const parts = row.kode.split('.').map((p) => p.trim());
  const programKode = parts.slice(0, 3).join('.');
  const program = ref.renstra.program.find((p) => p.kode.toUpperCase() === programKode.toUpperCase());
  const known = ref.renstra.program.map((p) => p.kode).join(', ');
  if (!program) {
    const message = `Kode ${row.kode} tidak diawali kode program yang dikenal. Awali dengan kode program, salah satu dari: ${known} (misalnya ${ref.renstra.program[0]?.kode ?? '076.01.WA'}.2345).`;
    report(ctx, 'error', { rule: 'program-tidak-dikenal', ...at, message, actual: row.kode, expected: known });
    return;
  }
  const kegiatan = parts[3];
  if (kegiatan === undefined || program.kegiatan.length === 0 || program.kegiatan.some((k) => k.kode === kegiatan))
    return;
  const list = program.kegiatan.map((k) => k.kode).join(', ');
  const message = `Kegiatan ${kegiatan} pada kode ${row.kode} tidak terdaftar di bawah ${program.kode} dalam renstra.yaml (yang ada: ${list}). Periksa kodenya.`;
  report(ctx, 'warning', { rule: 'kegiatan-tidak-dikenal', ...at, message, actual: kegiatan, expected: list });
}
