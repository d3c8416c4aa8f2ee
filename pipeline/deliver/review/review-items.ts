/**
 * The Lembar Reviu (PermenPANRB 53/2014, Tata Cara Reviu): the checklist of format, content and consistency a
 * Kepala Bagian or the APIP reviewer goes through. Items the data can decide are answered, each with its evidence
 * (a table of the report, or the diagnostics of this build); the rest are left for the reviewer to tick.
 */
import type { Dataset, IndikatorData } from '../../../schemas/dataset.ts';
import type { Diagnostic } from '../../diagnostic.ts';

/** One checklist line. `jawaban` `null`: for the reviewer to answer. */
export interface ReviewItem {
  kelompok: 'Format' | 'Isi' | 'Konsistensi';
  unsur: string;
  jawaban: 'Ya' | 'Tidak' | null;
  bukti: string;
}

const codes = (xs: readonly IndikatorData[]): string => xs.map((i) => i.kode).join(', ');

/** Answered by counting: `Ya` when nothing is missing, else `Tidak` naming what is. */
function all(
  unsur: string,
  kelompok: ReviewItem['kelompok'],
  of: readonly IndikatorData[],
  ok: (i: IndikatorData) => boolean,
  where: string,
): ReviewItem {
  const missing = of.filter((i) => !ok(i));
  return missing.length
    ? { kelompok, unsur, jawaban: 'Tidak', bukti: `${where}: belum ada untuk ${codes(missing)}.` }
    : { kelompok, unsur, jawaban: 'Ya', bukti: `${where}: ada untuk semua ${of.length} indikator.` };
}

/** Answered from the diagnostics: `Ya` when none of `rules` was raised, else `Tidak` with how many and where. */
function none(
  unsur: string,
  kelompok: ReviewItem['kelompok'],
  ds: readonly Diagnostic[],
  rules: readonly string[],
  where: string,
): ReviewItem {
  const found = ds.filter((d) => rules.includes(d.rule) && d.severity !== 'info');
  if (!found.length)
    return {
      kelompok,
      unsur,
      jawaban: 'Ya',
      bukti: `${where}; pemeriksaan otomatis (${rules.join(', ')}): tidak ada temuan.`,
    };
  const at = [
    ...new Set(found.map((d) => [d.file, d.sheet && d.cell ? `${d.sheet}!${d.cell}` : ''].filter(Boolean).join(' '))),
  ].slice(0, 5);
  return {
    kelompok,
    unsur,
    jawaban: 'Tidak',
    bukti: `${found.length} temuan (${[...new Set(found.map((d) => d.rule))].join(', ')}) di ${at.join('; ')}. Rincian: output/pemeriksaan/laporan-pemeriksaan.html.`,
  };
}

const manual = (kelompok: ReviewItem['kelompok'], unsur: string, bukti: string): ReviewItem => ({
  kelompok,
  unsur,
  jawaban: null,
  bukti,
});

/** Every item of the Lembar Reviu for this dataset and build. */
export function reviewItems(d: Dataset, ds: readonly Diagnostic[], pkScan: boolean): ReviewItem[] {
  const order: ReviewItem['kelompok'][] = ['Format', 'Isi', 'Konsistensi'];
  // Stable: within a group, the machine-decided items first, then those for the reviewer.
  return items(d, ds, pkScan).sort((a, b) => order.indexOf(a.kelompok) - order.indexOf(b.kelompok));
}

