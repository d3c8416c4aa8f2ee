/**
 * The render half of the self-check: every table cell that shows one of an indicator's figures for this year carries
 * `data-angka="IKU-01 capaian"` (helper `dataSumber`), and all cells with the same name must print the same number. A
 * capped marker (`*`), a percent sign and spacing do not count; a cell saying why there is no number is not compared.
 */
import { SelfCheckError } from '../merge/self-check.ts';

const CELL = /<td\b([^>]*)\bdata-angka="([^"]+)"[^>]*>([\s\S]*?)<\/td>/g;
const NUMBER = /^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?$/;

/** The printed number of a cell, or null when the cell holds words ("belum diisi", "–"). */
function printed(inner: string): string | null {
  const text = inner
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[*%\s]/g, '');
  return NUMBER.test(text) ? text : null;
}

/** Throws a `SelfCheckError` naming each figure printed with two different values. */
export function assertSameFigures(html: string): void {
  const seen = new Map<string, Set<string>>();
  for (const m of html.matchAll(CELL)) {
    const value = printed(m[3] ?? '');
    if (value === null) continue;
    const key = (m[2] ?? '').replace(/&#x27;|&quot;/g, '');
    seen.set(key, (seen.get(key) ?? new Set()).add(value));
  }
  const broken = [...seen].filter(([, v]) => v.size > 1).map(([k, v]) => `${k} tercetak ${[...v].join(' dan ')}`);
  if (broken.length === 0) return;
  throw new SelfCheckError(
    `Pemeriksaan mandiri sebelum mencetak gagal: angka yang sama tercetak berbeda di tabel yang berbeda (${broken.join('; ')}). ` +
      'Laporan tidak dibuat agar tidak memuat angka yang saling bertentangan; ini kesalahan program, bukan kesalahan isian.',
  );
}
