/** The error for a Kode IKU that is not in `iku.yaml`, listing the codes the user probably meant. */
import type { Reference } from '../../schemas/reference.ts';
import { report, type SheetContext } from './sheet-context.ts';

/** Longest list of codes worth printing in a message. */
const MAX_LISTED = 12;

/** Records `iku-tidak-dikenal` for `kode`, naming the unit's own codes (or all codes, when few). */
export function unknownIku(
  ctx: SheetContext,
  kode: string,
  cell: string | undefined,
  ref: Reference,
  kodeUnit: string | undefined,
): void {
  const own = ref.iku.indikator.filter((i) => i.unit === kodeUnit).map((i) => i.kode);
  const all = ref.iku.indikator.map((i) => i.kode);
  const unitName = ref.config.unitKerja.find((u) => u.kode === kodeUnit)?.nama;
  let hint = 'Periksa penulisan kodenya sesuai iku.yaml.';
  let expected: string | undefined;
  if (own.length > 0 && own.length <= MAX_LISTED && unitName) {
    expected = own.join(', ');
    hint = `Kode IKU untuk ${unitName}: ${expected}.`;
  } else if (all.length <= MAX_LISTED) {
    expected = all.join(', ');
    hint = `Kode IKU yang ada: ${expected}.`;
  }
  const message = `Kode IKU "${kode}" tidak ada dalam daftar IKU tahun ${ref.iku.tahun}. ${hint}`;
  report(ctx, 'error', {
    rule: 'iku-tidak-dikenal',
    ...(cell ? { cell } : {}),
    message,
    actual: kode,
    ...(expected ? { expected } : {}),
  });
}
