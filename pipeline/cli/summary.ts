/** The lines printed after a build: counts, units, where the problem reports and the report were written. */
import path from 'node:path';
import { changesHeadline } from '../deliver/history/changes-summary.ts';
import type { BuildResult } from '../build-report.ts';
import { countBySeverity } from '../format-diagnostics.ts';
import { unitForFileName } from '../validate/find-unit.ts';
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
  lines.push(...unitLines(r));
  if (r.reports) {
    lines.push(
      `Laporan pemeriksaan: ${shownPath(r.reports.html, cwd)} (ringkasan semua unit, untuk Anda) dan ${shownPath(r.reports.json, cwd)}`,
    );
    const perUnit = r.reports.unitReports;
    if (perUnit.length) {
      lines.push(
        `Laporan per unit, kirim masing-masing hanya ke unitnya (salinan koreksi ada di dalamnya): ${perUnit.length} berkas di ${shownPath(path.dirname(perUnit[0] as string), cwd)}${path.sep}`,
      );
    }
    if (r.reports.copies.length) {
      lines.push(
        `Salinan koreksi (${r.reports.copies.length} berkas, sel bermasalah diwarnai dan diberi catatan): ${shownPath(r.reports.copiesDir, cwd)}`,
      );
    }
  }
  if (r.exitCode !== 0)
    lines.push(
      'Laporan TIDAK dibuat; berkas laporan lama di folder keluaran tidak diubah. Perbaiki galat di atas lalu jalankan ulang.',
    );
  if (r.draft) lines.push(draftLine(r.draft));
  if (r.draft?.perubahan) {
    const p = r.draft.perubahan;
    lines.push(
      changesHeadline(p.changes),
      `Rincian untuk peninjau: ${shownPath(p.html, cwd)} (Markdown: ${shownPath(p.markdown, cwd)})`,
    );
  }
  for (const f of r.files) lines.push(`Ditulis: ${shownPath(f, cwd)}`);
  return lines.join('\n');
}

/** Which draft this is, and whether the inputs changed since the last one. */
function draftLine(d: NonNullable<BuildResult['draft']>): string {
  if (!d.baru) return `Draf ke-${d.nomor}: masukan tidak berubah sejak draf ini, jadi nomornya tetap.`;
  return d.sebelumnya
    ? `Draf ke-${d.nomor} (baru; draf sebelumnya ke-${d.sebelumnya.nomor}).`
    : `Draf ke-${d.nomor} (draf pertama).`;
}

/**
 * Who sent what: a unit whose only file could not be read has sent, but unreadably (it must send again), which is
 * not the same as not having sent; a broken file whose name names no unit is listed by name.
 */
export function unitLines(r: Pick<BuildResult, 'units' | 'unreadable'>): string[] {
  if (!r.units.length) return [];
  const broken = new Map<string, string>();
  const stray: string[] = [];
  for (const file of r.unreadable) {
    const unit = unitForFileName(
      file,
      r.units.map((u) => ({ ...u, alias: [] })),
    );
    if (unit && !r.units.find((u) => u.kode === unit.kode)?.file) broken.set(unit.kode, `${unit.nama} (${file})`);
    else stray.push(file);
  }
  const sent = r.units.filter((u) => u.file).length;
  const missing = r.units.filter((u) => !u.file && !broken.has(u.kode)).map((u) => u.nama);
  let line = `Unit yang sudah mengirim: ${sent + broken.size} dari ${r.units.length}`;
  if (broken.size) line += `; sudah mengirim tetapi tidak terbaca: ${[...broken.values()].join(', ')}`;
  if (missing.length) line += `; belum: ${missing.join(', ')}`;
  return [line, ...(stray.length ? [`Berkas yang tidak terbaca (lihat galatnya di atas): ${stray.join(', ')}`] : [])];
}
