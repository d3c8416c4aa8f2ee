/** View model of an indicator's analysis in BAB III A: formula, capaian notes and the unit's own text. */
import type { KategoriBand } from '../../schemas/config.ts';
import type { IndikatorData } from '../../schemas/dataset.ts';
import { CAPAIAN_MAKS_TURUN } from '../merge/compute-capaian.ts';
import { formatRupiah } from '../format.ts';
import { formatCapaian, formatSerapan } from './format-nilai.ts';
import { statusTeks } from './view-capaian.ts';
import type { AnalisisView, PendukungView } from './view-types-bab.ts';
import type { Judul } from './view-types.ts';

const RUMUS: Record<IndikatorData['rumus'], string> = {
  'R/T': 'capaian = realisasi ÷ target × 100',
  '2-R/T': 'capaian = (2 − realisasi ÷ target) × 100, paling rendah 0',
  'T/R': `capaian = target ÷ realisasi × 100, paling tinggi ${CAPAIAN_MAKS_TURUN} (juga untuk realisasi 0)`,
};

/** The formula sentence printed under each indicator (offices differ, so the report says which one it used). */
export function rumusTeks(ind: IndikatorData): string {
  const arah = ind.arah === 'naik' ? 'Semakin tinggi semakin baik' : 'Semakin rendah semakin baik';
  const rentang =
    typeof ind.target === 'number'
      ? ''
      : '; target berupa rentang: realisasi di atas rentang dibandingkan dengan batas atas, di bawah rentang dengan batas bawah';
  return `${arah}; ${RUMUS[ind.rumus]}${rentang}.`;
}

/** What the reader must know about this capaian beyond the table: the uncapped value or why there is none. */
export function catatanCapaian(ind: IndikatorData, skala: readonly KategoriBand[] = []): string {
  const c = ind.capaian;
  if (c.status === 'terhitung') {
    return c.nilaiMentah > c.nilai
      ? `Capaian sebenarnya ${formatCapaian(c.nilaiMentah, skala)}%; dalam tabel dicantumkan ` +
          `${formatCapaian(c.nilai, skala)}%* karena capaian dibatasi paling tinggi 100%.`
      : '';
  }
  return `Capaian ${statusTeks(c)}: ${c.alasan}`;
}

/**
 * Free text from a workbook cell as paragraphs: blank lines (or single line breaks, which is how people type in
 * Excel cells) separate paragraphs. The text stays plain; the template escapes it.
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** A workbook text as paragraphs, or the visible gap `[belum diisi]`. */
export const isiAtauKosong = (text: string | undefined): string[] => {
  const ps = paragraphs(text ?? '');
  return ps.length > 0 ? ps : ['[belum diisi]'];
};

/** The analysis block of one indicator (item 5); a missing analysis is shown as a visible gap naming the unit. */
export function analisisView(ind: IndikatorData, judul: Judul, skala: readonly KategoriBand[] = []): AnalisisView {
  const a = ind.analisis;
  const base = { judul, rumus: rumusTeks(ind), catatanCapaian: catatanCapaian(ind, skala) };
  if (!a) {
    return {
      ...base,
      ada: false,
      kosong: `[belum diisi] Analisis indikator ini belum disampaikan oleh ${ind.namaUnit}.`,
      penyebab: [],
      upaya: [],
    };
  }
  return { ...base, ada: true, kosong: '', penyebab: isiAtauKosong(a.penyebab), upaya: isiAtauKosong(a.upaya) };
}

/** Item 7 for one indicator: the unit's text on supporting programs, and the budget tied to the indicator. */
export function pendukungView(ind: IndikatorData): PendukungView {
  const { pagu, realisasi } = ind.anggaran;
  const anggaran =
    pagu > 0
      ? `Anggaran yang ditautkan ke indikator ini: pagu ${formatRupiah(pagu)}, realisasi ${formatRupiah(realisasi)} ` +
        `(serapan ${formatSerapan((realisasi / pagu) * 100)}%).`
      : 'Belum ada baris anggaran yang ditautkan ke indikator ini (kolom Kode IKU pada lembar Anggaran).';
  const teks = ind.analisis
    ? isiAtauKosong(ind.analisis.programPendukung)
    : [`[belum diisi] Belum disampaikan oleh ${ind.namaUnit}.`];
  return { kode: ind.kode, nama: ind.nama, teks, anggaran };
}
