/** The measurement policy of `laporan.yaml` must be able to do what it says: every category band reachable. */
import type { Config } from '../../schemas/config.ts';
import { warning, type Diagnostic } from '../diagnostic.ts';

/**
 * A band that starts above 100 (`lebihDari: 100`, `min: 101`) is never reached when the capaian is capped at 100 and
 * the category is read from the capped value: `referensi-kategori-tidak-terjangkau`, naming the band and the fix.
 */
export function checkKebijakan(
  config: Config,
  at: (path: string) => string,
  lineOf: (path: string) => { line?: number } = () => ({}),
): Diagnostic[] {
  const k = config.kebijakan;
  if (!k.batasCapaian100 || k.kategoriDari === 'mentah') return [];
  return k.skalaKategori.flatMap((b, i) => {
    const above100 = (b.lebihDari !== undefined && b.lebihDari >= 100) || (b.min !== undefined && b.min > 100);
    if (!above100) return [];
    const message =
      `${at(`kebijakan.skalaKategori[${i}]`)}: kategori "${b.label}" dimulai di atas 100 dan tidak pernah tercapai, ` +
      'karena capaian dibatasi paling tinggi 100 (batasCapaian100: true) dan kategori diambil dari nilai yang dibatasi ' +
      '(kategoriDari: dibatasi). Tulis kategoriDari: mentah agar kategori diambil dari nilai sebelum dibatasi, atau hapus pita itu.';
    const line = lineOf(`kebijakan.skalaKategori[${i}]`);
    return [
      warning({ rule: 'referensi-kategori-tidak-terjangkau', file: 'laporan.yaml', ...line, message, actual: b.label }),
    ];
  });
}
