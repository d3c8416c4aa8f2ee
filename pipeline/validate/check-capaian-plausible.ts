/**
 * Plausibility of the merged figures: a capaian beyond the configured bound (`pemeriksaan.batasCapaianWajar`, 150 by
 * default), and a realisasi far outside the indicator's history (earlier years' realisasi and this year's target).
 * Warnings naming the realisasi cell, the value found and the value that was probably meant. Runs after the merge.
 */
import type { Dataset, IndikatorData } from '../../schemas/dataset.ts';
import type { Division } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import { warning, type Diagnostic } from '../diagnostic.ts';
import { formatAngka, formatAngkaPersis, formatTargetPersis } from '../format.ts';

/** Where the realisasi of an indicator was typed: its workbook and cell, when it was reported. */
function realisasiCell(ind: IndikatorData, divisions: readonly Division[]) {
  const division = divisions.find((d) => d.file === ind.sumber);
  const row = division?.capaian.find((c) => c.kodeIku === ind.kode);
  const cell = row?.sel?.['realisasi'];
  return division ? { file: division.file, sheet: division.sheets.capaian, ...(cell ? { cell } : {}) } : null;
}

/** A power of ten (10, 100, 1.000) that the value is off by, if the ratio is close to one; else null. */
function decimalSlip(ratio: number): number | null {
  for (const p of [1000, 100, 10]) if (ratio > p * 0.5 && ratio < p * 2) return p;
  return null;
}

/** Both checks for every indicator with a realisasi. */
export function checkCapaianPlausible(dataset: Dataset, divisions: readonly Division[], ref: Reference): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ind of dataset.sasaran.flatMap((s) => s.indikator)) {
    const at = realisasiCell(ind, divisions);
    if (!at || ind.realisasi === null) continue;
    const history = outsideHistory(ind, ref.config.pemeriksaan.kelipatanRiwayat);
    if (history) out.push(warning({ rule: 'nilai-di-luar-riwayat', ...at, ...history }));
    const bound = ref.config.pemeriksaan.batasCapaianWajar;
    if (ind.capaian.status !== 'terhitung' || ind.capaian.nilaiMentah <= bound) continue;
    const found = `${formatAngka(ind.capaian.nilaiMentah)}%`;
    const message =
      `Capaian ${ind.kode} ${found} (realisasi ${formatAngkaPersis(ind.realisasi)} terhadap target ${formatTargetPersis(ind.target)}) ` +
      `melebihi batas wajar ${formatAngkaPersis(bound)}% (pemeriksaan.batasCapaianWajar di laporan.yaml). Periksa apakah ` +
      'realisasinya salah ketik atau satuannya berbeda dengan target; bila angkanya benar, jelaskan di kolom Keterangan.';
    out.push(
      warning({
        rule: 'capaian-tidak-wajar',
        ...at,
        message,
        actual: found,
        expected: `≤ ${formatAngkaPersis(bound)}%`,
      }),
    );
  }
  return out;
}

/** The message when this year's realisasi is more than `k` times above or below every earlier value and the target. */
function outsideHistory(ind: IndikatorData, k: number): { message: string; actual: string; expected: string } | null {
  const r = ind.realisasi;
  const t = ind.target;
  // The last entry of `riwayat` is this year.
  const earlier = ind.riwayat.slice(0, -1).filter((h) => h.realisasi !== null);
  const known = [...earlier.map((h) => h.realisasi as number), ...(typeof t === 'number' ? [t] : [t.min, t.max])];
  if (r === null || r <= 0 || earlier.length === 0 || known.some((v) => v <= 0)) return null;
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  if (r <= hi * k && r >= lo / k) return null;
  const slip = r > hi ? decimalSlip(r / hi) : decimalSlip(lo / r);
  const meant = slip === null ? null : r > hi ? r / slip : r * slip;
  const years = earlier.map((h) => `${h.tahun}: ${formatAngkaPersis(h.realisasi as number)}`).join(', ');
  const message =
    `Realisasi ${ind.kode} ${formatAngkaPersis(r)} jauh di luar riwayat indikator ini (${years}; target ${formatTargetPersis(t)}), ` +
    `lebih dari ${formatAngkaPersis(k)} kali ${r > hi ? 'di atas' : 'di bawah'} nilai-nilai itu. ` +
    (meant === null
      ? 'Periksa kembali angkanya.'
      : `Kemungkinan maksudnya ${formatAngkaPersis(meant)}; periksa kembali angkanya.`);
  return {
    message,
    actual: formatAngkaPersis(r),
    expected: meant === null ? `${formatAngkaPersis(lo)}–${formatAngkaPersis(hi)}` : formatAngkaPersis(meant),
  };
}
