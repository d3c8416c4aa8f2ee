/**
 * The overview problem report for the Pelaksana (`pemeriksaan/laporan-pemeriksaan.html`), in Indonesian: the units with
 * their own reports to send (unit-problems.ts), then one section per file.
 */
import type { Diagnostic, Severity } from '../diagnostic.ts';
import { expectedText, place } from '../format-diagnostics.ts';
import { formatAngka, formatWaktuWib } from '../format.ts';
import { escapeHtml } from '../render/escape-html.ts';
import type { FileSummary, ProblemReport } from './problem-report.ts';

const LABEL: Record<Severity, string> = { error: 'GALAT', warning: 'PERINGATAN', info: 'INFO' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Lines per file in the HTML; the JSON next to it always has all of them. */
export const HTML_LINES_PER_FILE = 500;

/** The page style shared by the overview and the per-unit reports. */
export const STYLE = `body{font:14px/1.45 system-ui,Arial,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:2px solid #ccc}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f2f2f2}
.error{background:#ffc7ce}.warning{background:#ffeb9c}.info{background:#ddebf7}.angka{text-align:right}.catatan{color:#555}
code{font-size:.9em}`;

/** The whole HTML page; every text from the inputs is escaped. */
export function problemsHtml(report: ProblemReport, unitPages: readonly UnitPageLink[] = []): string {
  const { counts } = report;
  const status =
    report.exitCode === 0
      ? 'Tidak ada galat: laporan dapat disusun.'
      : 'Masih ada galat: laporan belum dapat disusun sampai galat diperbaiki.';
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Laporan Pemeriksaan Lembar Kerja LKj ${report.tahun}</title><style>${STYLE}</style></head>
<body>
<h1>Laporan Pemeriksaan Lembar Kerja LKj ${escapeHtml(report.satker)} Tahun ${report.tahun}</h1>
<p>Diperiksa ${escapeHtml(formatWaktuWib(report.checkedAt))}. ${formatAngka(counts.error)} galat, ${formatAngka(counts.warning)} peringatan, ${formatAngka(counts.info)} info. <strong>${status}</strong></p>
<p class="catatan"><strong>GALAT</strong> harus diperbaiki; <strong>PERINGATAN</strong> perlu diperiksa dan boleh tetap ada pada draf; <strong>INFO</strong> hanya pemberitahuan. Letak ditulis seperti di Excel: <code>Capaian!I7</code> berarti sheet Capaian, sel I7. Salinan koreksi adalah buku kerja unit itu sendiri dengan sel bermasalah diwarnai (merah: galat, kuning: peringatan) dan diberi catatan berisi pesannya; daftar lengkapnya ada di sheet <code>Koreksi</code>.</p>
${unitTable(unitPages)}
${summaryTable(report.files)}
${report.files
  .map((f, i) =>
    fileSection(
      f,
      i,
      report.diagnostics.filter((d) => d.file === f.file),
    ),
  )
  .join('\n')}
</body></html>
`;
}

/** A unit's own report, as the overview lists it. */
export interface UnitPageLink {
  unit: string;
  /** File name of the unit's report, beside the overview. */
  name: string;
  counts: Record<Severity, number>;
}

function unitTable(pages: readonly UnitPageLink[]): string {
  if (!pages.length) return '';
  const rows = pages.map(
    (p) =>
      `<tr><td>${escapeHtml(p.unit)}</td><td><a href="${escapeHtml(encodeURI(p.name))}">${escapeHtml(p.name)}</a></td><td class="angka">${p.counts.error}</td><td class="angka">${p.counts.warning}</td></tr>`,
  );
  return `<h2>Laporan per unit (untuk dikirim)</h2>
<p class="catatan">Kirim setiap berkas di bawah hanya ke unitnya: berkas itu memuat masalah unit itu saja dan salinan koreksinya, dan tetap utuh bila dikirim sebagai lampiran surel.</p>
<table><thead><tr><th>Unit</th><th>Laporan unit</th><th>Galat</th><th>Peringatan</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<h2>Semua berkas</h2>`;
}

function summaryTable(files: readonly FileSummary[]): string {
  const rows = files.map((f, i) => {
    const copy = f.correctionCopy
      ? `<a href="${escapeHtml(encodeURI(f.correctionCopy))}">${escapeHtml(f.correctionCopy)}</a>`
      : '';
    return `<tr><td><a href="#berkas-${i + 1}">${escapeHtml(f.file)}</a></td><td>${escapeHtml(f.unit ?? '')}</td><td class="angka">${f.counts.error}</td><td class="angka">${f.counts.warning}</td><td class="angka">${f.counts.info}</td><td>${copy}</td></tr>`;
  });
  return `<table><thead><tr><th>Berkas</th><th>Unit</th><th>Galat</th><th>Peringatan</th><th>Info</th><th>Salinan koreksi</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/** One file's problems as a table (at most HTML_LINES_PER_FILE lines). */
export function fileSection(f: FileSummary, i: number, ds: Diagnostic[]): string {
  const sorted = [...ds].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const shown = sorted.slice(0, HTML_LINES_PER_FILE);
  const rows = shown.map(
    (d, n) =>
      `<tr class="${d.severity}"><td class="angka">${n + 1}</td><td>${LABEL[d.severity]}</td><td>${escapeHtml(place(d))}</td><td>${escapeHtml(d.message)}</td><td>${escapeHtml(d.actual ?? '')}</td><td>${escapeHtml(expectedText(d))}</td><td><code>${escapeHtml(d.rule)}</code></td></tr>`,
  );
  const more =
    shown.length < sorted.length
      ? `<p>Menampilkan ${formatAngka(shown.length)} dari ${formatAngka(sorted.length)} masalah; daftar lengkap ada di laporan-pemeriksaan.json.</p>`
      : '';
  const body =
    ds.length === 0
      ? '<p>Tidak ada masalah.</p>'
      : `<table><thead><tr><th>No</th><th>Tingkat</th><th>Letak</th><th>Masalah dan cara memperbaiki</th><th>Ditemukan</th><th>Seharusnya</th><th>Kode</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>${more}`;
  const unit = f.unit ? `<p>Unit: ${escapeHtml(f.unit)}</p>` : '';
  return `<section id="berkas-${i + 1}"><h2>${escapeHtml(f.file)}</h2>${unit}${body}</section>`;
}
