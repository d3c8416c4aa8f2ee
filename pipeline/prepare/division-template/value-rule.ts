/** What a realisasi cell of an indicator accepts, from its satuan and `maks`: the Excel rule and how it is explained. */
import type { IkuIndikator } from '../../../schemas/iku.ts';
import { formatAngkaPersis } from '../../format.ts';
import { NUM_FMT } from './sheet-style.ts';

/** Satuan counted in whole units (a report, a document, a person); compared in lower case without dots. */
const WHOLE_SATUAN = new Set(['lap', 'laporan', 'dokumen', 'dok', 'kali', 'orang', 'kegiatan']);

/** The accepted values of one indicator's realisasi cells. */
export interface ValueRule {
  /** Excel data validation type. */
  type: 'whole' | 'decimal';
  /** Upper bound; the lower bound is always 0. */
  max: number | undefined;
  numFmt: string;
  /** `angka 0 sampai 100`, `bilangan bulat 0 atau lebih`. */
  range: string;
  /** How to type a value, with the decimal mark of both Indonesian and English Excel (either may open the file). */
  example: string;
}

const key = (satuan: string): string => satuan.trim().toLowerCase().replace(/\./g, '');

/** `%` indicators take 0–(maks ?? 100); whole-number satuan take whole numbers ≥ 0; anything else decimals ≥ 0. */
export function valueRule(iku: IkuIndikator): ValueRule {
  const s = key(iku.satuan);
  if (s === '%' || s === 'persen') {
    const max = iku.maks ?? 100;
    return {
      type: 'decimal',
      max,
      numFmt: NUM_FMT.desimal,
      range: `angka 0 sampai ${formatAngkaPersis(max)}`,
      example: 'Ketik angka persen tanpa tanda %, misalnya 66,05 (di Excel berbahasa Inggris: 66.05).',
    };
  }
  const bounds = iku.maks === undefined ? '0 atau lebih' : `0 sampai ${formatAngkaPersis(iku.maks)}`;
  if (WHOLE_SATUAN.has(s)) {
    return {
      type: 'whole',
      max: iku.maks,
      numFmt: NUM_FMT.bulat,
      range: `bilangan bulat ${bounds}`,
      example: `Ketik bilangan bulat tanpa satuan, misalnya 4.`,
    };
  }
  return {
    type: 'decimal',
    max: iku.maks,
    numFmt: NUM_FMT.desimal,
    range: `angka ${bounds}`,
    example: 'Ketik angkanya saja, misalnya 95,5 (di Excel berbahasa Inggris: 95.5).',
  };
}
