/** The Indonesian message for each problem with an .xlsx file as a whole: what is wrong and what the sender should do. */
import { error, warning, type Diagnostic } from '../diagnostic.ts';
import { formatAngka } from '../format.ts';
import type { RuleCode } from '../rules.ts';
import type { TrimmedSheet } from './bound-ranges.ts';
import type { RangeKind } from './range-scanner.ts';
import type { WorkbookLimits } from './limits.ts';
import type { XlsxProblem } from './xlsx-problem.ts';

/** Sizes and counts in messages: at most one decimal. */
const angka = (n: number): string => formatAngka(Math.round(n * 10) / 10);
const MiB = 1024 * 1024;
const mb = (bytes: number): string => `${angka(bytes / MiB)} MB`;

const RESAVE = 'Buka di Excel atau LibreOffice, lalu simpan ulang sebagai "Excel Workbook (.xlsx)".';
const SEND_AGAIN = 'Minta unit pengirim mengirim ulang berkasnya, lalu ganti berkas ini.';
const FROM_TEMPLATE =
  'Buku kerja LKj cukup berisi sheet Identitas, Capaian, Analisis dan Anggaran; salin isinya ke templat buku kerja yang baru lalu kirim ulang.';

/** The error for `problem` in the workbook `rel` (path relative to the inputs folder). */
export function xlsxProblemDiagnostic(rel: string, problem: XlsxProblem, limits: WorkbookLimits): Diagnostic {
  const d = (rule: RuleCode, message: string, extra: { sheet?: string; expected?: string; actual?: string } = {}) =>
    error({ rule, file: rel, message, ...extra });
  switch (problem.kind) {
    case 'empty':
      return d(
        'berkas-kosong',
        `Berkas ${rel} kosong (0 bita); kemungkinan penyalinan atau pengunduhannya gagal. ${SEND_AGAIN}`,
      );
    case 'too-big':
      return d(
        'berkas-terlalu-besar',
        `Berkas ${rel} berukuran ${mb(problem.bytes)}, melebihi batas ${mb(limits.fileBytes)} untuk satu buku kerja. Hapus gambar, sheet dan baris yang tidak dipakai, lalu simpan ulang.`,
        { actual: mb(problem.bytes), expected: `≤ ${mb(limits.fileBytes)}` },
      );
    case 'encrypted':
      return d(
        'berkas-terkunci',
        `Berkas ${rel} dilindungi kata sandi sehingga tidak dapat dibaca. Buka di Excel, pilih File → Info → Protect Workbook → Encrypt with Password, hapus kata sandinya hingga kosong, klik OK, lalu simpan.`,
      );
    case 'other-format': {
      const name = problem.format === 'xls' ? 'Excel 97–2003 (.xls)' : 'OpenDocument (.ods)';
      return d('format-tidak-didukung', `Berkas ${rel} bernama .xlsx tetapi isinya berformat ${name}. ${RESAVE}`, {
        actual: `.${problem.format}`,
        expected: '.xlsx',
      });
    }
    case 'not-a-zip': {
      const what = problem.looksLikeText
        ? 'teks biasa (misalnya CSV atau halaman web yang diberi nama .xlsx)'
        : 'bukan buku kerja Excel';
      return d('berkas-rusak', `Berkas ${rel} tidak dapat dibaca: isinya ${what}. ${RESAVE}`);
    }
    case 'truncated':
      return d(
        'berkas-terpotong',
        `Berkas ${rel} tidak utuh: bagian akhirnya hilang, kemungkinan karena pengunduhan atau penyalinan terputus. ${SEND_AGAIN}`,
      );
    case 'corrupt':
      return d(
        'berkas-rusak',
        `Berkas ${rel} rusak sehingga tidak dapat dibaca. ${RESAVE} Jika berkas tidak dapat dibuka, minta unit pengirim mengirim ulang berkasnya.`,
        { actual: problem.detail },
      );
    case 'not-a-workbook':
      return d(
        'berkas-rusak',
        `Berkas ${rel} adalah berkas ZIP tetapi bukan buku kerja Excel. Kemungkinan berkas yang terkirim keliru: minta unit pengirim mengirim buku kerja LKj-nya (.xlsx), lalu ganti berkas ini.`,
      );
    case 'too-many-parts':
      return d(
        'isi-terlalu-besar',
        `Berkas ${rel} terdiri atas ${angka(problem.count)} bagian, melebihi batas ${angka(limits.zipEntries)}. ${FROM_TEMPLATE}`,
        { actual: angka(problem.count), expected: `≤ ${angka(limits.zipEntries)}` },
      );
    case 'too-many-sheets':
      return d(
        'sheet-terlalu-banyak',
        `Berkas ${rel} berisi ${angka(problem.count)} sheet, melebihi batas ${angka(limits.sheets)} sheet. ${FROM_TEMPLATE}`,
        { actual: angka(problem.count), expected: `≤ ${angka(limits.sheets)}` },
      );
    case 'unpacks-too-big':
      return unpacksTooBig(rel, problem, limits, d);
    case 'too-many-rows':
      return d(
        'baris-terlalu-banyak',
        `Sheet "${problem.sheet}" di berkas ${rel} berisi lebih dari ${angka(limits.rowsPerSheet)} baris (termasuk baris kosong yang diberi format). Hapus baris yang tidak dipakai di bawah tabel (pilih barisnya, klik kanan → Delete), lalu simpan ulang.`,
        { sheet: problem.sheet, expected: `≤ ${angka(limits.rowsPerSheet)} baris` },
      );
    case 'too-many-cells':
      return d('sel-terlalu-banyak', `Berkas ${rel} berisi lebih dari ${angka(limits.cells)} sel. ${FROM_TEMPLATE}`, {
        expected: `≤ ${angka(limits.cells)} sel`,
      });
    case 'ranges-too-large': {
      const message =
        `Sheet "${problem.sheet}" di berkas ${rel} memuat ${RANGE_NAMES[problem.range]} pada ${problem.ref}, dan sel terpakai di sheet itu ` +
        `membentang sampai ${problem.used}. Daftar pilihan, sel gabungan, format bersyarat dan tautan di berkas ini mencakup ` +
        `${angka(problem.total)} sel, melebihi batas ${angka(limits.rangeCells)} sel. Batasi rentang itu ke baris dan kolom ` +
        'tabel saja dan hapus sel terpakai yang jauh di luar tabel, simpan, lalu kirim ulang.';
      return d('rentang-terlalu-luas', message, {
        sheet: problem.sheet,
        actual: `${angka(problem.total)} sel`,
        expected: `≤ ${angka(limits.rangeCells)} sel`,
      });
    }
  }
}

