/**
 * Sample data: the budget structure below each kegiatan. Akun codes and names follow the government chart of accounts
 * (Bagan Akun Standar); KRO/RO/komponen codes, names, pagu per kegiatan and the weights are INVENTED.
 */

/** Akun: name and a relative weight used to split a kegiatan's pagu over its lines. */
export const AKUN: Readonly<Record<string, { nama: string; bobot: number }>> = {
  '511111': { nama: 'Belanja Gaji Pokok PNS', bobot: 35 },
  '511119': { nama: 'Belanja Pembulatan Gaji PNS', bobot: 0.02 },
  '511121': { nama: 'Belanja Tunjangan Suami/Istri PNS', bobot: 3 },
  '511122': { nama: 'Belanja Tunjangan Anak PNS', bobot: 1.5 },
  '511123': { nama: 'Belanja Tunjangan Struktural PNS', bobot: 2 },
  '511124': { nama: 'Belanja Tunjangan Fungsional PNS', bobot: 2.5 },
  '511125': { nama: 'Belanja Tunjangan PPh PNS', bobot: 0.8 },
  '511126': { nama: 'Belanja Tunjangan Beras PNS', bobot: 1.8 },
  '511129': { nama: 'Belanja Uang Makan PNS', bobot: 5 },
  '511151': { nama: 'Belanja Tunjangan Umum PNS', bobot: 0.8 },
  '512211': { nama: 'Belanja Uang Lembur', bobot: 2 },
  '512411': { nama: 'Belanja Pegawai (Tunjangan Kinerja)', bobot: 50 },
  '521111': { nama: 'Belanja Operasional Perkantoran', bobot: 6 },
  '521115': { nama: 'Belanja Honor Operasional Satuan Kerja', bobot: 2 },
  '521119': { nama: 'Belanja Barang Operasional Lainnya', bobot: 3 },
  '521211': { nama: 'Belanja Bahan', bobot: 4 },
  '521213': { nama: 'Belanja Honor Output Kegiatan', bobot: 4 },
  '521219': { nama: 'Belanja Barang Non Operasional Lainnya', bobot: 2 },
  '521252': { nama: 'Belanja Peralatan dan Mesin - Ekstrakomptabel', bobot: 1 },
  '521811': { nama: 'Belanja Barang Persediaan Barang Konsumsi', bobot: 1.5 },
  '522111': { nama: 'Belanja Langganan Listrik', bobot: 3 },
  '522112': { nama: 'Belanja Langganan Telepon', bobot: 0.8 },
  '522113': { nama: 'Belanja Langganan Air', bobot: 0.3 },
  '522151': { nama: 'Belanja Jasa Profesi', bobot: 1.5 },
  '522191': { nama: 'Belanja Jasa Lainnya', bobot: 3 },
  '523111': { nama: 'Belanja Pemeliharaan Gedung dan Bangunan', bobot: 3 },
  '523121': { nama: 'Belanja Pemeliharaan Peralatan dan Mesin', bobot: 1.5 },
  '524111': { nama: 'Belanja Perjalanan Dinas Biasa', bobot: 4 },
  '524113': { nama: 'Belanja Perjalanan Dinas Dalam Kota', bobot: 1.5 },
  '524114': { nama: 'Belanja Perjalanan Dinas Paket Meeting Dalam Kota', bobot: 6 },
  '524119': { nama: 'Belanja Perjalanan Dinas Paket Meeting Luar Kota', bobot: 5 },
  '532111': { nama: 'Belanja Modal Peralatan dan Mesin', bobot: 8 },
};

/** A komponen: the level that names what the money is for; one budget line per akun. */
export interface KomponenSample {
  /** `KRO.RO.komponen`, e.g. `EBA.962.051`. */
  kode: string;
  nama: string;
  kodeIku?: string;
  akun: readonly string[];
  /** Multiplies the akun weights, to keep small activities small next to salaries; default 1. */
  bobot?: number;
  /** Serapan range of its lines; default 90–100%. */
  serapan?: readonly [number, number];
}

