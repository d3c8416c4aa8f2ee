/**
 * Sample data: what each unit reports for its IKU in 2024 — quarterly realisasi, the annual figure and the analysis.
 * REAL: IKU-02 66,05 (Pilgub Banten 2024 turnout) and the figures quoted in its keterangan; IKU-04 TW I is the DPK
 * share of Pemilu 2024 in Banten (89.659 / 8.997.402 = 0,9965%, rounded). Everything else is INVENTED.
 */

type Q = readonly [number | null, number | null, number | null, number | null];

/** One indicator's row in the `Capaian` sheet (indicator name, satuan and target come from iku.yaml). */
export interface CapaianSample {
  triwulan: Q;
  realisasi: number;
  sumberData: string;
  keterangan: string;
  /** Typed as a percent-formatted cell (0,6605 shown as 66,05%). */
  persen?: boolean;
}

/** One indicator's row in the `Analisis` sheet. */
export interface AnalisisSample {
  penyebab: string;
  upaya: string;
  programPendukung: string;
}

export const CAPAIAN_SAMPLES: Readonly<Record<string, CapaianSample>> = {
  'IKU-01': {
    triwulan: [100, 100, 100, 100],
    realisasi: 100,
    sumberData: 'Laporan tahapan 8 KPU Kabupaten/Kota',
    keterangan: '8 dari 8 KPU Kabupaten/Kota melaksanakan tahapan sesuai jadwal',
  },
  'IKU-02': {
    triwulan: [null, null, null, 66.05],
    realisasi: 66.05,
    sumberData: 'Keputusan KPU Provinsi Banten tentang rekapitulasi hasil penghitungan suara Pemilihan 2024',
    keterangan: 'Pemungutan suara 27 November 2024. Pembanding: partisipasi Pilpres 2024 di Banten 82,50%',
    persen: true,
  },
  'IKU-03': {
    triwulan: [5, 7, 9, 6],
    realisasi: 27,
    sumberData: 'Laporan kegiatan sosialisasi dan pendidikan pemilih',
    keterangan: 'Termasuk 3 kegiatan tambahan menjelang pemungutan suara',
  },
  'IKU-04': {
    triwulan: [1, null, null, 1.2],
    realisasi: 1.2,
    sumberData: 'Rekapitulasi DPT, DPTb dan DPK',
    keterangan: 'TW I: Pemilu 2024 (DPK 89.659 dari 8.997.402 = 0,9965%, dibulatkan); TW IV: Pemilihan 2024',
  },
  'IKU-05': {
    triwulan: [0, 0, 25, 100],
    realisasi: 100,
    sumberData: 'Berita acara serah terima logistik',
    keterangan: 'Distribusi surat suara dan formulir selesai H-10 pemungutan suara',
  },
  'IKU-06': {
    triwulan: [2, 1, 1, 2],
    realisasi: 6,
    sumberData: 'Arsip Subbagian Program dan Data',
    keterangan: 'PK dan Rencana Aksi 2024; Renja 2025; RKA-K/L pagu indikatif; RKA-K/L pagu alokasi dan DIPA 2025',
  },
  'IKU-07': {
    triwulan: [18.75, 12.5, 8.75, 6.25],
    realisasi: 6.25,
    sumberData: 'Matriks tindak lanjut hasil pengawasan',
    keterangan: '5 dari 80 rekomendasi belum tuntas ditindaklanjuti',
  },
  'IKU-08': {
    triwulan: [8, 17, 30, 39],
    realisasi: 39,
    sumberData: 'Rekap pengembangan kompetensi pegawai',
    keterangan: 'Pelatihan teknis semester II dijadwalkan ulang karena tahapan Pemilihan',
  },
  'IKU-09': {
    triwulan: [92.4, 94.1, 95.6, 96.3],
    realisasi: 94.6,
    sumberData: 'Aplikasi OM-SPAN',
    keterangan: 'Rata-rata nilai IKPA akhir triwulan',
  },
  'IKU-10': {
    triwulan: [1, 1, 1, 1],
    realisasi: 4,
    sumberData: 'Aplikasi SAKTI',
    keterangan: 'LK Triwulan I, Semester I, Triwulan III dan LK Tahunan (unaudited)',
  },
};

