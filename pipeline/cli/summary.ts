/** The lines printed after a build: counts, units, where the problem reports and the report were written. */
import path from 'node:path';
import type { BuildResult } from '../build-report.ts';
import { countBySeverity } from '../format-diagnostics.ts';
import { formatAngka } from '../format.ts';


/** A path as short as it can be said: relative to the working folder when inside it. */
export function shownPath(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

/** Summary line, units still missing, problem reports and written files. */
export function buildSummary(r: BuildResult, seconds: number, cwd: string): string {
  const c = countBySeverity(r.diagnostics);
  const parts = [`${r.workbooks} buku kerja dibaca`, `${c.error} galat`, `${c.warning} peringatan`];
  if (r.pages !== null) parts.push(`${r.pages} halaman`);
  parts.push(`${formatAngka(Math.round(seconds * 10) / 10)} detik`);
  const lines = [parts.join(' · ')];
  const missing = r.units.filter((u) => !u.file).map((u) => u.nama);
  if (r.units.length) lines.push(`Unit yang sudah mengirim: ${r.units.length - missing.length} dari ${r.units.length}${missing.length ? `; belum: ${missing.join(', ')}` : ''}`);
  if (r.reports) {
    lines.push(`Laporan pemeriksaan: ${shownPath(r.reports.html, cwd)} (untuk dikirim ke unit) dan ${shownPath(r.reports.json, cwd)}`);
    if (r.reports.copies.length) {
      lines.push(`Salinan koreksi (${r.reports.copies.length} berkas, sel bermasalah diwarnai dan diberi catatan): ${shownPath(r.reports.copiesDir, cwd)}`);
    }
  }
  if (r.exitCode !== 0) lines.push('Laporan TIDAK dibuat; berkas laporan lama di folder keluaran tidak diubah. Perbaiki galat di atas lalu jalankan ulang.');
  if (r.draft) lines.push(draftLine(r.draft));
  for (const f of r.files) lines.push(`Ditulis: ${shownPath(f, cwd)}`);
  return lines.join('\n');
}

/** Which draft this is, and whether the inputs changed since the last one. */
function draftLine(d: NonNullable<BuildResult['draft']>): string {
  if (!d.baru) return `Draf ke-${d.nomor}: masukan tidak berubah sejak draf ini, jadi nomornya tetap.`;
  return d.sebelumnya ? `Draf ke-${d.nomor} (baru; draf sebelumnya ke-${d.sebelumnya.nomor}).` : `Draf ke-${d.nomor} (draf pertama).`;
}
