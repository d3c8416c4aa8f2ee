/**
 * The catalogue of diagnostic rule codes: every `rule` a diagnostic can carry, what it means (for developers, in
 * English) and how a user fixes it (Indonesian). `Diagnostic.rule` is typed by it, so a new rule does not compile
 * until it is listed here; the README's rule list is checked against it (test/unit/rules.test.ts).
 */

/** One rule: its meaning and how to fix what it reports. */
export interface Rule {
  meaning: string;
  fix: string;
}

/** Every rule code, alphabetically. */
export const RULES = {
  'analisis-kosong': {
    meaning: 'An Analisis row of an IKU is empty (the seven analyses of Bab III).',
    fix: 'Isi kolom analisis IKU itu di sheet Analisis; laporan final tidak dibuat selama masih kosong.',
  },
  'anggaran-negatif': {
    meaning: 'A pagu or realisasi in the Anggaran sheet is negative.',
    fix: 'Isi dengan angka 0 atau lebih; pengembalian belanja dikurangkan dari realisasi.',
  },
  'anggaran-terhitung-ganda': {
    meaning: 'A budget line and one of its parent lines both carry amounts, so the money would be counted twice.',
    fix: 'Isi angka hanya pada baris rincian, atau hanya pada baris induknya.',
  },
  'angka-ambigu': {
    meaning: 'A number typed as text could be read two ways (thousands or decimals).',
    fix: 'Periksa angkanya; ketik angka tanpa pemisah ribuan, dengan koma untuk desimal.',
  },
  'angka-di-luar-jangkauan': {
    meaning: 'A number in a YAML file is outside the range the field allows.',
    fix: 'Perbaiki angka pada baris yang disebut sesuai batas yang disebut.',
  },
  'baris-jumlah-dilewati': {
    meaning: 'A row that looks like a total row (Jumlah/Total) is skipped when reading the budget.',
    fix: 'Tidak perlu tindakan jika baris itu memang baris jumlah.',
  },
  'baris-terlalu-banyak': {
    meaning: 'A sheet has more rows than the reading limit.',
    fix: 'Hapus baris yang tidak dipakai di bawah tabel, lalu simpan ulang.',
  },
  'baris-tersembunyi': {
    meaning: 'A hidden data row is read like any other row.',
    fix: 'Tampilkan baris itu untuk memeriksa isinya, atau hapus jika tidak dipakai.',
  },
  'berkas-kosong': { meaning: 'A workbook file has 0 bytes.', fix: 'Kirim ulang atau salin ulang berkasnya.' },
  'berkas-referensi-hilang': {
    meaning: 'laporan.yaml, renstra.yaml or iku.yaml is missing from the inputs folder.',
    fix: 'Salin berkas contoh ke folder masukan lalu sesuaikan isinya.',
  },
  'berkas-rusak': {
    meaning: 'A workbook cannot be read as .xlsx.',
    fix: 'Buka di Excel atau LibreOffice, lalu simpan ulang sebagai "Excel Workbook (.xlsx)".',
  },
  'berkas-terkunci': {
    meaning: 'A workbook is password-protected (encrypted).',
    fix: 'Buka berkas, hapus kata sandinya, lalu simpan ulang.',
  },
  'berkas-terlalu-besar': {
    meaning: 'A file is larger than its size limit.',
    fix: 'Hapus gambar, sheet dan baris yang tidak dipakai, lalu simpan ulang.',
  },
  'berkas-terpotong': {
    meaning: 'A workbook is truncated (its end is missing).',
    fix: 'Kirim ulang atau salin ulang berkasnya.',
  },
  'berkas-tidak-terbaca': {
    meaning: 'The operating system refused to read a file.',
    fix: 'Periksa izin baca berkas dan bahwa berkas masih ada, lalu jalankan ulang.',
  },
  'bukan-angka': {
    meaning: 'A cell that must hold a number holds text or an Excel error.',
    fix: 'Ketik angka di sel itu (tanpa satuan), atau perbaiki rumusnya.',
  },
  'bukan-berkas': {
    meaning: 'An entry of the inputs folder is not a regular file (a folder named .xlsx, a link).',
    fix: 'Ganti dengan berkas yang benar atau hapus dari folder masukan.',
  },
  'bukan-utf8': {
    meaning: 'A YAML or Markdown file is not UTF-8.',
    fix: 'Buka berkas di editor teks lalu simpan ulang dengan pengodean UTF-8.',
  },
  'cakupan-efisiensi-rendah': {
    meaning: 'Too little of the pagu is linked to an IKU for the efficiency analysis.',
    fix: 'Isi kolom Kode IKU di sheet Anggaran untuk baris yang mendukung IKU.',
  },
  'capaian-tidak-wajar': {
    meaning: 'A capaian is above the plausibility bound set in laporan.yaml.',
    fix: 'Periksa realisasi dan target IKU itu; ubah pemeriksaan.batasCapaianWajar jika memang wajar.',
  },
  'final-definisi-kosong': {
    meaning: 'A final report is asked for while an IKU has no definition in iku.yaml.',
    fix: 'Isi definisi IKU itu di iku.yaml.',
  },
  'final-logo-contoh': {
    meaning: 'A final report is asked for while the cover logo is still the placeholder.',
    fix: 'Simpan logo resmi sebagai inputs/logo.svg.',
  },
  'final-nilai-contoh': {
    meaning: 'A final report is asked for while laporan.yaml still holds invented sample values.',
    fix: 'Ganti nilai contoh yang disebut dengan data sebenarnya.',
  },
  'final-nip-kosong': {
    meaning: "A final report is asked for while a signatory's NIP is missing.",
    fix: 'Isi NIP penandatangan di laporan.yaml.',
  },
  'final-penandatangan-kosong': {
    meaning: "A final report is asked for while a signatory's name is missing.",
    fix: 'Isi nama penandatangan di laporan.yaml.',
  },
  'final-sumber-data-kosong': {
    meaning: 'A final report is asked for while an IKU has no data source in iku.yaml.',
    fix: 'Isi sumberData IKU itu di iku.yaml.',
  },
  'folder-masukan-tidak-ada': {
    meaning: 'The inputs folder does not exist.',
    fix: 'Periksa nama folder, atau buat folder berisi laporan.yaml, renstra.yaml, iku.yaml dan lembar kerja .xlsx.',
  },
  'format-tidak-didukung': {
    meaning: 'A workbook is in a format other than .xlsx (.xls, .ods, .csv …).',
    fix: 'Simpan ulang sebagai "Excel Workbook (.xlsx)" dan hapus berkas lamanya.',
  },
  'gambar-bukan-lokal': {
    meaning: 'A picture in the narrative points outside inputs/narasi/ (a URL or another folder).',
    fix: 'Simpan gambar di inputs/narasi/ lalu tulis nama berkasnya saja.',
  },
  'gambar-format': {
    meaning: 'A picture in the narrative is not PNG, JPEG or SVG.',
    fix: 'Simpan ulang gambarnya sebagai .png, .jpg atau .svg.',
  },
  'gambar-sebaris': {
    meaning: 'A picture stands inside a sentence instead of its own paragraph.',
    fix: 'Tulis gambar di paragraf tersendiri, dengan baris kosong sebelum dan sesudahnya.',
  },
  'gambar-tanpa-judul': {
    meaning: 'A picture has no caption.',
    fix: 'Tulis judulnya di antara kurung siku: ![Judul](berkas.png).',
  },
  'gambar-terlalu-besar': {
    meaning: 'A picture is larger than 2 MB.',
    fix: 'Perkecil gambarnya, lalu susun ulang laporan.',
  },
  'gambar-tidak-ditemukan': {
    meaning: 'A picture named in the narrative is not in inputs/narasi/.',
    fix: 'Simpan gambarnya dengan nama itu di inputs/narasi/, atau perbaiki nama berkas di teks.',
  },
  'iku-bukan-unitnya': {
    meaning: 'An IKU is reported by a unit other than the one iku.yaml names.',
    fix: 'Pastikan unit yang benar yang melaporkannya, atau perbarui unit di iku.yaml.',
  },
  'iku-ganda': {
    meaning: 'One IKU is filled in twice in the same sheet.',
    fix: 'Gabungkan menjadi satu baris dan hapus yang lain.',
  },
  'iku-ganda-antarberkas': {
    meaning: 'One IKU is reported by two workbooks.',
    fix: 'Satu IKU dilaporkan oleh satu unit saja; hapus dari lembar kerja yang salah.',
  },
  'iku-tidak-dikenal': {
    meaning: 'An IKU code is not in iku.yaml.',
    fix: 'Tulis kode IKU yang ada di daftar IKU tahun laporan.',
  },
  'iku-tidak-dilaporkan': {
    meaning: 'No workbook reports an IKU of iku.yaml.',
    fix: 'Unit penanggung jawab menambahkan baris IKU itu di sheet Capaian.',
  },
  'indikator-berbeda': {
    meaning: 'An indicator name in a workbook differs from iku.yaml.',
    fix: 'Salin nama indikator dari daftar IKU.',
  },
  'isi-terlalu-besar': {
    meaning: 'A workbook has more ZIP parts than the limit.',
    fix: 'Salin isi ke templat baru dari npm run templates, lalu kirim ulang.',
  },
  'jumlah-tidak-bulat': {
    meaning: 'A count indicator has a fraction.',
    fix: 'Periksa angkanya; satuan hitungan harus bilangan bulat.',
  },
  'jumlah-triwulan-berbeda': {
    meaning: 'For a summed indicator, TW I–IV do not add up to the annual realisasi.',
    fix: 'Samakan realisasi tahunan dengan jumlah triwulan, atau perbaiki angka triwulan.',
  },
  'kegiatan-tidak-dikenal': {
    meaning: 'A budget code names a kegiatan not listed under its program in renstra.yaml.',
    fix: 'Periksa kode kegiatannya.',
  },
  'klaim-tidak-sesuai': {
    meaning: 'An analysis says the target was met while the capaian is below 100 % (or the reverse).',
    fix: 'Sesuaikan uraian analisis dengan capaiannya.',
  },
  'kode-anggaran-ganda': {
    meaning: 'A budget code appears in two rows (they are added up).',
    fix: 'Jika itu baris yang sama, hapus salah satunya.',
  },
  'kode-anggaran-kosong': {
    meaning: 'A budget row has amounts but no code.',
    fix: 'Isi kode program/kegiatan, misalnya 076.01.WA.2345.',
  },
  'kode-iku-kosong': {
    meaning: 'A Capaian row has numbers but no IKU code.',
    fix: 'Isi Kode IKU baris itu, atau hapus barisnya.',
  },
  'kolom-opsional-tidak-ada': {
    meaning: 'An optional column is missing from a sheet.',
    fix: 'Tambahkan kolom itu dari templat jika datanya ada.',
  },
  'kolom-tidak-ada': {
    meaning: 'A required column (or the header row) is missing from a sheet.',
    fix: 'Pakai templat terbaru dari npm run templates dan salin isinya.',
  },
  'lampiran-pk-tidak-terbaca': {
    meaning: 'inputs/lampiran/perjanjian-kinerja.pdf (the signed PK scan) is not a readable PDF.',
    fix: 'Pindai ulang PK yang ditandatangani dan simpan sebagai PDF, atau hapus berkas itu.',
  },
  'melebihi-maks': {
    meaning: 'A value is above the plausible maximum of its IKU (iku.yaml maks).',
    fix: 'Periksa kembali angkanya.',
  },
  'narasi-kosong': {
    meaning: 'A narrative slot (inputs/narasi/*.md) is missing or empty.',
    fix: 'Tulis teks bab itu di berkas yang disebut.',
  },
  'narasi-terlalu-bertingkat': {
    meaning: 'A narrative heading is nested deeper than the report allows.',
    fix: 'Pakai paling banyak tingkat judul yang disebut (#, ##).',
  },
  'narasi-tidak-dikenal': {
    meaning: 'A narrative file does not belong to any slot of the report.',
    fix: 'Ganti nama berkas sesuai daftar bagian narasi, atau hapus.',
  },
  'narasi-tidak-sesuai-angka': {
    meaning: 'A sentence of the narrative claims a result the numbers contradict.',
    fix: 'Sesuaikan kalimatnya dengan capaian yang dihitung.',
  },
  'nilai-di-luar-riwayat': {
    meaning: "A realisasi is far outside the indicator's earlier years.",
    fix: 'Periksa kembali angkanya (salah ketik, satuan, pemisah desimal).',
  },
  'nip-angka': {
    meaning: 'A NIP is stored as a number, so Excel may change its last digits.',
    fix: "Ketik NIP sebagai teks (awali dengan tanda petik ').",
  },
  'nip-tidak-valid': { meaning: 'A NIP does not have 18 digits.', fix: 'Periksa kembali NIP penanggung jawab.' },
  'pagu-kosong': { meaning: 'A budget row has no pagu.', fix: 'Isi pagu dalam rupiah sesuai DIPA.' },
  'pagu-pk-berbeda': {
    meaning: 'The pagu of a program in the PK differs from the sum of its budget lines.',
    fix: 'Samakan anggaran program di iku.yaml dengan jumlah baris anggaran.',
  },
  'pembacaan-terlalu-besar': {
    meaning: 'Reading a workbook needed more memory than allowed; its check was stopped.',
    fix: 'Hapus sheet, baris, gambar dan format yang tidak dipakai, atau salin isi ke templat baru.',
  },
  'pembacaan-terlalu-lama': {
    meaning: 'Reading a workbook took longer than allowed; its check was stopped.',
    fix: 'Salin isi ke templat baru dari npm run templates, lalu kirim ulang.',
  },
  'persen-seperti-pecahan': {
    meaning: 'A percentage looks typed as a fraction (0,85 for 85 %).',
    fix: 'Tulis persen sebagai angka 0–100, misalnya 85.',
  },
  'pk-renstra-berbeda': {
    meaning: 'The PK target of an IKU differs from the Renstra target for the year.',
    fix: 'Periksa target di iku.yaml dan renstra.yaml.',
  },
  'program-tidak-dikenal': {
    meaning: 'A budget code does not start with a known program code.',
    fix: 'Awali kode dengan salah satu kode program di renstra.yaml.',
  },
  'rata-rata-triwulan-berbeda': {
    meaning: 'For an averaged indicator, the annual realisasi is not the mean of the filled quarters.',
    fix: 'Samakan realisasi tahunan dengan rata-rata triwulan yang terisi.',
  },
  'realisasi-anggaran-kosong': {
    meaning: 'A budget row has no realisasi (counted as 0).',
    fix: 'Isi realisasi dalam rupiah, atau 0 jika memang belum terealisasi.',
  },
  'realisasi-kosong': {
    meaning: 'An IKU has no realisasi yet.',
    fix: 'Isi realisasi IKU itu; laporan final tidak dibuat selama masih kosong.',
  },
  'realisasi-melebihi-pagu': {
    meaning: 'A budget realisasi exceeds its pagu.',
    fix: 'Periksa kembali kedua angka itu.',
  },
  'realisasi-negatif': {
    meaning: "An indicator's realisasi is negative.",
    fix: 'Perbaiki angkanya; realisasi tidak mungkin kurang dari 0.',
  },
  'referensi-hibah-ganda': { meaning: 'Two hibah in hibah.yaml share a code.', fix: 'Beri setiap hibah kode sendiri.' },
  'referensi-hibah-iku': {
    meaning: 'A hibah use names an IKU that is not in iku.yaml.',
    fix: 'Tulis kode IKU yang ada, atau hapus kodeIku.',
  },
  'referensi-hibah-melebihi': {
    meaning: "A hibah's spending or plan exceeds its NPHD amount.",
    fix: 'Periksa realisasi atau nilai hibah (termasuk adendum).',
  },
  'referensi-hibah-tahun': {
    meaning: "A hibah use is dated outside the hibah's period.",
    fix: 'Perbaiki tahunnya atau periode hibah.',
  },
  'referensi-iku-ganda': { meaning: 'Two IKU in iku.yaml share a code.', fix: 'Beri setiap IKU kode sendiri.' },
  'referensi-iku-tidak-dikenal': {
    meaning: 'renstra.yaml names an IKU that is not in iku.yaml.',
    fix: 'Tambahkan IKU itu ke iku.yaml atau perbaiki kodenya.',
  },
  'referensi-kategori-tidak-terjangkau': {
    meaning: 'A category band of the scale can never be reached under the cap policy.',
    fix: 'Ubah batas kategori atau kebijakan pembatasan di laporan.yaml.',
  },
  'referensi-program-tidak-dikenal': {
    meaning: 'iku.yaml names a program that renstra.yaml does not list.',
    fix: 'Tambahkan programnya ke renstra.yaml atau perbaiki kodenya.',
  },
  'referensi-sasaran-tidak-dikenal': {
    meaning: 'An IKU names a sasaran that renstra.yaml does not list.',
    fix: 'Tulis salah satu sasaran yang ada di renstra.yaml.',
  },
  'referensi-sumber-dana-tidak-dikenal': {
    meaning: 'A hibah names a source of funds not in laporan.yaml.',
    fix: 'Tambahkan sumber dana di laporan.yaml atau perbaiki kodenya.',
  },
  'referensi-tahun-berbeda': {
    meaning: 'iku.yaml is for another year than laporan.yaml.',
    fix: 'Gunakan iku.yaml untuk tahun laporan.',
  },
  'referensi-tahun-di-luar-renstra': {
    meaning: 'The report year is outside the Renstra period.',
    fix: 'Periksa apakah renstra.yaml yang dipakai sudah benar.',
  },
  'referensi-tidak-sesuai': {
    meaning: 'A reference file (YAML) does not match its schema (missing field, wrong type, empty file).',
    fix: 'Perbaiki isian pada baris yang disebut mengikuti contoh di folder inputs.',
  },
  'referensi-unit-tidak-dikenal': {
    meaning: 'An IKU names a unit that laporan.yaml (unitKerja) does not list.',
    fix: 'Tulis salah satu unit yang ada di unitKerja laporan.yaml.',
  },
  'rencana-aksi-menurun': {
    meaning: 'The quarterly targets of the Rencana Aksi go down for a cumulative indicator.',
    fix: 'Periksa targetTriwulan di iku.yaml.',
  },
  'rencana-aksi-tidak-sesuai': {
    meaning: "The Rencana Aksi's quarterly targets do not lead to the annual target.",
    fix: 'Perbaiki targetTriwulan atau target di iku.yaml.',
  },
  'rentang-dipangkas': {
    meaning: "A sheet's validation or format range reaches far past the used cells; it is trimmed when read.",
    fix: 'Sebaiknya batasi rentang itu ke tabel; berkas asli tidak diubah.',
  },
  'rentang-terlalu-luas': {
    meaning: 'Ranges (lists, merged cells, conditional formats) cover more cells than the limit.',
    fix: 'Batasi rentang itu ke baris dan kolom tabel, lalu simpan ulang.',
  },
  'rumus-tanpa-hasil': {
    meaning: 'A cell holds a formula whose value was never calculated (file made by another program).',
    fix: 'Buka dan simpan ulang berkas di Excel atau LibreOffice, atau ketik nilainya langsung.',
  },
  'salinan-koreksi-gagal': {
    meaning: 'The correction copy of a workbook could not be written.',
    fix: 'Masalahnya tetap tercantum di laporan pemeriksaan; perbaiki langsung di lembar kerja asli.',
  },
  'satuan-berbeda': {
    meaning: 'A unit of measure in a workbook differs from iku.yaml.',
    fix: 'Ganti satuan sesuai daftar IKU dan pastikan angkanya memakai satuan itu.',
  },
  'sel-galat': {
    meaning: 'A text cell holds an Excel error (#REF!, #N/A …).',
    fix: 'Perbaiki rumus di sel itu atau ketik isinya langsung.',
  },
  'sel-terlalu-banyak': {
    meaning: 'A workbook has more cells than the limit.',
    fix: 'Salin isi ke templat baru dari npm run templates, lalu kirim ulang.',
  },
  'sheet-terlalu-banyak': {
    meaning: 'A workbook has more sheets than the limit.',
    fix: 'Hapus sheet yang tidak dipakai, lalu simpan ulang.',
  },
  'sheet-tersembunyi-kembar': {
    meaning: 'A hidden sheet has the same role as a visible one; the visible one is read.',
    fix: 'Hapus sheet tersembunyi yang tidak dipakai.',
  },
  'sheet-tidak-ada': {
    meaning: 'A required sheet (Identitas, Capaian, Analisis, Anggaran) is missing.',
    fix: 'Beri nama sheet sesuai templat, atau pakai templat terbaru.',
  },
  'sumber-dana-tidak-dikenal': {
    meaning: 'A budget row names a source of funds not in laporan.yaml.',
    fix: 'Tulis salah satu kode sumber dana di laporan.yaml.',
  },
  'tahun-berbeda': {
    meaning: 'The year in the Identitas sheet is not the report year.',
    fix: 'Isi dengan tahun laporan.',
  },
  'tahun-kosong': { meaning: 'The year in the Identitas sheet is empty.', fix: 'Isi dengan tahun laporan.' },
  'target-berbeda': {
    meaning: 'A target in a workbook differs from the PK target in iku.yaml.',
    fix: 'Ganti dengan target Perjanjian Kinerja.',
  },
  'target-kosong': { meaning: 'A target in a workbook is empty.', fix: 'Isi target sesuai Perjanjian Kinerja.' },
  'teks-terlalu-lebar': {
    meaning: 'Text is wider than its page even after wrapping (printed as it is).',
    fix: 'Sisipkan spasi atau tanda hubung pada teks panjang itu.',
  },
  'triwulan-akhir-berbeda': {
    meaning: 'For an indicator counted by its last quarter, the annual realisasi differs from the last filled quarter.',
    fix: 'Samakan realisasi tahunan dengan triwulan terakhir yang terisi.',
  },
  'triwulan-iv-berbeda': {
    meaning: 'For a cumulative indicator, the annual realisasi differs from TW IV.',
    fix: 'Samakan keduanya.',
  },
  'triwulan-menurun': {
    meaning: "A cumulative indicator's quarterly realisasi goes down.",
    fix: 'Periksa angka triwulan.',
  },
  'unit-ganda': {
    meaning: 'Two workbooks come from the same unit.',
    fix: 'Kirim satu lembar kerja per unit; hapus yang lama.',
  },
  'unit-kosong': {
    meaning: 'The unit in the Identitas sheet is empty.',
    fix: 'Isi nama unit seperti di laporan.yaml.',
  },
  'unit-tidak-dikenal': {
    meaning: 'The unit in the Identitas sheet is not in laporan.yaml.',
    fix: 'Tulis nama unit seperti di laporan.yaml.',
  },
  'yaml-alias-berlebihan': {
    meaning: 'A YAML file uses too many (or nested) aliases.',
    fix: 'Tulis nilainya langsung tanpa alias.',
  },
  'yaml-tidak-valid': {
    meaning: 'A YAML file cannot be parsed (indentation, colon, quotes).',
    fix: 'Perbaiki penulisan YAML pada baris yang disebut.',
  },
} as const satisfies Record<string, Rule>;

/** A rule code of the catalogue. */
export type RuleCode = keyof typeof RULES;
