/**
 * The catalogue of diagnostic rule codes: every `rule` a diagnostic can carry, what it means (for developers, in
 * English) and how a user fixes it (Indonesian). `Diagnostic.rule` is typed by it, so a new rule does not compile
 * until it is listed here; the README's rule list is checked against it (test/unit/rules.test.ts).
 *
 * Each `meaning` starts with the severity ("final" = `status: final` in laporan.yaml, see apply-final-status.ts) and
 * says where the diagnostic points and when it fires; limits name their constant or laporan.yaml key. Each `fix` is
 * written for a staff member who has never seen the code, in the words the message uses (buku kerja, sheet, sel,
 * kolom, baris).
 */

/** One rule: its meaning and how to fix what it reports. */
export interface Rule {
  meaning: string;
  fix: string;
}

/** Every rule code, alphabetically. */
export const RULES = {
  'analisis-kosong': {
    meaning:
      'Warning (error in a final report), on the Analisis sheet: an IKU read from the Capaian sheet has no Analisis row with Penyebab Keberhasilan/Kegagalan or Upaya/Solusi filled. Only checked when the workbook has an Analisis sheet.',
    fix: 'Di sheet Analisis, isi baris untuk IKU yang disebut: Kode IKU, Penyebab Keberhasilan/Kegagalan dan Upaya/Solusi. Laporan final tidak dapat dibuat selama analisisnya kosong.',
  },
  'anggaran-negatif': {
    meaning: 'Error: the Pagu or Realisasi cell of a budget line in the Anggaran sheet is below 0.',
    fix: 'Isi sel itu dengan angka 0 atau lebih. Pengembalian belanja tidak ditulis negatif, tetapi dikurangkan dari realisasi.',
  },
  'anggaran-terhitung-ganda': {
    meaning:
      "Error, on the Anggaran sheet of the parent line: a budget line's Kode is the parent of another line's Kode (076.01.WA over 076.01.WA.2345), in the same or another workbook, whatever their amounts; lines are summed per program and kegiatan, so the money would count twice.",
    fix: 'Tulis anggaran hanya pada baris rincian atau hanya pada baris induknya, jangan keduanya. Baris judul program tanpa angka cukup diberi uraian, dengan kolom Kode dikosongkan.',
  },
  'angka-ambigu': {
    meaning:
      'Warning: a number typed as text with one "." or "," followed by exactly three digits (1.234, 1,234) could mean thousands or decimals; "." is read as thousands, "," as the decimal comma, and the message says how it was read. Not raised for whole rupiah.',
    fix: 'Periksa apakah angka dibaca sesuai maksud (pesan menyebut cara membacanya). Bila salah, ketik ulang sebagai angka biasa (bukan teks) tanpa pemisah ribuan; menukar 1.234 menjadi 1,234 atau sebaliknya tidak menghilangkan peringatan ini.',
  },
  'angka-di-luar-jangkauan': {
    meaning:
      'Error: a number beyond ± 10^15 (MAX_SANE_NUMBER; 1e308, .inf) in a number cell of a workbook (Target, Realisasi, Pagu …) or anywhere in a reference YAML file; Excel keeps no more digits and sums would overflow.',
    fix: 'Periksa angka di sel atau baris YAML yang disebut; angka sebesar itu tidak mungkin benar, kemungkinan ada digit yang terketik berulang.',
  },
  'baris-jumlah-dilewati': {
    meaning:
      'Info: a row of the Anggaran sheet with an amount but no Kode, whose Program/Kegiatan starts with Jumlah, Total or Subtotal, is taken as a total row and not read (totals are recomputed from the lines).',
    fix: 'Tidak perlu tindakan bila baris itu memang baris jumlah. Bila baris itu rincian anggaran, isi kolom Kode-nya.',
  },
  'baris-terlalu-banyak': {
    meaning:
      'Error: a sheet holds more than 20.000 rows, empty formatted rows included (WORKBOOK_LIMITS.rowsPerSheet); the workbook is not read.',
    fix: 'Hapus baris yang tidak dipakai di bawah tabel (pilih barisnya, klik kanan → Delete), simpan, lalu kirim ulang buku kerjanya.',
  },
  'baris-tersembunyi': {
    meaning: 'Info: a hidden row of the Capaian, Analisis or Anggaran table is read like any other row.',
    fix: 'Tampilkan baris itu (klik kanan → Unhide) dan periksa isinya; hapus bila tidak dipakai.',
  },
  'berkas-kosong': {
    meaning: 'Error: a .xlsx file has 0 bytes (a failed copy or download); it is not read.',
    fix: 'Minta unit pengirim mengirim ulang berkasnya, lalu ganti berkas di folder masukan.',
  },
  'berkas-referensi-hilang': {
    meaning: 'Error: laporan.yaml, renstra.yaml or iku.yaml is missing from the inputs folder; no report is built.',
    fix: 'Salin berkas itu dari data contoh atau dari data tahun lalu ke folder masukan, lalu sesuaikan isinya.',
  },
  'berkas-rusak': {
    meaning:
      'Error: a .xlsx file cannot be read: its content is not a ZIP (text, CSV or a web page named .xlsx), the ZIP is damaged, the ZIP holds no Excel workbook, or exceljs fails on it.',
    fix: 'Buka berkas di Excel atau LibreOffice lalu simpan ulang sebagai "Excel Workbook (.xlsx)". Bila tidak dapat dibuka atau bukan buku kerja LKj, minta unit pengirim mengirim ulang.',
  },
  'berkas-terkunci': {
    meaning: 'Error: a .xlsx file is encrypted with a password; it cannot be read.',
    fix: 'Buka di Excel, pilih File → Info → Protect Workbook → Encrypt with Password, kosongkan kata sandinya, klik OK, lalu simpan.',
  },
  'berkas-terlalu-besar': {
    meaning:
      'Error: a file is over its size limit (pipeline/load/limits.ts): a .xlsx over 20 MiB, or a reference YAML file over 1 MiB; a narrative .md over 256 KiB is a warning and that narrative is left out.',
    fix: 'Buku kerja: hapus gambar, sheet dan baris yang tidak dipakai, lalu simpan ulang. Berkas YAML atau narasi: periksa apakah isinya tertukar dengan berkas lain.',
  },
  'berkas-terpotong': {
    meaning:
      'Error: a .xlsx file is truncated (the end of the ZIP is missing: an interrupted copy or download); it is not read.',
    fix: 'Minta unit pengirim mengirim ulang berkasnya, lalu ganti berkas di folder masukan.',
  },
  'berkas-tidak-terbaca': {
    meaning:
      'Error (a warning for a narrative, which is then left out): the system refused to read an input file (no read permission), or it vanished while being read.',
    fix: 'Pastikan berkas itu masih ada di folder masukan dan boleh dibaca (izin baca), lalu jalankan ulang.',
  },
  'bukan-angka': {
    meaning:
      "Error: a number cell (Target, Realisasi TW I–IV, Realisasi, Pagu) holds no number: text, a date, TRUE/FALSE, or a unit other than the indicator's satuan. Excel errors are sel-galat, uncalculated formulas rumus-tanpa-hasil.",
    fix: 'Ketik angka di sel itu, misalnya 85 atau 85,5 (boleh dengan % atau satuan indikatornya). Bila Excel mengubahnya menjadi tanggal, ubah format sel menjadi Number lalu ketik ulang.',
  },
  'bukan-berkas': {
    meaning:
      'Error (a warning for a narrative, which is then left out): an input path is a folder, pipe, device or socket instead of a file (a folder named laporan.yaml or narasi/bab.md). Folders named .xlsx are skipped, not reported.',
    fix: 'Ganti dengan berkas yang benar, atau pindahkan benda itu keluar dari folder masukan.',
  },
  'bukan-utf8': {
    meaning:
      'Error (a warning for a narrative, which is then left out): a YAML or narrative Markdown file has bytes that are not UTF-8 (saved as ANSI/Windows-1252); the line and column are given.',
    fix: 'Buka berkas itu di editor teks lalu simpan ulang dengan pengodean UTF-8 (di Notepad: Save As → Encoding UTF-8).',
  },
  'cakupan-efisiensi-rendah': {
    meaning:
      'Warning (also in a final report), on laporan.yaml: the share of the total pagu on budget lines that carry a Kode IKU (Anggaran sheet) is below laporan.yaml → pemeriksaan.cakupanAnggaranMinimum (default 25 %), so the efficiency table T7 covers little of the budget.',
    fix: 'Minta unit mengisi kolom Kode IKU di sheet Anggaran pada baris anggaran yang mendukung suatu IKU. Bila cakupan kecil memang wajar, batasnya dapat diubah di laporan.yaml (pemeriksaan.cakupanAnggaranMinimum).',
  },
  'capaian-tidak-wajar': {
    meaning:
      'Warning (also in a final report), at the Realisasi cell of the Capaian sheet: the raw (uncapped) capaian of an IKU is above laporan.yaml → pemeriksaan.batasCapaianWajar (default 150 %).',
    fix: 'Periksa apakah realisasi salah ketik atau memakai satuan lain dari target. Bila angkanya benar, jelaskan di kolom Keterangan; batasnya dapat diubah di laporan.yaml (pemeriksaan.batasCapaianWajar).',
  },
  'draf-lama-tertinggal': {
    meaning:
      "Warning, on the output folder: a new draft was saved, but an earlier draft's PDF, HTML or JSON at the top of the output folder could not be removed (on Windows: still open in a PDF viewer; or no permission). Its data and PDF are kept in riwayat/ anyway.",
    fix: 'Tutup berkas draf lama itu di program yang membukanya (misalnya pembaca PDF), lalu hapus berkasnya sendiri atau jalankan penyusunan lagi. Laporan baru sudah tersimpan.',
  },
  'final-definisi-kosong': {
    meaning: 'Error, only in a final report: an indicator in iku.yaml has no definisi (how it is computed).',
    fix: 'Isi definisi (cara menghitung) indikator itu di iku.yaml.',
  },
  'final-logo-contoh': {
    meaning:
      'Error, only in a final report: the cover logo is the placeholder (its SVG carries data-lkj-contoh): there is no inputs/logo.svg, or it is a copy of the placeholder.',
    fix: 'Simpan logo resmi KPU sebagai berkas SVG bernama logo.svg di folder masukan (inputs/logo.svg).',
  },
  'final-nilai-contoh': {
    meaning:
      'Error, only in a final report: a value in laporan.yaml still equals the invented sample value listed for its path under contoh: in laporan.yaml.',
    fix: 'Ganti nilai yang disebut di laporan.yaml dengan data sebenarnya, lalu hapus barisnya dari bagian contoh: di laporan.yaml.',
  },
  'final-nip-kosong': {
    meaning:
      'Error, only in a final report: laporan.yaml → penandatangan.sekretaris.nip is empty (the Ketua signs without a NIP and is not checked).',
    fix: "Isi penandatangan.sekretaris.nip di laporan.yaml dengan 18 digit NIP, di antara tanda kutip (nip: '197508142002121003').",
  },
  'final-penandatangan-kosong': {
    meaning:
      'Error, only in a final report: the name of a signatory (laporan.yaml → penandatangan.sekretaris.nama or penandatangan.ketua.nama) is still a placeholder: x…, -…, ..., "nama" or "belum diisi".',
    fix: 'Isi nama lengkap penandatangan itu di laporan.yaml.',
  },
  'final-sumber-data-kosong': {
    meaning: 'Error, only in a final report: an indicator in iku.yaml has no sumberData.',
    fix: 'Isi sumberData (asal data) indikator itu di iku.yaml.',
  },
  'folder-masukan-tidak-ada': {
    meaning: 'Error: the inputs folder (--inputs, default inputs) does not exist or is not a folder; nothing is read.',
    fix: 'Periksa nama folder pada perintah (--inputs), atau buat folder itu berisi laporan.yaml, renstra.yaml, iku.yaml dan buku kerja .xlsx.',
  },
  'format-tidak-didukung': {
    meaning:
      'Error: a spreadsheet in the inputs folder is not .xlsx (.xls, .xlsm, .xlsb, .ods, .csv, .numbers), or a file named .xlsx holds an .xls or .ods workbook; it is not read.',
    fix: 'Buka di Excel atau LibreOffice, pilih Simpan Sebagai → "Excel Workbook (.xlsx)", lalu hapus berkas lamanya dari folder masukan.',
  },
  'gambar-bukan-lokal': {
    meaning:
      'Error: a picture in a narrative (`![judul](…)`) points outside inputs/narasi/: a web address, an absolute path, a path with a backslash or one leaving the folder (../).',
    fix: 'Simpan gambarnya di folder inputs/narasi/ lalu tulis nama berkasnya saja, misalnya `![Struktur Organisasi](struktur-organisasi.png)`.',
  },
  'gambar-format': {
    meaning: 'Error: a picture in a narrative is not .png, .jpg/.jpeg or .svg.',
    fix: 'Simpan ulang gambarnya sebagai .png, .jpg atau .svg, lalu perbaiki nama berkasnya di teks.',
  },
  'gambar-sebaris': {
    meaning:
      'Warning: a picture in a narrative stands inside a sentence instead of its own paragraph, so it is not printed as a numbered Gambar with its caption.',
    fix: 'Tulis gambar di paragraf tersendiri, dengan baris kosong sebelum dan sesudahnya.',
  },
  'gambar-tanpa-judul': {
    meaning:
      'Warning: a picture in a narrative has no caption (`![](berkas.png)`); the caption is printed under it and in the Daftar Gambar.',
    fix: 'Tulis judulnya di antara kurung siku: `![Struktur Organisasi](berkas.png)`.',
  },
  'gambar-terlalu-besar': {
    meaning: 'Error: a picture file in inputs/narasi/ named by a narrative is larger than 2 MiB (MAKS_GAMBAR).',
    fix: 'Perkecil gambarnya (misalnya simpan ulang selebar 2.000 piksel atau sebagai JPEG), lalu susun ulang laporan.',
  },
  'gambar-tidak-ditemukan': {
    meaning: 'Warning: a picture named in a narrative is not in inputs/narasi/ (case ignored).',
    fix: 'Simpan gambarnya dengan nama itu di inputs/narasi/, atau perbaiki nama berkasnya di teks.',
  },
  'iku-bukan-unitnya': {
    meaning:
      'Warning, at the Kode IKU cell of the Capaian sheet: an IKU is reported by a unit other than the unit iku.yaml names for it.',
    fix: 'Pastikan IKU itu dilaporkan oleh unit penanggung jawabnya; bila penanggung jawabnya memang berubah, perbarui unit IKU itu di iku.yaml.',
  },
  'iku-ganda': {
    meaning: 'Error: one Kode IKU is on two rows of the same sheet (Capaian or Analisis); the later row is left out.',
    fix: 'Gabungkan isi kedua baris menjadi satu baris dan hapus yang lain.',
  },
  'iku-ganda-antarberkas': {
    meaning:
      'Error, at the Kode IKU cell of the later workbook: one IKU is reported in the Capaian sheets of workbooks of two different units.',
    fix: 'Satu IKU hanya dilaporkan oleh unit penanggung jawabnya (unit di iku.yaml, disebut di pesan); hapus baris IKU itu dari buku kerja unit lain.',
  },
  'iku-tidak-dikenal': {
    meaning:
      'Error: a Kode IKU in the Capaian, Analisis or Anggaran sheet is not in iku.yaml (compared as ikuKey: iku 1 = IKU-01); a Capaian or Analisis row with it is left out.',
    fix: 'Tulis kode IKU yang ada di iku.yaml tahun laporan; pesan menyebut kode IKU milik unit itu.',
  },
  'iku-tidak-dilaporkan': {
    meaning:
      'Warning (error in a final report): an IKU of iku.yaml is in no workbook, so the report prints "belum diisi". Reported on its unit\'s workbook (sheet Capaian), on its unit\'s unreadable file, or as `<unit> (belum mengirim)` when the unit sent nothing.',
    fix: 'Minta unit penanggung jawab menambahkan baris IKU itu di sheet Capaian, atau mengirim (ulang) buku kerjanya; templatnya dibuat dengan npm run templates.',
  },
  'indikator-berbeda': {
    meaning:
      'Warning: the Indikator in a Capaian row differs from the IKU name in iku.yaml (case, spacing and punctuation ignored).',
    fix: 'Salin nama indikator persis dari daftar IKU (iku.yaml atau templat unit).',
  },
  'isi-terlalu-besar': {
    meaning:
      'Error: the inside of a .xlsx is too large (WORKBOOK_LIMITS): over 2.000 ZIP parts, one part unpacking to over 50 MiB, all parts to over 100 MiB, or a part of 1 MiB or more unpacking over 200 : 1 (a ZIP bomb); it is not read.',
    fix: 'Salin isi sheet Identitas, Capaian, Analisis dan Anggaran ke templat buku kerja yang baru (npm run templates), lalu kirim ulang. Bila pesan menyebut rasio yang tidak wajar, minta unit pengirim mengirim ulang berkasnya.',
  },
  'jumlah-tidak-bulat': {
    meaning:
      'Warning (also in a final report): a Realisasi TW I–IV or Realisasi of a counting IKU (satuan such as Kali, Dokumen, Lap, orang, or a name starting with "Jumlah" unless the satuan is a measure such as %, nilai or Rp) is not a whole number.',
    fix: 'Periksa angkanya: hitungan ditulis sebagai bilangan bulat (pesan menyebut angka yang kemungkinan dimaksud).',
  },
  'jumlah-triwulan-berbeda': {
    meaning:
      'Warning (error in a final report), at the Realisasi cell: for an IKU with agregasi jumlah, Realisasi TW I–IV (an empty quarter counts 0) do not add up to the annual Realisasi.',
    fix: 'Perbaiki angka triwulan yang salah, atau samakan Realisasi tahunan dengan jumlah TW I–IV.',
  },
  'kegiatan-tidak-dikenal': {
    meaning:
      "Warning: the fourth part of a budget Kode (the kegiatan, 2345 in 076.01.WA.2345) is not listed under its program's kegiatan in renstra.yaml (only checked when the program lists kegiatan).",
    fix: 'Periksa kode kegiatan di kolom Kode sheet Anggaran; bila kegiatan itu memang ada, tambahkan ke daftar kegiatan program itu di renstra.yaml.',
  },
  'klaim-tidak-sesuai': {
    meaning:
      'Warning (also in a final report), on the Analisis sheet: the Penyebab or Upaya text of an IKU claims success ("tercapai", "melampaui target", "berhasil" …) while its raw capaian is below 100 %. The reverse is not checked.',
    fix: 'Sesuaikan uraian di sheet Analisis dengan capaian yang sebenarnya, atau periksa kembali angka realisasi di sheet Capaian.',
  },
  'kode-anggaran-ganda': {
    meaning: 'Warning: one budget Kode is on two rows of the same Anggaran sheet; both rows are added up.',
    fix: 'Bila kedua baris sama (tersalin dua kali), hapus salah satunya; bila memang dua rincian, biarkan (keduanya dijumlahkan).',
  },
  'kode-anggaran-kosong': {
    meaning:
      'Error: a row of the Anggaran sheet has a number in Pagu or Realisasi but no Kode, and its Program/Kegiatan does not start with Jumlah, Total or Subtotal.',
    fix: 'Isi kolom Kode baris itu dengan kode program/kegiatan, misalnya 076.01.WA.2345. Baris jumlah diberi uraian yang diawali "Jumlah" atau "Total".',
  },
  'kode-iku-kosong': {
    meaning: 'Error: a row of the Capaian sheet has a number in Target, a TW or Realisasi but no Kode IKU.',
    fix: 'Isi Kode IKU dengan salah satu kode IKU unit itu (disebut di pesan), atau kosongkan baris itu bila angkanya bukan milik unit itu. Jangan memakai kode IKU unit lain.',
  },
  'kolom-opsional-tidak-ada': {
    meaning:
      'Info: an optional column is missing (Sumber Data or Keterangan in Capaian, Program/Kegiatan Pendukung in Analisis, Kode IKU in Anggaran); its cells count as empty. A missing Sumber Dana column is not reported.',
    fix: 'Tidak wajib. Bila datanya ada, tambahkan kolom dengan judul yang disebut di pesan.',
  },
  'kolom-tidak-ada': {
    meaning:
      'Error: the header row of the Capaian, Analisis or Anggaran sheet is not in its first 30 rows (no row holds the first column title with others), so the sheet is not read; or a required column is missing from it.',
    fix: 'Tambahkan kolom dengan judul yang disebut di pesan (ejaan lain yang diterima juga disebut), atau salin isinya ke templat buku kerja terbaru (npm run templates).',
  },
  'lampiran-pk-tidak-terbaca': {
    meaning:
      'Error: inputs/lampiran/perjanjian-kinerja.pdf (the scan of the signed PK, printed as Lampiran 1) exists but is not a readable PDF or has no pages.',
    fix: 'Pindai ulang PK yang ditandatangani dan simpan sebagai PDF, atau hapus berkas itu agar Lampiran 1 memakai PK yang diketik ulang.',
  },
  'melebihi-maks': {
    meaning: 'Warning: a Realisasi TW I–IV or Realisasi of an IKU is above the maks set for it in iku.yaml.',
    fix: 'Periksa kembali angkanya (salah ketik, satuan). Bila angkanya benar, batas maks IKU itu di iku.yaml perlu diperbarui.',
  },
  'narasi-kosong': {
    meaning:
      'Warning (error in a final report): the file of a narrative part, `inputs/narasi/<nama>.md` (NARASI_SLOTS), is missing or blank; the report prints a placeholder box instead.',
    fix: 'Tulis teks bagian itu di berkas yang disebut (folder inputs/narasi/); pesan menyebut apa yang perlu ditulis.',
  },
  'narasi-terlalu-bertingkat': {
    meaning:
      'Warning: a narrative nests lists (from 9 levels) or block quotes (from 18) so deep that markdown-it (maxNesting TEXT_LIMITS.narrativeNesting = 20) stops at or near there and drops the rest of the file from the report.',
    fix: 'Kurangi tingkat daftar bertingkat atau kutipan (>) di berkas narasi itu.',
  },
  'narasi-tidak-dikenal': {
    meaning:
      'Warning: a .md file in inputs/narasi/ is not one of the narrative parts of the report (usually a misspelt name); its text is not printed.',
    fix: 'Ganti nama berkas menjadi salah satu nama yang disebut di pesan (misalnya kesimpulan.md), atau hapus berkasnya.',
  },
  'narasi-tidak-sesuai-angka': {
    meaning:
      'Warning (also in a final report), with its line: a narrative sentence says every target was met while some IKU is below 100 % (raw), not filled or not computable; or a clause names an IKU (by code or full name) as met while it is not, or as not met while it is.',
    fix: 'Sesuaikan kalimat pada baris yang disebut dengan capaian di laporan. Pemeriksaan ini membaca kata-kata saja; bila kalimatnya sudah benar, peringatan boleh diabaikan.',
  },
  'nilai-di-luar-riwayat': {
    meaning:
      "Warning (also in a final report), at the Realisasi cell: this year's realisasi is more than laporan.yaml → pemeriksaan.kelipatanRiwayat (default 3) times above or below every earlier value (the two previous years' realisasi in renstra.yaml) and the target; only when an earlier year is known and all values are above 0.",
    fix: 'Periksa kembali angkanya (salah ketik, satuan, pemisah desimal); bila selisihnya kelipatan 10, pesan menyebut angka yang kemungkinan dimaksud.',
  },
  'nip-angka': {
    meaning:
      'Warning: the NIP in the Identitas sheet is stored as a number; Excel keeps only 15 digits, so an 18-digit NIP loses its last digits.',
    fix: "Ketik NIP sebagai teks: awali dengan tanda petik ('), atau ubah format sel menjadi Text lalu ketik ulang.",
  },
  'nip-tidak-valid': {
    meaning: 'Warning: the NIP in the Identitas sheet (spaces, dots and apostrophes ignored) is not 18 digits.',
    fix: 'Periksa kembali NIP penanggung jawab di sheet Identitas: 18 digit angka.',
  },
  'pagu-kosong': {
    meaning: 'Error: a budget line with a Kode in the Anggaran sheet has an empty Pagu (counted as 0).',
    fix: 'Isi Pagu dalam rupiah sesuai DIPA, misalnya 1.250.000.000.',
  },
  'pagu-pk-berbeda': {
    meaning:
      "Warning (error in a final report), on iku.yaml: a program's PK budget (iku.yaml → program → anggaran) differs from the sum of the Pagu of its budget lines in all workbooks (the message lists each workbook's share), or budget lines name a program missing from iku.yaml → program.",
    fix: 'Lengkapi atau perbaiki baris anggaran di sheet Anggaran buku kerja unit, atau perbarui anggaran program di iku.yaml bila PK direvisi.',
  },
  'pembacaan-terlalu-besar': {
    meaning:
      'Error: reading a workbook needed more than 1.024 MB of memory (POOL_LIMITS.memoryMb); its check was stopped, the other workbooks are still checked. A reading thread that fails or exits without a reason is not this rule but our fault (exit 3, "Kegagalan internal" naming the workbook).',
    fix: 'Hapus sheet, baris, gambar dan format yang tidak dipakai, atau salin isinya ke templat buku kerja yang baru (npm run templates), lalu kirim ulang.',
  },
  'pembacaan-terlalu-lama': {
    meaning:
      'Error: reading a workbook took longer than 60 s (POOL_LIMITS.timeMs); its check was stopped, the other workbooks are still checked.',
    fix: 'Salin isi sheet Identitas, Capaian, Analisis dan Anggaran ke templat buku kerja yang baru (npm run templates), lalu kirim ulang.',
  },
  'persen-seperti-pecahan': {
    meaning:
      'Warning (also in a final report): a Realisasi TW I–IV or Realisasi of an IKU with satuan % is above 0 and at most 1 while its target is 10 or more (0,6605 typed for 66,05 %).',
    fix: 'Ketik persen sebagai angka 0–100, misalnya 66,05, atau format sel sebagai persen.',
  },
  'pk-renstra-berbeda': {
    meaning:
      'Warning (error in a final report), on iku.yaml: the PK target of an IKU differs from its Renstra target for the report year in renstra.yaml (a range target passes when the Renstra value lies in it).',
    fix: 'Samakan target di iku.yaml dan renstra.yaml; bila Renstra atau PK direvisi, perbarui berkas yang belum mengikuti revisi.',
  },
  'program-tidak-dikenal': {
    meaning:
      'Error: the first three parts of a budget Kode (076.01.WA in 076.01.WA.2345) are not a program code of renstra.yaml → program.',
    fix: 'Awali Kode dengan salah satu kode program yang disebut di pesan, misalnya 076.01.WA.2345.',
  },
  'rata-rata-triwulan-berbeda': {
    meaning:
      'Warning (error in a final report), at the Realisasi cell: for an IKU with agregasi rata-rata, the annual Realisasi differs from the mean of the filled quarters by more than 0,005 (rounding to two decimals passes).',
    fix: 'Samakan Realisasi tahunan dengan rata-rata triwulan yang diisi, atau perbaiki angka triwulan.',
  },
  'realisasi-anggaran-kosong': {
    meaning: 'Warning: a budget line with a Kode in the Anggaran sheet has an empty Realisasi; it counts as 0.',
    fix: 'Isi Realisasi dalam rupiah; tulis 0 bila memang belum ada belanja.',
  },
  'realisasi-kosong': {
    meaning:
      'Warning (error in a final report): the annual Realisasi cell of an IKU row in the Capaian sheet is empty; the annual value is then taken from the quarters where the agregasi allows, else the IKU is printed as "belum diisi".',
    fix: 'Isi kolom Realisasi (tahunan) IKU itu di sheet Capaian. Laporan final tidak dapat dibuat selama masih kosong.',
  },
  'realisasi-melebihi-pagu': {
    meaning: 'Warning: the Realisasi of a budget line in the Anggaran sheet is above its Pagu.',
    fix: 'Perbaiki angka yang salah ketik; bila pagu direvisi, isi Pagu menurut DIPA terakhir.',
  },
  'realisasi-negatif': {
    meaning:
      'Warning (also in a final report): a Realisasi TW I–IV or Realisasi of an IKU in the Capaian sheet is below 0.',
    fix: 'Perbaiki angkanya; realisasi tidak mungkin kurang dari 0 (kemungkinan tanda minus terketik).',
  },
  'referensi-hibah-ganda': {
    meaning: 'Error: two hibah in hibah.yaml share a kode.',
    fix: 'Beri setiap hibah di hibah.yaml kode sendiri.',
  },
  'referensi-hibah-iku': {
    meaning:
      'Error: a use (penggunaan) of a hibah in hibah.yaml for the report year names a kodeIku that is not in iku.yaml.',
    fix: 'Tulis kode IKU yang ada di iku.yaml, atau hapus kodeIku dari penggunaan itu.',
  },
  'referensi-hibah-melebihi': {
    meaning:
      "hibah.yaml: an error when a hibah's realisasi over all years exceeds its NPHD amount (jumlah); a warning when only its planned pagu over all years does.",
    fix: 'Periksa realisasi dan pagu per tahun di hibah.yaml, atau nilai hibah (jumlah) bila NPHD diadendum.',
  },
  'referensi-hibah-tahun': {
    meaning: "Error: a use (penggunaan) of a hibah in hibah.yaml is dated outside the hibah's periode.",
    fix: 'Perbaiki tahun penggunaan itu atau periode hibah di hibah.yaml.',
  },
  'referensi-iku-ganda': {
    meaning: 'Error: two indicators in iku.yaml share a kode.',
    fix: 'Beri setiap IKU di iku.yaml kode sendiri.',
  },
  'referensi-iku-tidak-dikenal': {
    meaning: 'Error: an indicator of a sasaran in renstra.yaml names a kodeIku that is not in iku.yaml.',
    fix: 'Tambahkan IKU itu ke iku.yaml, atau perbaiki kodenya di renstra.yaml.',
  },
  'referensi-kategori-tidak-terjangkau': {
    meaning:
      'Warning, on laporan.yaml: a band of kebijakan.skalaKategori starts above 100 (lebihDari ≥ 100 or min > 100) while batasCapaian100 is true and kategoriDari is dibatasi, so no indicator can reach it.',
    fix: 'Tulis kategoriDari: mentah di laporan.yaml agar kategori diambil dari capaian sebelum dibatasi, atau hapus pita kategori itu.',
  },
  'referensi-program-tidak-dikenal': {
    meaning:
      'Warning: a program of iku.yaml → program is not in renstra.yaml → program; budget lines of that program are then refused (program-tidak-dikenal).',
    fix: 'Tambahkan program itu ke daftar program di renstra.yaml, atau perbaiki kodenya di iku.yaml.',
  },
  'referensi-sasaran-tidak-dikenal': {
    meaning: 'Error: an indicator in iku.yaml names a sasaran that renstra.yaml does not list.',
    fix: 'Tulis salah satu kode sasaran yang ada di renstra.yaml (disebut di pesan).',
  },
  'referensi-sumber-dana-tidak-dikenal': {
    meaning: 'Error: a hibah in hibah.yaml names a sumberDana whose code is not in laporan.yaml → sumberDana.',
    fix: 'Tambahkan sumber dana itu di laporan.yaml, atau perbaiki kodenya di hibah.yaml.',
  },
  'referensi-tahun-berbeda': {
    meaning:
      "Error: iku.yaml → tahun is not the report year (laporan.yaml → tahun), or the tahun inside next year's `iku-<tahun>.yaml` differs from the year in its name.",
    fix: 'Gunakan iku.yaml tahun laporan; untuk `iku-<tahun>.yaml`, isi tahun sesuai nama berkasnya.',
  },
  'referensi-tahun-di-luar-renstra': {
    meaning: 'Warning, on renstra.yaml: the report year (laporan.yaml → tahun) is outside renstra.yaml → periode.',
    fix: 'Periksa apakah renstra.yaml yang dipakai adalah Renstra yang periodenya mencakup tahun laporan.',
  },
  'referensi-tidak-sesuai': {
    meaning:
      'Error: a reference YAML file (laporan.yaml, renstra.yaml, iku.yaml, or an optional hibah.yaml, evaluasi-sakip.yaml, prestasi.yaml, `iku-<tahun>.yaml`) is empty or does not match its schema (missing key, wrong type, value not allowed); one per problem, naming the key.',
    fix: 'Perbaiki isian yang disebut (kunci dan barisnya ada di pesan) mengikuti contoh berkas yang sama di data contoh.',
  },
  'referensi-unit-tidak-dikenal': {
    meaning: 'Error: an indicator in iku.yaml names a unit whose code is not in laporan.yaml → unitKerja.',
    fix: 'Tulis salah satu kode unit yang ada di unitKerja laporan.yaml, atau tambahkan unit itu di sana.',
  },
  'rencana-aksi-menurun': {
    meaning:
      'Warning (error in a final report), on iku.yaml: for an IKU with agregasi kumulatif, a quarterly target (targetTriwulan) is below an earlier one.',
    fix: 'Perbaiki targetTriwulan di iku.yaml sesuai Rencana Aksi yang ditandatangani; target kumulatif tidak boleh turun.',
  },
  'rencana-aksi-tidak-sesuai': {
    meaning:
      'Warning (error in a final report), on iku.yaml: the quarterly targets (targetTriwulan) do not give the annual target under the agregasi (kumulatif: TW IV, jumlah: the sum, akhir: the last filled quarter, rata-rata: the mean); range targets are not checked.',
    fix: 'Perbaiki targetTriwulan atau target IKU itu di iku.yaml sesuai Rencana Aksi yang ditandatangani.',
  },
  'rentang-dipangkas': {
    meaning:
      "Warning: the dropdowns, merged cells, conditional formats and hyperlinks of a workbook cover more than 500.000 cells (WORKBOOK_LIMITS.rangeCells), so they are trimmed to the area the sheet's cells use before reading; the file itself is not changed.",
    fix: 'Tidak wajib. Agar berkas ringan dibuka, batasi rentang yang disebut ke tabel saja lalu simpan.',
  },
  'rentang-terlalu-luas': {
    meaning:
      'Error: even trimmed to the used area, the dropdowns, merged cells, conditional formats and hyperlinks of a workbook cover more than 500.000 cells (WORKBOOK_LIMITS.rangeCells); it is not read.',
    fix: 'Batasi rentang yang disebut ke baris dan kolom tabel, hapus isi sel yang jauh di luar tabel, simpan, lalu kirim ulang.',
  },
  'rumus-tanpa-hasil': {
    meaning:
      'Error: a cell read as text or number holds a formula whose value was never calculated (a file written by a program other than Excel or LibreOffice).',
    fix: 'Buka dan simpan ulang berkas di Excel atau LibreOffice agar nilainya terhitung, atau ketik nilainya langsung.',
  },
  'salinan-koreksi-gagal': {
    meaning:
      'Warning: the correction copy of a workbook (cells coloured and annotated, under output/pemeriksaan/) could not be made; its problems are still in the check report.',
    fix: 'Kirim laporan pemeriksaan unit itu saja; unit memperbaiki langsung di buku kerja aslinya.',
  },
  'satuan-berbeda': {
    meaning:
      "Warning: the Satuan in a Capaian row differs from the IKU's satuan in iku.yaml (case and spaces ignored, persen = %).",
    fix: 'Ganti Satuan sesuai daftar IKU dan pastikan angkanya memakai satuan itu.',
  },
  'sel-galat': {
    meaning:
      'Error: a cell lkj reads (text or number, in any of the four sheets) holds an Excel error value (#REF!, #N/A, #DIV/0! …).',
    fix: 'Perbaiki rumus di sel itu, atau ketik isinya langsung.',
  },
  'sel-terlalu-banyak': {
    meaning:
      'Error: the sheets of a workbook hold more than 300.000 cells together (WORKBOOK_LIMITS.cells); it is not read.',
    fix: 'Salin isi sheet Identitas, Capaian, Analisis dan Anggaran ke templat buku kerja yang baru (npm run templates), lalu kirim ulang.',
  },
  'sheet-terlalu-banyak': {
    meaning: 'Error: a workbook has more than 50 sheets (WORKBOOK_LIMITS.sheets); it is not read.',
    fix: 'Hapus sheet yang tidak dipakai, atau salin isi keempat sheet LKj ke templat buku kerja yang baru, lalu kirim ulang.',
  },
  'sheet-tersembunyi-kembar': {
    meaning:
      'Warning: a hidden (or very hidden) sheet has the name of one of the four sheets (or an accepted spelling) while a visible sheet has it too; the visible one is read.',
    fix: 'Hapus sheet tersembunyi itu bila tidak dipakai (klik kanan tab sheet → Unhide untuk melihatnya).',
  },
  'sheet-tidak-ada': {
    meaning:
      'Error: the Identitas, Capaian, Analisis or Anggaran sheet is missing (case and accepted spellings ignored); a workbook with none of the four is not read at all.',
    fix: 'Beri nama sheet seperti di templat (pesan menyebut sheet yang ada), atau salin isinya ke templat buku kerja terbaru (npm run templates).',
  },
  'sumber-dana-tidak-dikenal': {
    meaning:
      'Error: the Sumber Dana cell of a budget line is neither a code nor a name of laporan.yaml → sumberDana (an empty cell means the first source, the DIPA).',
    fix: 'Tulis salah satu kode sumber dana yang disebut di pesan, atau kosongkan sel itu untuk DIPA.',
  },
  'tahun-berbeda': {
    meaning:
      'Error: the Tahun in the Identitas sheet cannot be read as a four-digit year, or is not the report year (laporan.yaml → tahun).',
    fix: 'Pastikan buku kerja itu untuk tahun laporan, lalu isi Tahun di sheet Identitas dengan tahun laporan.',
  },
  'tahun-kosong': {
    meaning: 'Warning: the Tahun in the Identitas sheet is empty (or its label is missing).',
    fix: 'Isi Tahun di sheet Identitas dengan tahun laporan.',
  },
  'target-berbeda': {
    meaning:
      'Error: the Target in a Capaian row differs from the PK target of the IKU in iku.yaml (a range target is compared as written, 80–90).',
    fix: 'Ganti Target dengan target Perjanjian Kinerja yang disebut di pesan; bila PK berubah, yang diperbarui adalah iku.yaml.',
  },
  'target-kosong': {
    meaning: 'Info: the Target in a Capaian row is empty; the PK target from iku.yaml is used.',
    fix: 'Tidak wajib. Agar buku kerja lengkap, isi Target dengan target Perjanjian Kinerja.',
  },
  'teks-terlalu-lebar': {
    meaning:
      'Warning, at the workbook cell the text comes from (else on "laporan"): a printed text (a long word, link or number) is wider than the page even after break points were added; it is printed past the right margin.',
    fix: 'Sisipkan spasi pada teks itu atau persingkat (di sel atau narasi asalnya), lalu susun ulang laporan.',
  },
  'triwulan-akhir-berbeda': {
    meaning:
      'Warning (error in a final report), at the Realisasi cell: for an IKU with agregasi akhir, the annual Realisasi differs from the last filled quarter.',
    fix: 'Samakan Realisasi tahunan dengan triwulan terakhir yang diisi, atau isi triwulan yang belum diisi.',
  },
  'triwulan-iv-berbeda': {
    meaning:
      'Warning (error in a final report), at the Realisasi cell: for an IKU with agregasi kumulatif, the annual Realisasi differs from Realisasi TW IV.',
    fix: 'Samakan Realisasi tahunan dengan Realisasi TW IV; pada indikator kumulatif keduanya sama.',
  },
  'triwulan-menurun': {
    meaning: 'Warning: for an IKU with agregasi kumulatif, a Realisasi TW is below the previous filled quarter.',
    fix: 'Isi setiap triwulan dengan nilai sampai dengan triwulan itu (kumulatif), bukan nilai triwulan itu saja.',
  },
  'unit-ganda': {
    meaning:
      'Error, on the Identitas sheet of the later file: two workbooks name the same unit in their Identitas sheet.',
    fix: 'Pakai berkas yang terbaru: pindahkan berkas yang lama keluar dari folder masukan, lalu periksa lagi.',
  },
  'unit-kosong': {
    meaning: 'Error: Unit Kerja in the Identitas sheet is empty (or its label is missing).',
    fix: 'Isi Unit Kerja di sheet Identitas dengan nama unit seperti di laporan.yaml (pesan menyebut daftarnya).',
  },
  'unit-tidak-dikenal': {
    meaning:
      'Error: Unit Kerja in the Identitas sheet matches no nama, kode or alias of laporan.yaml → unitKerja (case, spacing and punctuation ignored).',
    fix: 'Tulis nama unit seperti di laporan.yaml; bila ejaan lain itu memang dipakai, tambahkan sebagai alias unit di laporan.yaml.',
  },
  'yaml-alias-berlebihan': {
    meaning:
      'Error: a YAML file expands more than 100 aliases (`*nama`) when read (TEXT_LIMITS.yamlAliases; an alias bomb).',
    fix: 'Tulis nilainya langsung, tanpa alias (`&nama` lalu `*nama`).',
  },
  'yaml-tidak-valid': {
    meaning:
      'Error: a YAML file cannot be parsed (indentation, tab, colon, quotes, a key written twice); one per problem, with line and column.',
    fix: 'Perbaiki penulisan YAML pada baris yang disebut (indentasi dengan spasi, titik dua, tanda kutip), lalu jalankan ulang.',
  },
} as const satisfies Record<string, Rule>;

/** A rule code of the catalogue. */
export type RuleCode = keyof typeof RULES;
