/** Lampiran 3, one row per indicator: definition, formula, direction and quarterly aggregation, in words. */
import type { IndikatorData } from '../../schemas/dataset.ts';
import type { Reference } from '../../schemas/reference.ts';
import { rumusText } from '../merge/compute-capaian.ts';
import type { MetodeRow } from './view-types-bab.ts';

/** How the quarters make the annual realisasi when the `Realisasi` cell is empty (README, Capaian). */
export const REALISASI_TAHUNAN =
  'Realisasi tahunan diambil dari kolom Realisasi pada lembar Capaian; bila kolom itu kosong, realisasi tahunan ' +
  'dihitung dari realisasi triwulan menurut agregasi indikatornya (kolom terakhir tabel berikut).';

export const AGREGASI: Record<IndikatorData['agregasi'], string> = {
  kumulatif: 'Kumulatif: nilai triwulan terus bertambah; realisasi tahunan adalah realisasi TW IV.',
  jumlah: 'Jumlah: realisasi tahunan adalah jumlah realisasi TW I sampai TW IV.',
  akhir: 'Nilai akhir: realisasi tahunan adalah realisasi triwulan terakhir yang terisi.',
  'rata-rata': 'Rata-rata: realisasi tahunan adalah rata-rata realisasi triwulan yang terisi.',
};

/** The direction in words. */
export const arahTeks = (arah: IndikatorData['arah']): string =>
  arah === 'naik' ? 'Semakin tinggi semakin baik' : 'Semakin rendah semakin baik';

/** The formula in words, with the rule for a range target when the indicator has one. */
function rumus(i: IndikatorData): string {
  const rentang =
    typeof i.target === 'number'
      ? ''
      : ' Target berupa rentang: realisasi di atas rentang dibandingkan dengan batas atas, di bawah rentang ' +
        'dengan batas bawah, di dalam rentang capaiannya 100%.';
  return `${rumusText(i.rumus)}.${rentang}`;
}

/** One indicator's row; the definition comes from `iku.yaml` (`definisi`), else a dash. */
export function metodeRow(i: IndikatorData, reference: Reference): MetodeRow {
  const iku = reference.iku.indikator.find((x) => x.kode === i.kode);
  return {
    kode: i.kode,
    nama: i.nama,
    satuan: i.satuan,
    definisi: iku?.definisi ?? '–',
    rumus: rumus(i),
    arah: arahTeks(i.arah),
    agregasi: AGREGASI[i.agregasi],
    sumberData: i.sumberData || '–',
  };
}
