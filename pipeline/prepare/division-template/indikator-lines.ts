/** The `Petunjuk` lines describing one indicator: what it measures and how its cells are filled. */
import type { IkuIndikator } from '../../../schemas/iku.ts';
import type { Reference } from '../../../schemas/reference.ts';
import type { PetunjukLine } from './division-workbook-spec.ts';
import { agregasiText, arahText, quarterTargetsText, rumusWords, targetText } from './indikator-words.ts';
import { valueRule } from './value-rule.ts';

/** Code and name in bold, then definition, satuan, direction, formula, targets, quarters, accepted values, source. */
export function indikatorLines(iku: IkuIndikator, ref: Reference): PetunjukLine[] {
  const rule = valueRule(iku);
  const arah = arahText(iku);
  const lines: PetunjukLine[] = [
    { label: iku.kode, teks: iku.nama, tebal: true },
    { label: 'Definisi', teks: iku.definisi ?? 'Lihat nama indikator.' },
    { label: 'Satuan', teks: iku.satuan === '%' ? '% (persen)' : iku.satuan },
    { label: 'Arah', teks: `${arah.charAt(0).toUpperCase()}${arah.slice(1)}.` },
    { label: 'Rumus capaian', teks: rumusWords(iku, ref) },
    { label: `Target ${ref.config.tahun}`, teks: targetText(iku) },
    { label: 'Target triwulan', teks: `${quarterTargetsText(iku)} (Rencana Aksi)` },
    { label: 'Cara mengisi triwulan', teks: agregasiText(iku) },
    {
      label: 'Isian yang diterima',
      teks: `${rule.range.charAt(0).toUpperCase()}${rule.range.slice(1)}. ${rule.example}`,
    },
  ];
  if (iku.sumberData !== undefined) lines.push({ label: 'Sumber data', teks: iku.sumberData });
  return lines;
}