/** What each kind of range is called in a message. */
export const RANGE_NAMES: Record<RangeKind, string> = {
  validation: 'daftar pilihan (validasi data)',
  merge: 'sel gabungan (merge)',
  format: 'format bersyarat',
  link: 'tautan (hyperlink)',
};

/** The warning for a sheet whose ranges were trimmed to the area its cells use before reading. */
export function trimmedRangesDiagnostic(rel: string, t: TrimmedSheet): Diagnostic {
  const message =
    `Sheet "${t.sheet}" di berkas ${rel} memuat ${RANGE_NAMES[t.largest.kind]} pada ${t.largest.ref}, jauh melewati sel yang terpakai ` +
    `(${t.used}). Bagian di luar area itu kosong, jadi dipangkas saat dibaca; berkas asli tidak diubah. Sebaiknya batasi rentang itu ke tabel ` +
    'saja agar berkas ringan dibuka.';
  return warning({
    rule: 'rentang-dipangkas',
    file: rel,
    sheet: t.sheet,
    message,
    actual: t.largest.ref,
    expected: t.used,
  });
}

type Make = (
  rule: RuleCode,
  message: string,
  extra?: { sheet?: string; expected?: string; actual?: string },
) => Diagnostic;

function unpacksTooBig(
  rel: string,
  p: Extract<XlsxProblem, { kind: 'unpacks-too-big' }>,
  limits: WorkbookLimits,
  d: Make,
): Diagnostic {
  const part = p.sheet === undefined ? `bagian ${p.part}` : `sheet "${p.sheet}"`;
  const at = p.sheet === undefined ? {} : { sheet: p.sheet };
  if (p.limit === 'ratio') {
    const found = p.found === null ? `lebih dari ${angka(limits.ratio)} : 1` : `${angka(Math.round(p.found))} : 1`;
    const expected = `≤ ${angka(limits.ratio)} : 1`;
    const message =
      `Berkas ${rel} tidak diperiksa karena isinya membengkak tidak wajar ketika dibuka (${part}: rasio ${found}, ` +
      `batas ${angka(limits.ratio)} : 1). Buku kerja biasa tidak seperti ini; berkas ini mungkin rusak atau sengaja dibuat ` +
      `berbahaya (bom ZIP). ${SEND_AGAIN}`;
    return d('isi-terlalu-besar', message, { ...at, actual: `${p.part}: ${found}`, expected });
  }
  const limit = mb(p.limit === 'entryBytes' ? limits.entryBytes : limits.totalBytes);
  const what = p.limit === 'entryBytes' ? part : 'seluruh isinya';
  const found = p.found === null ? `lebih dari ${limit}` : mb(p.found);
  const message = `Berkas ${rel} tidak diperiksa karena isinya terlalu besar ketika dibuka (${what}: ${found}, batas ${limit}). ${FROM_TEMPLATE}`;
  return d('isi-terlalu-besar', message, { ...at, actual: `${p.part}: ${found}`, expected: `≤ ${limit}` });
}
