/**
 * The change report as Markdown, to paste into a CI comment or an e-mail: the same content as the HTML page, with
 * removed words as ~~struck~~ and added words in **bold**.
 */
import type { Diagnostic } from '../../diagnostic.ts';
import { changesHeadline } from './changes-summary.ts';
import type { DraftChanges, FieldChange, WordPiece } from './compare-drafts.ts';

/** A table cell: pipes escaped, line breaks flattened. */
const md = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function piecesMd(pieces: readonly WordPiece[], side: 'lama' | 'baru' | 'gabung'): string {
  return pieces
    .map((p) => {
      const t = md(p.teks);
      if (p.jenis === 'sama') return t;
      if (!t.trim()) return t;
      if (p.jenis === 'hapus') return side === 'baru' ? '' : `~~${t.trim()}~~${/\s$/.test(t) ? ' ' : ''}`;
      return side === 'lama' ? '' : `**${t.trim()}**${/\s$/.test(t) ? ' ' : ''}`;
    })
    .join('');
}

const cell = (f: FieldChange, side: 'lama' | 'baru'): string =>
  (f.kata ? piecesMd(f.kata, side) : md(side === 'lama' ? f.lama : f.baru)) || '(kosong)';

function table(c: DraftChanges, first: string, fields: readonly FieldChange[]): string[] {
  return [
    `| ${first} | Draf ke-${c.dari.nomor} | Draf ke-${c.ke.nomor} |`,
    '|---|---|---|',
    ...fields.map((f) => `| ${md(f.label)} | ${cell(f, 'lama')} | ${cell(f, 'baru')} |`),
    '',
  ];
}

const place = (d: Diagnostic): string =>
  [d.file, d.sheet && d.cell ? `${d.sheet}!${d.cell}` : d.sheet].filter(Boolean).join(' ');
const problems = (ds: readonly Diagnostic[]): string[] =>
  ds.length
    ? ds.map((d) => `- ${d.severity === 'error' ? 'GALAT' : 'PERINGATAN'} ${place(d)}: ${md(d.message)}`)
    : ['- Tidak ada.'];

/** The whole report. */
export function changesMarkdown(c: DraftChanges, judul: string): string {
  const lines = [
    `# Perubahan dari draf ke-${c.dari.nomor} ke draf ke-${c.ke.nomor}`,
    '',
    `${judul}. ${changesHeadline(c)}`,
    '',
  ];
  lines.push('## Capaian kinerja per unit dan indikator', '');
  if (!c.unit.length) lines.push('Tidak ada indikator yang berubah.', '');
  for (const u of c.unit) {
    lines.push(`### ${u.nama}`, '');
    for (const i of u.indikator) {
      const state = i.keadaan === 'baru' ? ' (indikator baru)' : i.keadaan === 'hilang' ? ' (tidak ada lagi)' : '';
      lines.push(`**${i.kode} ${md(i.nama)}**${state}`, '');
      if (i.fields.length) lines.push(...table(c, 'Isian', i.fields));
    }
  }
  lines.push('## Anggaran per program dan kegiatan', '');
  if (!c.anggaran.length) lines.push('Tidak ada angka anggaran yang berubah.', '');
  for (const a of c.anggaran) lines.push(`**${a.kode} ${md(a.nama)}**`, '', ...table(c, 'Angka', a.fields));
  lines.push('## Narasi', '');
  if (!c.narasi.length) lines.push('Tidak ada paragraf narasi yang berubah.', '');
  for (const s of c.narasi) {
    lines.push(
      `### inputs/narasi/${s.slot}.md`,
      '',
      ...s.paragraf.map((p) => `- ${p.label}: ${piecesMd(p.kata ?? [], 'gabung')}`),
      '',
    );
  }
  if (c.gambar.length)
    lines.push('### Gambar', '', ...c.gambar.map((g) => `- inputs/${md(g.berkas)}: ${g.keadaan}`), '');
  lines.push(
    '## Masalah pada buku kerja',
    '',
    `Baru muncul (${c.masalah.dibuka.length}):`,
    '',
    ...problems(c.masalah.dibuka),
    '',
  );
  lines.push(`Sudah selesai (${c.masalah.ditutup.length}):`, '', ...problems(c.masalah.ditutup), '');
  return lines.join('\n');
}
