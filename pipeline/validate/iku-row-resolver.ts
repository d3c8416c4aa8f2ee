/** The IKU a sheet row names, once per sheet: `Capaian` and `Analisis` both list rows by `Kode IKU`. */
import type { IkuIndikator } from '../../schemas/iku.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { RawCell } from '../load/types.ts';
import { report, type SheetContext } from './sheet-context.ts';
import { ikuKey } from './text-keys.ts';
import { unknownIku } from './unknown-iku.ts';

/**
 * A function giving the IKU for a row's code, or null after reporting an unknown code (`iku-tidak-dikenal`) or a
 * code already used on an earlier row of the same sheet (`iku-ganda`, worded by `repeated`).
 */
export function ikuRowResolver(
  ref: Reference,
  kodeUnit: string | undefined,
  ctx: SheetContext,
  repeated: (kode: string, firstRow: number, row: number) => string,
): (kode: string, kodeCell: RawCell | undefined, row: number) => IkuIndikator | null {
  const byKey = new Map(ref.iku.indikator.map((i) => [ikuKey(i.kode), i]));
  const seen = new Map<string, number>();
  return (kode, kodeCell, row) => {
    const iku = byKey.get(ikuKey(kode));
    if (!iku) {
      unknownIku(ctx, kode, kodeCell?.address, ref, kodeUnit);
      return null;
    }
    const first = seen.get(iku.kode);
    if (first !== undefined) {
      const message = repeated(iku.kode, first, row);
      report(ctx, 'error', {
        rule: 'iku-ganda',
        ...(kodeCell ? { cell: kodeCell.address } : {}),
        message,
        actual: kode,
      });
      return null;
    }
    seen.set(iku.kode, row);
    return iku;
  };
}
