/**
 * Pictures in the narrative: `![judul](berkas.png)` names a file next to the Markdown (`inputs/narasi/`). Only such
 * local files are printed, embedded as `data:` URIs; a web address, an absolute path, a path leaving `narasi/`, an
 * unknown format or a file above the size limit is refused with an Indonesian message (no network, ever).
 */
import path from 'node:path';
import { error, warning, type Diagnostic } from '../diagnostic.ts';
import { formatAngka } from '../format.ts';
import { MAKS_GAMBAR, MIME_GAMBAR, type GambarBerkas } from '../load/read-narrative-images.ts';
import { imageRefs } from './markdown.ts';
import type { GambarHasil } from './markdown-gambar.ts';

const mb = (n: number): string => `${formatAngka(Math.round((n / 1024 / 1024) * 10) / 10)} MB`;

/** Resolves `src` as written in the Markdown against the pictures read from `narasi/`. */
export function resolveGambar(src: string, berkas: Readonly<Record<string, GambarBerkas>>): GambarHasil {
  const raw = src.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//') || raw.startsWith('/') || raw.includes('\\')) {
    return {
      ok: false,
      rule: 'gambar-bukan-lokal',
      galat: true,
      alasan: `"${raw}" bukan berkas di folder inputs/narasi/. Laporan tidak mengambil apa pun dari internet atau dari luar folder itu: simpan gambarnya di inputs/narasi/ lalu tulis nama berkasnya saja, misalnya ![Struktur Organisasi](struktur-organisasi.png).`,
    };
  }
  let decoded = raw;
  try {
    decoded = decodeURI(raw);
  } catch {
    // keep the text as written
  }
  const kunci = path.posix.normalize(decoded.replace(/^\.\//, ''));
  if (kunci.startsWith('..')) {
    return {
      ok: false,
      rule: 'gambar-bukan-lokal',
      galat: true,
      alasan: `"${raw}" menunjuk ke luar folder inputs/narasi/. Simpan gambarnya di folder itu.`,
    };
  }
  const ext = path.posix.extname(kunci).toLowerCase();
  if (!MIME_GAMBAR[ext]) {
    return {
      ok: false,
      rule: 'gambar-format',
      galat: true,
      alasan: `"${raw}" berformat ${ext || '(tanpa ekstensi)'}; yang dapat dicetak hanya PNG, JPEG dan SVG. Simpan ulang gambarnya sebagai .png, .jpg atau .svg.`,
    };
  }
  const found = Object.entries(berkas).find(([k]) => k.toLowerCase() === kunci.toLowerCase());
  if (!found) {
    return {
      ok: false,
      rule: 'gambar-tidak-ditemukan',
      galat: false,
      alasan: `berkas narasi/${kunci} tidak ditemukan. Simpan gambarnya dengan nama itu di folder inputs/narasi/, atau perbaiki nama berkas di teks.`,
    };
  }
  const [key, b] = found;
  if (b.base64 === null) {
    return {
      ok: false,
      rule: 'gambar-terlalu-besar',
      galat: true,
      alasan: `berkas narasi/${key} berukuran ${mb(b.ukuran)}, melebihi batas ${mb(MAKS_GAMBAR)}. Perkecil gambarnya (misalnya simpan ulang dengan lebar 2.000 piksel atau sebagai JPEG), lalu susun ulang laporan.`,
    };
  }
  return { ok: true, kunci: key, dataUri: `data:${b.mime};base64,${b.base64}` };
}

/** Every refused or missing picture of the narrative, as diagnostics on its Markdown file. */
export function narasiGambarDiagnostics(
  narrative: Readonly<Record<string, string>>,
  berkas: Readonly<Record<string, GambarBerkas>>,
): Diagnostic[] {
  return Object.entries(narrative).flatMap(([nama, text]) =>
    imageRefs(text).flatMap((ref) => {
      const file = `narasi/${nama}.md`;
      const out: Diagnostic[] = [];
      const r = resolveGambar(ref.src, berkas);
      if (!r.ok) {
        const message = `Gambar di ${file}: ${r.alasan}`;
        out.push((r.galat ? error : warning)({ rule: r.rule, file, message, actual: ref.src }));
      }
      if (!ref.sendiri) {
        const message = `Gambar "${ref.src}" di ${file} berada di tengah kalimat. Tulis gambar di paragraf tersendiri (baris kosong sebelum dan sesudahnya) agar dicetak sebagai Gambar bernomor dengan judulnya.`;
        out.push(warning({ rule: 'gambar-sebaris', file, message, actual: ref.src }));
      }
      if (ref.judul.trim() === '') {
        const message = `Gambar "${ref.src}" di ${file} tidak berjudul. Tulis judulnya di antara kurung siku: ![Struktur Organisasi](${ref.src}); judul itu dicetak di bawah gambar dan di Daftar Gambar.`;
        out.push(warning({ rule: 'gambar-tanpa-judul', file, message, actual: ref.src }));
      }
      return out;
    }),
  );
}