export const ANALISIS_SAMPLES: Readonly<Record<string, AnalisisSample>> = {
  'IKU-01': {
    penyebab:
      'Seluruh KPU Kabupaten/Kota melaksanakan tahapan sesuai jadwal karena rencana kerja disusun sejak awal tahun. Supervisi berjenjang membantu mendeteksi keterlambatan lebih awal.',
    upaya: 'Rapat koordinasi bulanan dengan 8 KPU Kabupaten/Kota dan pemantauan tahapan melalui laporan mingguan.',
    programPendukung: 'Kegiatan 4373 Penyelenggaraan Teknis Pemilu dan Pemilihan',
  },
  'IKU-02': {
    penyebab:
      'Target partisipasi 77,5% belum tercapai; realisasi 66,05% jauh di bawah partisipasi Pilpres 2024 di Banten (82,50%). Jarak waktu yang dekat dengan Pemilu Februari 2024 menurunkan minat pemilih, dan banyak pemilih berdomisili di luar alamat KTP.',
    upaya:
      'Sosialisasi diperluas ke kawasan industri dan perumahan di Tangerang Raya, serta kerja sama dengan perguruan tinggi untuk pemilih pemula. Kajian penyebab rendahnya partisipasi akan dilakukan pada 2025.',
    programPendukung: 'Kegiatan 4374 Sosialisasi, Pendidikan Pemilih dan Partisipasi Masyarakat',
  },
  'IKU-03': {
    penyebab:
      'Jumlah kegiatan melampaui target karena ada permintaan tambahan dari organisasi kemasyarakatan dan sekolah menjelang pemungutan suara.',
    upaya: 'Kegiatan tambahan dibiayai dari efisiensi belanja perjalanan dinas tanpa menambah pagu.',
    programPendukung: 'Kegiatan 4374 Sosialisasi, Pendidikan Pemilih dan Partisipasi Masyarakat',
  },
  'IKU-04': {
    penyebab:
      'Persentase pemilih yang tidak masuk daftar pemilih (1,20%) lebih rendah dari batas target 2%, sehingga target tercapai. Pencocokan dan penelitian berjalan sesuai jadwal di seluruh kabupaten/kota.',
    upaya: 'Pemutakhiran data pemilih berkelanjutan dilanjutkan setiap semester dengan data kependudukan terbaru.',
    programPendukung: 'Kegiatan 4375 Pemutakhiran Data Pemilih dan Daftar Pemilih Berkelanjutan',
  },
  'IKU-05': {
    penyebab:
      'Seluruh logistik Pemilihan diterima KPU Kabupaten/Kota tepat waktu berkat jadwal pengadaan yang dimajukan dan pemantauan distribusi harian.',
    upaya:
      'Koordinasi dengan penyedia dan KPU Kabupaten/Kota melalui posko logistik, serta gudang cadangan untuk kekurangan surat suara.',
    programPendukung: 'Kegiatan 4376 Pengelolaan Logistik Pemilu dan Pemilihan',
  },
  'IKU-06': {
    penyebab: 'Enam dokumen perencanaan disusun tepat waktu sesuai jadwal Biro Perencanaan KPU.',
    upaya: 'Penyusunan dimulai lebih awal dengan melibatkan setiap divisi dan bagian sejak tahap usulan.',
    programPendukung: 'Kegiatan 4369 Dukungan Perencanaan Program, Anggaran, Data dan Informasi',
  },
  'IKU-07': {
    penyebab:
      'Target belum tercapai: 6,25% rekomendasi belum ditindaklanjuti, di atas batas 5%. Sebagian rekomendasi menyangkut pengembalian kelebihan pembayaran oleh pihak ketiga yang masih berproses.',
    upaya: 'Penagihan tertulis kepada pihak ketiga dan pemantauan tindak lanjut setiap bulan bersama Inspektorat.',
    programPendukung: 'Kegiatan 4371 Pembinaan Hukum, Advokasi dan Pengawasan Internal',
  },
  'IKU-08': {
    penyebab:
      'Target belum tercapai: 39 dari 60 pegawai memenuhi 20 jam pelajaran. Pelatihan teknis semester II dijadwalkan ulang karena pegawai difokuskan pada tahapan Pemilihan.',
    upaya:
      'Pelatihan daring mandiri dibuka untuk pegawai dan jadwal pengembangan kompetensi 2025 disusun di luar masa tahapan.',
    programPendukung: 'Kegiatan 4372 Pengembangan Sumber Daya Manusia, Penelitian dan Pengembangan',
  },
  'IKU-09': {
    penyebab:
      'Rata-rata nilai IKPA 94,60, sedikit di bawah target 95. Nilai triwulan I dan II rendah karena revisi DIPA dan keterlambatan penyampaian data kontrak.',
    upaya:
      'Rencana penarikan dana dipantau mingguan dan data kontrak disampaikan paling lambat 5 hari kerja setelah penandatanganan.',
    programPendukung: 'Kegiatan 4370 Pengelolaan Keuangan, Umum, Rumah Tangga dan Barang Milik Negara',
  },
  'IKU-10': {
    penyebab: 'Empat laporan keuangan disusun tepat waktu karena rekonsiliasi dilakukan setiap bulan.',
    upaya: 'Rekonsiliasi internal bulanan dan pendampingan operator SAKTI di setiap bagian.',
    programPendukung: 'Kegiatan 4370 Pengelolaan Keuangan, Umum, Rumah Tangga dan Barang Milik Negara',
  },
};
