/** The warning for an `Analisis` text that claims success next to a capaian under 100. Runs after the merge. */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Division } from '../../schemas/division.ts';
import { warning, type Diagnostic } from '../diagnostic.ts';
import { formatAngka } from '../format.ts';
import { ANALISIS } from './sheet-layout.ts';
import { successClaim } from './success-claim.ts';

/** Analisis columns read for claims, in the order they are reported. */
const FIELDS = ['penyebab', 'upaya'] as const;

/** One `klaim-tidak-sesuai` warning per indicator whose computed capaian is under 100 and whose analysis claims success. */
export function checkSuccessClaims(dataset: Dataset, divisions: readonly Division[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ind of dataset.sasaran.flatMap((s) => s.indikator)) {
    if (ind.capaian.status !== 'terhitung' || ind.capaian.nilaiMentah >= 100) continue;
    const division = divisions.find((d) => d.file === ind.sumber);
    const row = division?.analisis.find((a) => a.kodeIku === ind.kode);
    if (!division || !row) continue;
    for (const field of FIELDS) {
      const claim = successClaim(row[field]);
      if (claim === null) continue;
      const capaian = `${formatAngka(ind.capaian.nilaiMentah)}%`;
      const column = ANALISIS.columns.find((c) => c.key === field)?.label ?? field;
      const message =
        `Kolom ${column} untuk ${ind.kode} menyebut "${claim}", padahal capaian ${ind.kode} ${capaian} (di bawah 100%). ` +
        `Sesuaikan uraiannya dengan capaian yang sebenarnya, atau periksa kembali angka realisasi di sheet ${division.sheets.capaian}.`;
      const cell = row.sel?.[field];
      out.push(
        warning({
          rule: 'klaim-tidak-sesuai',
          file: division.file,
          sheet: division.sheets.analisis,
          ...(cell ? { cell } : {}),
          message,
          actual: claim,
          expected: `uraian yang sesuai dengan capaian ${capaian}`,
        }),
      );
      break;
    }
  }
  return out;
}
