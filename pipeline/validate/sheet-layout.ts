/**
 * The division workbook layout: which sheets and columns the validator looks for, the spelling shown to users,
 * and the other spellings accepted (compared with `labelKey`). The README's workbook section follows this file.
 */

/** One column of a data sheet. */
export interface ColumnSpec {
  key: string;
  /** The spelling in the template, used in messages. */
  label: string;
  /** Other accepted spellings, already in `labelKey` form. */
  aliases: readonly string[];
  required: boolean;
  /** An optional column most workbooks lack by design (not in the template): its absence is not even an info. */
  silent?: boolean;
}

/** One data sheet: its name as in the template, accepted names, and its columns (first = the row key). */
export interface SheetSpec {
  name: string;
  aliases: readonly string[];
  columns: readonly ColumnSpec[];
}

const col = (key: string, label: string, aliases: string[] = [], required = true): ColumnSpec => ({
  key,
  label,
  aliases,
  required,
});
const quarter = (n: string): ColumnSpec =>
  col(`tw${n}`, `Realisasi TW ${n}`, [
    `tw ${n.toLowerCase()}`,
    `realisasi tw ${n.toLowerCase()}`,
    `capaian tw ${n.toLowerCase()}`,
  ]);

/** `Identitas`: labels in one column, values to their right. */
export const IDENTITAS = {
  name: 'Identitas',
  aliases: ['identitas', 'identitas unit', 'identitas unit kerja'],
  labels: {
    unitKerja: col('unitKerja', 'Unit Kerja', ['unit', 'nama unit kerja', 'divisi/bagian', 'divisi', 'bagian']),
    tahun: col('tahun', 'Tahun', ['tahun anggaran', 'tahun laporan', 'tahun kinerja']),
    penanggungJawab: col('penanggungJawab', 'Penanggung Jawab', [
      'nama penanggung jawab',
      'pejabat penanggung jawab',
      'penanggungjawab',
    ]),
    nip: col('nip', 'NIP', ['nip penanggung jawab']),
    tanggal: col('tanggal', 'Tanggal', ['tanggal pengisian', 'tanggal laporan']),
  },
} as const;

export const CAPAIAN: SheetSpec = {
  name: 'Capaian',
  aliases: ['capaian', 'capaian kinerja', 'realisasi kinerja'],
  columns: [
    col('kodeIku', 'Kode IKU', ['kode', 'kode indikator', 'id iku', 'no iku']),
    col('indikator', 'Indikator', ['indikator kinerja', 'indikator kinerja utama', 'nama indikator']),
    col('satuan', 'Satuan'),
    col('target', 'Target', ['target pk', 'target tahunan', 'target kinerja']),
    quarter('I'),
    quarter('II'),
    quarter('III'),
    quarter('IV'),
    col('realisasi', 'Realisasi', [
      'realisasi tahunan',
      'realisasi akhir',
      'realisasi tahun',
      'realisasi s.d. tw iv',
      'realisasi sd tw iv',
    ]),
    col('sumberData', 'Sumber Data', [], false),
    col('keterangan', 'Keterangan', ['ket.', 'ket', 'catatan'], false),
  ],
};

export const ANALISIS: SheetSpec = {
  name: 'Analisis',
  aliases: ['analisis', 'analisa', 'analisis capaian'],
  columns: [
    col('kodeIku', 'Kode IKU', ['kode', 'kode indikator', 'id iku']),
    col('penyebab', 'Penyebab Keberhasilan/Kegagalan', [
      'penyebab',
      'penyebab keberhasilan',
      'analisis penyebab keberhasilan/kegagalan',
      'faktor keberhasilan/kegagalan',
    ]),
    col('upaya', 'Upaya/Solusi', ['upaya', 'solusi', 'upaya/solusi yang dilakukan', 'upaya perbaikan']),
    col(
      'programPendukung',
      'Program/Kegiatan Pendukung',
      ['program pendukung', 'kegiatan pendukung', 'program/kegiatan yang mendukung'],
      false,
    ),
  ],
};

export const ANGGARAN: SheetSpec = {
  name: 'Anggaran',
  aliases: ['anggaran', 'realisasi anggaran'],
  columns: [
    col('kode', 'Kode', ['kode program/kegiatan', 'kode anggaran', 'kode kegiatan', 'kode program']),
    col('nama', 'Program/Kegiatan', [
      'uraian',
      'nama program/kegiatan',
      'program',
      'kegiatan',
      'program/kegiatan/output',
    ]),
    col('pagu', 'Pagu', ['pagu anggaran', 'pagu dipa']),
    col('realisasi', 'Realisasi', ['realisasi anggaran', 'realisasi belanja']),
    col('kodeIku', 'Kode IKU', ['iku', 'kode indikator'], false),
    { ...col('sumberDana', 'Sumber Dana', ['sumber', 'sumber anggaran', 'sumber pendanaan'], false), silent: true },
  ],
};