/** A kegiatan's pagu, the unit that reports it, and its komponen. */
export interface KegiatanSample {
  program: string;
  kegiatan: string;
  unit: string;
  pagu: number;
  komponen: readonly KomponenSample[];
}

const RAPAT = ['521211', '521213', '524114'];

export const KEGIATAN_SAMPLES: readonly KegiatanSample[] = [
  {
    program: '076.01.WA',
    kegiatan: '4369',
    unit: 'RENLOG',
    pagu: 2_412_640_000,
    komponen: [
      {
        kode: 'EBD.955.051',
        nama: 'Penyusunan Rencana Kerja dan Anggaran',
        kodeIku: 'IKU-06',
        akun: [...RAPAT, '524111', '521219'],
      },
      {
        kode: 'EBD.955.052',
        nama: 'Penyusunan Perjanjian Kinerja dan Laporan Kinerja',
        kodeIku: 'IKU-06',
        akun: [...RAPAT, '524113'],
      },
      {
        kode: 'EBD.955.053',
        nama: 'Monitoring dan Evaluasi Pelaksanaan Program',
        kodeIku: 'IKU-06',
        akun: ['521211', '524111', '524119', '521213', '521219', '522191'],
      },
    ],
  },
  {
    program: '076.01.WA',
    kegiatan: '4370',
    unit: 'KEU',
    pagu: 30_650_000_000,
    komponen: [
      {
        kode: 'EBA.994.001',
        nama: 'Gaji dan Tunjangan',
        serapan: [0.97, 1],
        akun: [
          '511111',
          '511119',
          '511121',
          '511122',
          '511123',
          '511124',
          '511125',
          '511126',
          '511129',
          '511151',
          '512211',
          '512411',
        ],
      },
      {
        kode: 'EBA.994.002',
        nama: 'Operasional dan Pemeliharaan Kantor',
        akun: ['521111', '521115', '521119', '522111', '522112', '522113', '523111', '523121', '521811'],
      },
      {
        kode: 'EBA.962.051',
        nama: 'Pengelolaan Keuangan dan Perbendaharaan',
        kodeIku: 'IKU-09',
        bobot: 0.15,
        akun: [...RAPAT, '524111', '521219'],
      },
      {
        kode: 'EBA.962.052',
        nama: 'Penyusunan Laporan Keuangan',
        kodeIku: 'IKU-10',
        bobot: 0.12,
        akun: [...RAPAT, '524119', '524111'],
      },
      { kode: 'EBA.962.053', nama: 'Layanan Umum dan Kerumahtanggaan', bobot: 0.6, akun: ['521219', '522191'] },
      {
        kode: 'EBB.951.051',
        nama: 'Pengelolaan Barang Milik Negara',
        bobot: 0.15,
        akun: ['521211', '524111', '524113', '521213'],
      },
      { kode: 'EBB.951.052', nama: 'Pengadaan Peralatan dan Mesin', bobot: 0.5, akun: ['532111', '521252', '522191'] },
    ],
  },
  {
    program: '076.01.WA',
    kegiatan: '4371',
    unit: 'HUKUM',
    pagu: 2_250_000_000,
    komponen: [
      {
        kode: 'EBA.963.051',
        nama: 'Penyusunan dan Publikasi Produk Hukum (JDIH)',
        akun: [...RAPAT, '522191', '524111'],
      },
      {
        kode: 'EBA.963.052',
        nama: 'Advokasi dan Penanganan Sengketa Hukum',
        akun: ['521211', '524111', '524119', '522151', '521213'],
      },
      {
        kode: 'EBA.963.053',
        nama: 'Pengawasan Internal dan Tindak Lanjut Hasil Pemeriksaan',
        kodeIku: 'IKU-07',
        akun: [...RAPAT, '524111', '524113', '521219'],
      },
      {
        kode: 'EBA.963.054',
        nama: 'Fasilitasi Pemeriksaan BPK dan Inspektorat',
        kodeIku: 'IKU-07',
        akun: [...RAPAT, '524113'],
      },
      {
        kode: 'EBA.963.055',
        nama: 'Penanganan Pelanggaran Kode Etik dan Administrasi',
        akun: ['521211', '524111', '524119', '521213', '522191'],
      },
      {
        kode: 'EBA.963.056',
        nama: 'Pembinaan Hukum KPU Kabupaten/Kota',
        akun: ['521211', '524119', '524111', '521213', '521219'],
      },
    ],
  },
  {
    program: '076.01.WA',
    kegiatan: '4372',
    unit: 'SDM',
    pagu: 3_200_000_000,
    komponen: [
      // Low serapan: training postponed during the Pilkada stages (see the IKU-08 analysis).
      {
        kode: 'EBC.996.051',
        nama: 'Pengembangan Kompetensi Pegawai',
        kodeIku: 'IKU-08',
        serapan: [0.55, 0.75],
        akun: [...RAPAT, '524119', '524111', '522151'],
      },
      {
        kode: 'EBC.996.052',
        nama: 'Bimbingan Teknis Penyelenggara Ad Hoc',
        akun: ['521211', '521213', '524119', '524111', '522151'],
      },
      {
        kode: 'EBC.996.053',
        nama: 'Pengelolaan Administrasi Kepegawaian',
        akun: ['521211', '524111', '524113', '521219'],
      },
      { kode: 'EBC.996.054', nama: 'Penilaian Kinerja dan Disiplin Pegawai', kodeIku: 'IKU-08', akun: RAPAT },
      {
        kode: 'EBC.997.051',
        nama: 'Penelitian dan Pengembangan Kepemiluan',
        akun: ['521211', '521213', '522151', '524111', '524119', '522191'],
      },
      {
        kode: 'EBC.997.052',
        nama: 'Rekrutmen dan Seleksi Badan Ad Hoc',
        akun: ['521211', '521213', '524111', '524113', '521219', '522191'],
      },
    ],
  },
  {
    program: '076.01.CQ',
    kegiatan: '4373',
    unit: 'TEKNIS',
    pagu: 4_125_300_000,
    komponen: [
      {
        kode: 'QDA.001.051',
        nama: 'Rapat Koordinasi Tahapan Pemilihan',
        kodeIku: 'IKU-01',
        akun: [...RAPAT, '524119', '524111'],
      },
      {
        kode: 'QDA.001.052',
        nama: 'Pencalonan Gubernur dan Wakil Gubernur',
        kodeIku: 'IKU-01',
        akun: [...RAPAT, '522191', '524111', '524113'],
      },
      {
        kode: 'QDA.001.053',
        nama: 'Kampanye dan Debat Publik Pasangan Calon',
        kodeIku: 'IKU-01',
        akun: ['521211', '522191', '521213', '524114', '521219'],
      },
      {
        kode: 'QDA.001.054',
        nama: 'Pemungutan dan Penghitungan Suara',
        kodeIku: 'IKU-01',
        akun: ['521211', '524111', '524113', '521213', '522191'],
      },
      {
        kode: 'QDA.001.055',
        nama: 'Rekapitulasi Hasil Penghitungan Suara dan Penetapan',
        kodeIku: 'IKU-01',
        akun: [...RAPAT, '524111', '522191', '521219'],
      },
      {
        kode: 'QDA.002.051',
        nama: 'Supervisi Tahapan ke KPU Kabupaten/Kota',
        kodeIku: 'IKU-01',
        akun: ['524111', '524113', '521211', '521213', '524119'],
      },
    ],
  },
  {
    program: '076.01.CQ',
    kegiatan: '4374',
    unit: 'PARMAS',
    pagu: 3_480_000_000,
    komponen: [
      {
        kode: 'QDB.001.051',
        nama: 'Sosialisasi Tahapan Pemilihan kepada Pemilih',
        kodeIku: 'IKU-03',
        akun: [...RAPAT, '522191', '524113'],
      },
      {
        kode: 'QDB.001.052',
        nama: 'Pendidikan Pemilih bagi Pemilih Pemula dan Penyandang Disabilitas',
        kodeIku: 'IKU-03',
        akun: [...RAPAT, '524119', '522191', '524111'],
      },
      {
        kode: 'QDB.001.053',
        nama: 'Publikasi melalui Media Massa dan Media Sosial',
        kodeIku: 'IKU-02',
        akun: ['522191', '521211', '521219', '521213', '522151'],
      },
      {
        kode: 'QDB.001.054',
        nama: 'Relawan Demokrasi',
        kodeIku: 'IKU-02',
        akun: ['521211', '521213', '524111', '524114', '521219'],
      },
      {
        kode: 'QDB.002.051',
        nama: 'Kerja Sama dengan Pemangku Kepentingan',
        kodeIku: 'IKU-02',
        akun: [...RAPAT, '524119', '524111'],
      },
      {
        kode: 'QDB.002.052',
        nama: 'Riset dan Kajian Partisipasi Pemilih',
        kodeIku: 'IKU-02',
        akun: ['521211', '521213', '522151', '524111', '524119', '521219'],
      },
    ],
  },
  {
    program: '076.01.CQ',
    kegiatan: '4375',
    unit: 'DATIN',
    pagu: 2_169_000_000,
    komponen: [
      {
        kode: 'QDC.001.051',
        nama: 'Pemutakhiran Data Pemilih Berkelanjutan',
        kodeIku: 'IKU-04',
        akun: [...RAPAT, '524111', '524113'],
      },
      {
        kode: 'QDC.001.052',
        nama: 'Penyusunan dan Penetapan DPT Pemilihan',
        kodeIku: 'IKU-04',
        akun: [...RAPAT, '524119', '524111', '521219'],
      },
      {
        kode: 'QDC.001.053',
        nama: 'Rapat Koordinasi Pemutakhiran Data',
        kodeIku: 'IKU-04',
        akun: [...RAPAT, '524119'],
      },
      {
        kode: 'QDC.002.051',
        nama: 'Pengelolaan Sistem Informasi Data Pemilih',
        kodeIku: 'IKU-04',
        akun: ['522191', '521211', '522112', '521213', '523121'],
      },
      {
        kode: 'QDC.002.052',
        nama: 'Layanan Informasi Publik dan PPID',
        akun: ['521211', '521213', '522191', '524111', '524113'],
      },
      {
        kode: 'QDC.002.053',
        nama: 'Pengelolaan Jaringan dan Laman Resmi',
        akun: ['522112', '522191', '521211', '523121', '521219'],
      },
    ],
  },
  {
    program: '076.01.CQ',
    kegiatan: '4376',
    unit: 'RENLOG',
    pagu: 3_100_000_000,
    komponen: [
      {
        kode: 'QDD.001.051',
        nama: 'Perencanaan Kebutuhan Logistik Pemilihan',
        kodeIku: 'IKU-05',
        akun: [...RAPAT, '524111'],
      },
      {
        kode: 'QDD.001.052',
        nama: 'Pengadaan dan Distribusi Logistik Pemilihan',
        kodeIku: 'IKU-05',
        akun: ['521211', '521219', '522191', '524111', '524113', '521213'],
      },
      {
        kode: 'QDD.001.053',
        nama: 'Pemantauan Distribusi Logistik ke KPU Kabupaten/Kota',
        kodeIku: 'IKU-05',
        akun: ['524111', '524113', '521211', '521213'],
      },
      {
        kode: 'QDD.002.051',
        nama: 'Penyimpanan dan Pemeliharaan Logistik Pasca-Pemilihan',
        akun: ['521211', '522191', '523121', '521219'],
      },
    ],
  },
];