function items(d: Dataset, ds: readonly Diagnostic[], pkScan: boolean): ReviewItem[] {
  const ind = d.sasaran.flatMap((s) => s.indikator);
  return [
    {
      kelompok: 'Format',
      unsur:
        'Sistematika laporan sesuai PermenPANRB 53/2014: Ikhtisar Eksekutif, Bab I Pendahuluan, Bab II Perencanaan Kinerja, Bab III Akuntabilitas Kinerja, Bab IV Penutup, Lampiran',
      jawaban: 'Ya',
      bukti: 'Disusun oleh lkj dengan susunan tetap; lihat Daftar Isi.',
    },
    {
      kelompok: 'Format',
      unsur: 'Lampiran memuat Perjanjian Kinerja',
      jawaban: 'Ya',
      bukti: pkScan
        ? 'Lampiran 1: pindaian PK yang ditandatangani (inputs/lampiran/).'
        : 'Lampiran 1: Perjanjian Kinerja (T9, diketik ulang dari iku.yaml).',
    },
    none(
      'Semua bagian narasi (Kata Pengantar, Bab I, Bab IV …) terisi',
      'Format',
      ds,
      ['narasi-kosong'],
      'inputs/narasi/',
    ),
    all('Setiap indikator kinerja utama dilaporkan realisasinya', 'Isi', ind, (i) => i.realisasi !== null, 'T1/T3'),
    all('Capaian setiap indikator dapat dihitung', 'Isi', ind, (i) => i.capaian.status === 'terhitung', 'T3'),
    all(
      'Realisasi dan capaian dibandingkan dengan tahun-tahun sebelumnya',
      'Isi',
      ind,
      (i) => i.riwayat.filter((r) => r.tahun < d.tahun && r.realisasi !== null).length > 0,
      'T4',
    ),
    all(
      'Realisasi dibandingkan dengan target jangka menengah (Renstra)',
      'Isi',
      ind,
      (i) => i.renstra.targetAkhir !== null,
      'T5',
    ),
    {
      kelompok: 'Isi',
      unsur: 'Realisasi dibandingkan dengan standar nasional (bila ada)',
      jawaban: 'Ya',
      bukti: `T6: ${ind.filter((i) => i.standarNasional).length} dari ${ind.length} indikator memiliki standar nasional; sisanya dinyatakan tidak ada.`,
    },
    all(
      'Analisis penyebab keberhasilan/kegagalan dan upaya/solusi untuk setiap indikator',
      'Isi',
      ind,
      (i) => Boolean(i.analisis?.penyebab.trim() && i.analisis.upaya.trim()),
      'Bab III A, analisis per indikator',
    ),
    all(
      'Program/kegiatan yang menunjang keberhasilan atau kegagalan disebutkan',
      'Isi',
      ind,
      (i) => Boolean(i.analisis?.programPendukung.trim()),
      'Bab III A, analisis per indikator',
    ),
    {
      kelompok: 'Isi',
      unsur: 'Efisiensi penggunaan sumber daya dianalisis',
      jawaban: d.sasaran.every((s) => s.efisiensi.nilai !== null) ? 'Ya' : 'Tidak',
      bukti: `T7: efisiensi terhitung untuk ${d.sasaran.filter((s) => s.efisiensi.nilai !== null).length} dari ${d.sasaran.length} sasaran.`,
    },
    {
      kelompok: 'Isi',
      unsur: 'Realisasi anggaran per program dan kegiatan disajikan',
      jawaban: d.anggaran.program.length ? 'Ya' : 'Tidak',
      bukti: `T8: ${d.anggaran.program.length} program, ${d.anggaran.program.reduce((n, p) => n + p.kegiatan.length, 0)} kegiatan.`,
    },
    none(
      'Target dalam laporan sama dengan Perjanjian Kinerja dan Renstra',
      'Konsistensi',
      ds,
      ['pk-renstra-berbeda', 'target-berbeda', 'rencana-aksi-tidak-sesuai'],
      'T2/T3 terhadap iku.yaml dan renstra.yaml',
    ),
    none(
      'Anggaran Perjanjian Kinerja sama dengan pagu pada buku kerja',
      'Konsistensi',
      ds,
      ['pagu-pk-berbeda'],
      'T2 terhadap T8',
    ),
    none(
      'Realisasi triwulan (Rencana Aksi) konsisten dengan realisasi tahunan',
      'Konsistensi',
      ds,
      [
        'triwulan-akhir-berbeda',
        'triwulan-iv-berbeda',
        'jumlah-triwulan-berbeda',
        'rata-rata-triwulan-berbeda',
        'triwulan-menurun',
      ],
      'Lampiran 2',
    ),
    none(
      'Uraian dan narasi sesuai dengan angka capaian',
      'Konsistensi',
      ds,
      ['klaim-tidak-sesuai', 'narasi-tidak-sesuai-angka'],
      'Bab III dan narasi',
    ),
    none(
      'Angka wajar (tidak di luar riwayat atau batas indikator)',
      'Konsistensi',
      ds,
      ['nilai-di-luar-riwayat', 'melebihi-maks', 'capaian-tidak-wajar', 'angka-di-luar-jangkauan'],
      'buku kerja unit',
    ),
    manual(
      'Isi',
      'Realisasi didukung data dan dokumen sumber yang sah (bukti dukung)',
      'Periksa dokumen sumber setiap indikator (kolom Sumber Data pada Lampiran 3).',
    ),
    manual(
      'Isi',
      'Penjelasan penyebab dan solusi masuk akal dan dapat dilaksanakan',
      'Baca analisis per indikator pada Bab III A.',
    ),
    manual('Isi', 'Langkah perbaikan tahun berikutnya relevan dengan capaian yang rendah', 'Bab IV Penutup.'),
    manual(
      'Format',
      'Kata Pengantar dan Perjanjian Kinerja ditandatangani pejabat yang berwenang, dengan tanggal yang benar',
      'Halaman tanda tangan pada versi cetak.',
    ),
  ];
}
