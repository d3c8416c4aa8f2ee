/**
 * An indicator's properties in the words a division reads: direction, how quarters make the year, the capaian formula,
 * numbers with their satuan. Small related phrase builders, kept together so the sheet and the messages agree.
 */
import type { IkuIndikator } from '../../../schemas/iku.ts';
import type { Reference } from '../../../schemas/reference.ts';
import { rumusText, type Rumus } from '../../merge/compute-capaian.ts';
import { formatAngkaPersis, formatTargetPersis } from '../../format.ts';

export const TRIWULAN = ['TW I', 'TW II', 'TW III', 'TW IV'] as const;

/** `semakin tinggi semakin baik` / `semakin rendah semakin baik`. */
export const arahText = (iku: IkuIndikator): string =>
  iku.arah === 'naik' ? 'semakin tinggi semakin baik' : 'semakin rendah semakin baik';

/** The formula that turns realisasi and target into capaian for this indicator, in words. */
export function rumusWords(iku: IkuIndikator, ref: Reference): string {
  const rumus: Rumus = iku.arah === 'naik' ? 'R/T' : (iku.rumus ?? ref.config.kebijakan.rumusTurunDefault);
  return rumusText(rumus);
}

/** How the quarters make the year, for the `Petunjuk` sheet. */
export function agregasiText(iku: IkuIndikator): string {
  switch (iku.agregasi) {
    case 'kumulatif':
      return 'Kumulatif: nilai TW berjalan adalah akumulasi sampai triwulan itu; TW IV = capaian tahunan. Nilainya tidak boleh lebih kecil dari triwulan sebelumnya.';
    case 'jumlah':
      return 'Jumlah: isi hasil triwulan itu saja (bukan akumulasi); realisasi tahunan = TW I + TW II + TW III + TW IV.';
    case 'akhir':
      return 'Nilai akhir: isi nilai pada akhir triwulan itu; realisasi tahunan = nilai triwulan terakhir yang terisi. Triwulan tanpa data boleh dikosongkan.';
    case 'rata-rata':
      return 'Rata-rata: isi nilai triwulan itu; realisasi tahunan = rata-rata triwulan yang terisi.';
  }
}

/** What to type in one quarter's cell, for its input message. */
export function quarterHint(iku: IkuIndikator, tw: (typeof TRIWULAN)[number]): string {
  switch (iku.agregasi) {
    case 'kumulatif':
      return `Isi akumulasi sampai akhir ${tw}.`;
    case 'jumlah':
      return `Isi hasil ${tw} saja, bukan akumulasi.`;
    case 'akhir':
      return `Isi nilai pada akhir ${tw}.`;
    case 'rata-rata':
      return `Isi nilai ${tw}.`;
  }
}

/** How the annual realisasi relates to the quarters, for the `Realisasi` cell's input message. */
export function annualHint(iku: IkuIndikator): string {
  switch (iku.agregasi) {
    case 'kumulatif':
      return 'Sama dengan TW IV.';
    case 'jumlah':
      return 'Jumlah TW I sampai TW IV.';
    case 'akhir':
      return 'Nilai triwulan terakhir yang terisi.';
    case 'rata-rata':
      return 'Rata-rata triwulan yang terisi.';
  }
}

const isPercent = (satuan: string): boolean => ['%', 'persen'].includes(satuan.trim().toLowerCase());

/** A number with its satuan: `77,5%`, `24 Kali`. */
export const withSatuan = (n: number, satuan: string): string =>
  isPercent(satuan) ? `${formatAngkaPersis(n)}%` : `${formatAngkaPersis(n)} ${satuan}`;

/** The annual target with its satuan: `77,5%`, `80–90%`, `6 Dokumen`. */
export const targetText = (iku: IkuIndikator): string =>
  isPercent(iku.satuan) ? `${formatTargetPersis(iku.target)}%` : `${formatTargetPersis(iku.target)} ${iku.satuan}`;

/** The quarterly targets on one line: `TW I 15% · TW II 10% · TW III — · TW IV 5%` (— where a quarter has none). */
export const quarterTargetsText = (iku: IkuIndikator): string =>
  iku.targetTriwulan.map((t, i) => `${TRIWULAN[i]} ${t === null ? '—' : withSatuan(t, iku.satuan)}`).join(' · ');
