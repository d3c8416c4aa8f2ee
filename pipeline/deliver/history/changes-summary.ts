/** The two or three lines on the terminal that say what changed since the last draft. */
import type { DraftChanges } from './compare-drafts.ts';

const FIGURES = ['Realisasi', 'Capaian (%)', 'Kategori', 'Target'] as const;

/** Counts of what changed, worded for the terminal (and the top of the HTML page). */
export function changesHeadline(c: DraftChanges): string {
  const indikator = c.unit.flatMap((u) => u.indikator);
  const parts: string[] = [];
  if (indikator.length) {
    const per = FIGURES.map((f) => [f, indikator.filter((i) => i.fields.some((x) => x.label === f)).length] as const)
      .filter(([, n]) => n > 0)
      .map(([f, n]) => `${f.replace(' (%)', '').toLowerCase()} ${n}`);
    parts.push(
      `${indikator.length} indikator berubah di ${c.unit.length} unit${per.length ? ` (${per.join(', ')})` : ''}`,
    );
  }
  if (c.anggaran.length) parts.push(`${c.anggaran.length} baris anggaran`);
  const paragraf = c.narasi.reduce((n, s) => n + s.paragraf.length, 0);
  if (paragraf) parts.push(`${paragraf} paragraf narasi di ${c.narasi.length} bagian`);
  if (c.gambar.length) parts.push(`${c.gambar.length} gambar narasi`);
  const { dibuka, ditutup } = c.masalah;
  const masalah = dibuka.length || ditutup.length ? `; masalah: ${dibuka.length} baru, ${ditutup.length} selesai` : '';
  if (!parts.length && !masalah)
    return `Perubahan sejak draf ke-${c.dari.nomor}: tidak ada perubahan angka, narasi atau masalah (hanya berkas masukan lain).`;
  return `Perubahan sejak draf ke-${c.dari.nomor}: ${parts.length ? parts.join(', ') : 'tidak ada perubahan angka atau narasi'}${masalah}.`;
}
