/**
 * The Lembar Reviu as one printable HTML page (`output/LKj-…-lembar-reviu.html`): the checklist with the machine's
 * answers and evidence, a box per line for the reviewer's own tick, and the reviewer's signature block.
 */
import type { Config } from '../../../schemas/config.ts';
import { formatNip, formatWaktuWib } from '../../format.ts';
import { escapeHtml as esc } from '../../render/escape-html.ts';
import type { ReviewItem } from './review-items.ts';

const STYLE = `body{font:12px/1.4 Arial,Helvetica,sans-serif;color:#222;max-width:1000px;margin:20px auto;padding:0 12px}
h1{font-size:18px;text-align:center;margin-bottom:4px}p.sub{text-align:center;margin-top:0}
table{border-collapse:collapse;width:100%;margin:10px 0}th,td{border:1px solid #888;padding:4px 6px;vertical-align:top}
th{background:#e8eef5}td.no{width:28px;text-align:center}td.jawab{width:60px;text-align:center;font-weight:bold}
td.ya{color:#14532d}td.tidak{color:#8a1c12}td.centang{width:90px;white-space:nowrap}tr.kelompok td{background:#f4f4f4;font-weight:bold}
.ttd{margin-left:60%;margin-top:24px}.ttd .ruang{height:60px}@media print{body{margin:0}}`;

/** What the page says about the build it checks. */
export interface LembarReviuInfo {
  judul: string;
  /** `Draf ke-3` or `Final`. */
  versi: string;
  disusun: string;
  sidik: string;
}

function rows(items: readonly ReviewItem[]): string {
  const out: string[] = [];
  let group = '';
  items.forEach((it, n) => {
    if (it.kelompok !== group) {
      group = it.kelompok;
      out.push(`<tr class="kelompok"><td colspan="6">${esc(group)}</td></tr>`);
    }
    const jawab = it.jawaban ?? '—';
    const cls = it.jawaban === 'Ya' ? 'ya' : it.jawaban === 'Tidak' ? 'tidak' : '';
    out.push(
      `<tr><td class="no">${n + 1}</td><td>${esc(it.unsur)}</td><td class="jawab ${cls}">${esc(jawab)}</td><td>${esc(it.bukti)}</td><td class="centang">☐ Ya ☐ Tidak</td><td></td></tr>`,
    );
  });
  return out.join('\n');
}

/** The whole page. */
export function lembarReviuHtml(items: readonly ReviewItem[], info: LembarReviuInfo, config: Config): string {
  const decided = items.filter((i) => i.jawaban !== null);
  const tidak = decided.filter((i) => i.jawaban === 'Tidak').length;
  const p = config.reviu?.peninjau;
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Lembar Reviu — ${esc(info.judul)}</title><style>${STYLE}</style></head>
<body>
<h1>LEMBAR REVIU LAPORAN KINERJA</h1>
<p class="sub">${esc(info.judul)}<br>${esc(info.versi)} · disusun ${esc(formatWaktuWib(info.disusun))} · sidik masukan ${esc(info.sidik)}</p>
<p>Daftar uji reviu menurut Peraturan Menteri PANRB Nomor 53 Tahun 2014 (Tata Cara Reviu atas Laporan Kinerja): format, isi dan
konsistensi. Kolom "Hasil pemeriksaan otomatis" diisi lkj dari data laporan beserta buktinya (${decided.length} unsur; ${tidak} belum terpenuhi);
unsur bertanda — diperiksa sendiri oleh peninjau. Peninjau mencentang kesimpulannya sendiri untuk setiap unsur dan menulis catatan.</p>
<table>
<tr><th>No</th><th>Unsur yang direviu</th><th>Hasil pemeriksaan otomatis</th><th>Bukti</th><th>Kesimpulan peninjau</th><th>Catatan</th></tr>
${rows(items)}
</table>
<div class="ttd"><p>${esc(config.tempat)}, …………………………</p><p>${esc(p?.jabatan ?? 'Peninjau')},</p><div class="ruang"></div>
<p><b>${esc(p?.nama ?? '……………………………………')}</b></p>${p?.nip ? `<p>NIP. ${esc(formatNip(p.nip))}</p>` : ''}</div>
</body></html>
`;
}
