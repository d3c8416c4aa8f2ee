/** Hidden rows are read like any other; the user is told, since a hidden row is easy to forget. */
import { report, type SheetContext } from './sheet-context.ts';

/** Records an info message that a hidden data row was read. */
export function reportHiddenRow(ctx: SheetContext, row: number): void {
  const message = `Baris ${row} disembunyikan (hidden) tetapi tetap dibaca. Tampilkan baris itu untuk memeriksa isinya, atau hapus jika tidak dipakai.`;
  report(ctx, 'info', { rule: 'baris-tersembunyi', message });
}
