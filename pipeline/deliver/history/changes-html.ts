/**
 * The change report as one self-contained HTML page for the Kepala Bagian (SOP step 6): per unit and indicator, the
 * value in the draft they read and the value now, removed words struck through in red, added words in green.
 */
import { escapeHtml as esc } from '../../render/escape-html.ts';
import { formatWaktuWib } from '../../format.ts';
import type { Diagnostic } from '../../diagnostic.ts';
import type { DraftChanges, FieldChange, WordPiece } from './compare-drafts.ts';
import { changesHeadline } from './changes-summary.ts';

const STYLE = `body{font:14px/1.45 Arial,Helvetica,sans-serif;color:#222;max-width:1100px;margin:24px auto;padding:0 16px}
h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-bottom:2px solid #1f4e79}h3{font-size:15px;margin:18px 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0 14px}th,td{border:1px solid #bbb;padding:5px 7px;vertical-align:top;text-align:left}
th{background:#e8eef5}td.lama{background:#fdecea}td.baru{background:#e8f5e9}del{background:#f8c9c4;color:#8a1c12}
ins{background:#c5e8c8;color:#14532d;text-decoration:none;font-weight:bold}.ringkas{font-size:15px;padding:10px;background:#f4f6f8;border-left:4px solid #1f4e79}
.tanda{font-size:12px;color:#555}li{margin:3px 0}.galat{color:#8a1c12}.peringatan{color:#7a5b00}`;

/** Word pieces as HTML: removed words in `<del>`, added ones in `<ins>`. */
export function piecesHtml(pieces: readonly WordPiece[], side: 'lama' | 'baru' | 'gabung'): string {
  return pieces
    .map((p) => {
      if (p.jenis === 'sama') return esc(p.teks);
      if (p.jenis === 'hapus') return side === 'baru' ? '' : `<del>${esc(p.teks)}</del>`;
      return side === 'lama' ? '' : `<ins>${esc(p.teks)}</ins>`;
    })
    .join('');
}

const cell = (f: FieldChange, side: 'lama' | 'baru'): string =>
  f.kata ? piecesHtml(f.kata, side) : esc(side === 'lama' ? f.lama : f.baru) || '<span class="tanda">(kosong)</span>';

function fieldRows(fields: readonly FieldChange[]): string {
  return fields
    .map(
      (f) =>
        `<tr><th>${esc(f.label)}</th><td class="lama">${cell(f, 'lama')}</td><td class="baru">${cell(f, 'baru')}</td></tr>`,
    )
    .join('\n');
}

const head = (c: DraftChanges, what: string) =>
  `<tr><th>${what}</th><th>Draf ke-${c.dari.nomor} (sebelumnya)</th><th>Draf ke-${c.ke.nomor} (sekarang)</th></tr>`;

function unitSection(c: DraftChanges): string {
  if (!c.unit.length) return '<p>Tidak ada indikator yang berubah.</p>';
  return c.unit
    .map((u) => {
      const items = u.indikator.map((i) => {
        const state =
          i.keadaan === 'baru'
            ? ' — <ins>indikator baru</ins>'
            : i.keadaan === 'hilang'
              ? ' — <del>tidak ada lagi</del>'
              : '';
        const rows = i.fields.length ? `<table>${head(c, 'Isian')}\n${fieldRows(i.fields)}</table>` : '';
        return `<h4>${esc(i.kode)} ${esc(i.nama)}${state}</h4>${rows}`;
      });
      return `<h3>${esc(u.nama)}</h3>\n${items.join('\n')}`;
    })
    .join('\n');
}

function budgetSection(c: DraftChanges): string {
  if (!c.anggaran.length) return '<p>Tidak ada angka anggaran yang berubah.</p>';
  return c.anggaran
    .map((a) => `<h4>${esc(a.kode)} ${esc(a.nama)}</h4><table>${head(c, 'Angka')}\n${fieldRows(a.fields)}</table>`)
    .join('\n');
}

function narrativeSection(c: DraftChanges): string {
  const gambar = c.gambar.length
    ? `\n<h3>Gambar</h3>\n<ul>${c.gambar.map((g) => `<li>inputs/${esc(g.berkas)}: ${g.keadaan}</li>`).join('\n')}</ul>`
    : '';
  if (!c.narasi.length) return `<p>Tidak ada paragraf narasi yang berubah.</p>${gambar}`;
  return (
    c.narasi
      .map(
        (s) =>
          `<h3>inputs/narasi/${esc(s.slot)}.md</h3>\n<ul>${s.paragraf.map((p) => `<li><b>${esc(p.label)}:</b> ${piecesHtml(p.kata ?? [], 'gabung')}</li>`).join('\n')}</ul>`,
      )
      .join('\n') + gambar
  );
}

const place = (d: Diagnostic): string =>
  [d.file, d.sheet && d.cell ? `${d.sheet}!${d.cell}` : d.sheet].filter(Boolean).join(' ');
const problemList = (ds: readonly Diagnostic[]): string =>
  ds.length
    ? `<ul>${ds.map((d) => `<li class="${d.severity === 'error' ? 'galat' : 'peringatan'}">${esc(place(d))}: ${esc(d.message)}</li>`).join('\n')}</ul>`
    : '<p>Tidak ada.</p>';

/** The whole page. */
export function changesHtml(c: DraftChanges, judul: string): string {
  const title = `Perubahan dari draf ke-${c.dari.nomor} ke draf ke-${c.ke.nomor}`;
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — ${esc(judul)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(title)}</h1>
<p>${esc(judul)}. Draf ke-${c.dari.nomor} disusun ${esc(formatWaktuWib(c.dari.dibuat))} (sidik ${esc(c.dari.sidik)}); draf ke-${c.ke.nomor} disusun ${esc(formatWaktuWib(c.ke.dibuat))} (sidik ${esc(c.ke.sidik)}).</p>
<p class="ringkas">${esc(changesHeadline(c))}</p>
<p class="tanda">Kolom merah: nilai pada draf ke-${c.dari.nomor}; kolom hijau: nilai sekarang. Kata yang <del>dihapus</del> dicoret, kata yang <ins>ditambahkan</ins> ditebalkan.</p>
<h2>1. Capaian kinerja per unit dan indikator</h2>
${unitSection(c)}
<h2>2. Anggaran per program dan kegiatan</h2>
${budgetSection(c)}
<h2>3. Narasi</h2>
${narrativeSection(c)}
<h2>4. Masalah pada buku kerja</h2>
<h3>Baru muncul (${c.masalah.dibuka.length})</h3>
${problemList(c.masalah.dibuka)}
<h3>Sudah selesai (${c.masalah.ditutup.length})</h3>
${problemList(c.masalah.ditutup)}
</body></html>
`;
}
