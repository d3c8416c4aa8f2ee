/**
 * One problem report per unit (`pemeriksaan/<unit>.html`) holding only that unit's files and problems, to send to
 * that unit alone. It is self-contained, so it still works when e-mailed as a single attachment: no links to other
 * files; the unit's correction copy is inside it (a download link carrying the workbook as a data: URI).
 */
import path from 'node:path';
import type { UnitKerja } from '../../schemas/config.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { unitForFileName, unitSlug } from '../validate/find-unit.ts';
import { countBySeverity } from '../format-diagnostics.ts';
import type { FileSummary } from './problem-report.ts';
import { escapeHtml as esc } from '../render/escape-html.ts';
import { formatWaktuWib } from '../format.ts';
import { fileSection, STYLE } from './problems-html.ts';

/** A unit's share of the check. */
export interface UnitProblems {
  unit: UnitKerja;
  /** File name of its report inside `pemeriksaan/`. */
  name: string;
  files: FileSummary[];
  diagnostics: Diagnostic[];
}

/** Splits the files and problems of a check by unit: by the unit its workbook names, else by the file's name. */
export function problemsByUnit(
  units: readonly UnitKerja[],
  files: readonly FileSummary[],
  diagnostics: readonly Diagnostic[],
): UnitProblems[] {
  const unitOf = (f: FileSummary) =>
    units.find((u) => u.nama === f.unit) ?? (f.unit ? undefined : unitForFileName(f.file, units));
  return units.flatMap((unit) => {
    const own = files.filter((f) => unitOf(f) === unit || f.file === `${unit.nama} (belum mengirim)`);
    if (!own.length) return [];
    const names = new Set(own.map((f) => f.file));
    return [
      {
        unit,
        name: `${unitSlug(unit.nama)}.html`,
        files: own,
        diagnostics: diagnostics.filter((d) => names.has(d.file)),
      },
    ];
  });
}

/** What the page says besides the problems. */
export interface UnitPageContext {
  satker: string;
  tahun: number;
  checkedAt: string;
  batasPengumpulan?: string | undefined;
  kontak?: string | undefined;
  /** Correction copies by source file: the bytes go into the page. */
  copies: ReadonlyMap<string, Uint8Array>;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The page of one unit. */
export function unitProblemsHtml(p: UnitProblems, ctx: UnitPageContext): string {
  const c = countBySeverity(p.diagnostics);
  const verdict = c.error
    ? `Ada ${c.error} galat yang harus diperbaiki sebelum laporan dapat disusun.`
    : c.warning
      ? 'Tidak ada galat. Mohon periksa peringatan di bawah.'
      : 'Tidak ada masalah. Terima kasih.';
  const send = [
    ctx.batasPengumpulan ? `sebelum ${esc(ctx.batasPengumpulan)}` : '',
    ctx.kontak ? `ke ${esc(ctx.kontak)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Hasil Pemeriksaan Lembar Kerja LKj ${ctx.tahun}: ${esc(p.unit.nama)}</title><style>${STYLE}</style></head>
<body>
<h1>Hasil Pemeriksaan Lembar Kerja LKj ${ctx.tahun}<br>${esc(p.unit.nama)}</h1>
<p>${esc(ctx.satker)}. Diperiksa ${esc(formatWaktuWib(ctx.checkedAt))}. <strong>${verdict}</strong></p>
<p class="catatan">Yang perlu dilakukan: perbaiki setiap <strong>GALAT</strong> (merah) di buku kerja unit Anda, periksa setiap
<strong>PERINGATAN</strong> (kuning), lalu kirim kembali berkas .xlsx yang sudah diperbaiki${send ? ` ${send}` : ''}. Letak ditulis seperti di
Excel: <code>Capaian!I7</code> berarti sheet Capaian, sel I7.</p>
${p.files
  .map(
    (f, i) =>
      copyLink(f, ctx.copies.get(f.file)) +
      fileSection(
        f,
        i,
        p.diagnostics.filter((d) => d.file === f.file),
      ),
  )
  .join('\n')}
</body></html>
`;
}

/** The unit's correction copy, carried inside the page. */
function copyLink(f: FileSummary, bytes: Uint8Array | undefined): string {
  if (!bytes) return '';
  const name = `koreksi-${path.posix.basename(f.file)}`;
  const href = `data:${XLSX_TYPE};base64,${Buffer.from(bytes).toString('base64')}`;
  return `<p><a download="${esc(name)}" href="${href}">Unduh salinan koreksi ${esc(name)}</a>: buku kerja Anda dengan sel bermasalah diwarnai dan diberi catatan, serta sheet <code>Koreksi</code> berisi daftar masalah. Perbaiki salinan ini lalu kirim kembali.</p>`;
}
