/**
 * The exact message a user sees for each kind of bad input, with its file, sheet, cell and rule. A change of
 * wording shows here first: these sentences are what a Pelaksana reads and acts on.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Diagnostic } from '../../pipeline/diagnostic.ts';
import { formatDiagnostics } from '../../pipeline/format-diagnostics.ts';
import { checkFolders } from '../../pipeline/cli/check-folders.ts';
import { terminalSafe } from '../../pipeline/cli/terminal-safe.ts';
import { readWorkbookFile } from '../../pipeline/load/load-inputs.ts';
import { loadInputs } from '../fixtures/load-inputs.ts';
import { narrativeDiagnostics } from '../../pipeline/render/narasi-slots.ts';
import { validateWorkbook } from '../../pipeline/validate/validate-workbook.ts';
import { mergeDataset } from '../../pipeline/merge/merge-dataset.ts';
import { checkEfficiencyCoverage, checkPkBudget } from '../../pipeline/validate/check-budget-plan.ts';
import { checkCapaianPlausible } from '../../pipeline/validate/check-capaian-plausible.ts';
import { checkNarrativeClaims } from '../../pipeline/validate/check-narrative-claims.ts';
import { checkSuccessClaims } from '../../pipeline/validate/check-success-claims.ts';
import { checkTriwulan } from '../../pipeline/validate/check-triwulan.ts';
import { validateReference } from '../../pipeline/validate/validate-reference.ts';
import type { CapaianRow } from '../../schemas/division.ts';
import type { IkuIndikator } from '../../schemas/iku.ts';
import type { Reference } from '../../schemas/reference.ts';
import { crossCheck } from '../../pipeline/validate/cross-check.ts';
import { applyFinalStatus } from '../../pipeline/validate/apply-final-status.ts';
import { finalReadiness, LOGO_CONTOH_MARK } from '../../pipeline/validate/final-readiness.ts';
import { checkDivision, iku01Row } from '../fixtures/check-division.ts';
import type { DivisionInput } from '../fixtures/division-workbook.ts';
import { referenceYaml, testReference } from '../fixtures/reference.ts';
import { removeTempDirs, tempDir } from '../fixtures/write-workbook.ts';
import * as bad from './bad-files.ts';
import { ALIAS_BOMB, hiddenTwin, loadChanged, notAFile } from './input-mistakes.ts';
import { workbookWithRange } from './range-files.ts';
import { SHIPPED_WORKER } from '../helpers/run-cli.ts';
import { narasiGambarDiagnostics } from '../../pipeline/render/narasi-gambar.ts';

afterAll(removeTempDirs);

const MiB = 1024 * 1024;

/** The one diagnostic with `rule` (failing when there are none or several), without `expected`/`actual`. */
function one(ds: readonly Diagnostic[], rule: string): Omit<Diagnostic, 'expected' | 'actual'> {
  const found = ds.filter((d) => d.rule === rule);
  expect(
    found.map((d) => d.rule),
    JSON.stringify(ds, null, 1),
  ).toEqual([rule]);
  const { expected: _e, actual: _a, ...rest } = found[0] as Diagnostic;
  return rest;
}

/** Loads an inputs folder holding the reference files, one good workbook and `bytes` as `name`. */
async function loadWith(name: string, bytes: Buffer): Promise<Diagnostic[]> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'laporan.yaml'), stringify(referenceYaml.config));
  await writeFile(path.join(dir, 'renstra.yaml'), stringify(referenceYaml.renstra));
  await writeFile(path.join(dir, 'iku.yaml'), stringify(referenceYaml.iku));
  await writeFile(path.join(dir, 'divisi-baik.xlsx'), await bad.goodWorkbook());
  await writeFile(path.join(dir, name), bytes);
  const loaded = await loadInputs(dir);
  // The other workbooks are still read.
  expect(loaded.workbooks.map((w) => w.file)).toEqual(['divisi-baik.xlsx']);
  return loaded.diagnostics;
}

const checked = async (input: DivisionInput) => (await checkDivision(input)).diagnostics;

describe('files that are not a readable .xlsx', () => {
  const cases: [string, string, () => Buffer | Promise<Buffer>, string, string][] = [
    [
      'an old .xls',
      'divisi-lama.xls',
      () => bad.xlsRenamed(),
      'format-tidak-didukung',
      'Berkas divisi-lama.xls berformat .xls yang tidak dapat dibaca. Buka di Excel atau LibreOffice, pilih "Simpan Sebagai" → "Excel Workbook (.xlsx)", lalu hapus berkas lamanya.',
    ],
    [
      'a LibreOffice .ods',
      'divisi.ods',
      () => bad.odsRenamed(),
      'format-tidak-didukung',
      'Berkas divisi.ods berformat .ods yang tidak dapat dibaca. Buka di Excel atau LibreOffice, pilih "Simpan Sebagai" → "Excel Workbook (.xlsx)", lalu hapus berkas lamanya.',
    ],
    [
      'a .csv',
      'capaian.csv',
      () => bad.csvRenamed(),
      'format-tidak-didukung',
      'Berkas capaian.csv berformat .csv yang tidak dapat dibaca. Buka di Excel atau LibreOffice, pilih "Simpan Sebagai" → "Excel Workbook (.xlsx)", lalu hapus berkas lamanya.',
    ],
    [
      'a macro workbook .xlsm',
      'divisi.xlsm',
      () => bad.goodWorkbook(),
      'format-tidak-didukung',
      'Berkas divisi.xlsm berformat .xlsm yang tidak dapat dibaca. Buka di Excel atau LibreOffice, pilih "Simpan Sebagai" → "Excel Workbook (.xlsx)", lalu hapus berkas lamanya.',
    ],
    [
      'an .xls renamed to .xlsx',
      'divisi.xlsx',
      () => bad.xlsRenamed(),
      'format-tidak-didukung',
      'Berkas divisi.xlsx bernama .xlsx tetapi isinya berformat Excel 97–2003 (.xls). Buka di Excel atau LibreOffice, lalu simpan ulang sebagai "Excel Workbook (.xlsx)".',
    ],
    [
      'an .ods renamed to .xlsx',
      'divisi.xlsx',
      () => bad.odsRenamed(),
      'format-tidak-didukung',
      'Berkas divisi.xlsx bernama .xlsx tetapi isinya berformat OpenDocument (.ods). Buka di Excel atau LibreOffice, lalu simpan ulang sebagai "Excel Workbook (.xlsx)".',
    ],
    [
      'a CSV renamed to .xlsx',
      'divisi.xlsx',
      () => bad.csvRenamed(),
      'berkas-rusak',
      'Berkas divisi.xlsx tidak dapat dibaca: isinya teks biasa (misalnya CSV atau halaman web yang diberi nama .xlsx). Buka di Excel atau LibreOffice, lalu simpan ulang sebagai "Excel Workbook (.xlsx)".',
    ],
    [
      'a Word document renamed to .xlsx',
      'divisi.xlsx',
      () => bad.docxRenamed(),
      'berkas-rusak',
      'Berkas divisi.xlsx adalah berkas ZIP tetapi bukan buku kerja Excel. Kemungkinan berkas yang terkirim keliru: minta unit pengirim mengirim buku kerja LKj-nya (.xlsx), lalu ganti berkas ini.',
    ],
    [
      'a workbook exceljs cannot read',
      'divisi.xlsx',
      () => bad.unreadableXml(),
      'berkas-rusak',
      'Berkas divisi.xlsx tidak dapat dibaca sebagai .xlsx (rusak, tidak dapat dibuka, atau sebenarnya format lain). Buka di Excel atau LibreOffice, lalu simpan ulang sebagai "Excel Workbook (.xlsx)".',
    ],
    [
      'an empty file',
      'divisi.xlsx',
      () => Buffer.alloc(0),
      'berkas-kosong',
      'Berkas divisi.xlsx kosong (0 bita); kemungkinan penyalinan atau pengunduhannya gagal. Minta unit pengirim mengirim ulang berkasnya, lalu ganti berkas ini.',
    ],
    [
      'a truncated file',
      'divisi.xlsx',
      () => bad.truncatedWorkbook(),
      'berkas-terpotong',
      'Berkas divisi.xlsx tidak utuh: bagian akhirnya hilang, kemungkinan karena pengunduhan atau penyalinan terputus. Minta unit pengirim mengirim ulang berkasnya, lalu ganti berkas ini.',
    ],
    [
      'a corrupt file',
      'divisi.xlsx',
      () => bad.corruptWorkbook(),
      'berkas-rusak',
      'Berkas divisi.xlsx rusak sehingga tidak dapat dibaca. Buka di Excel atau LibreOffice, lalu simpan ulang sebagai "Excel Workbook (.xlsx)". Jika berkas tidak dapat dibuka, minta unit pengirim mengirim ulang berkasnya.',
    ],
    [
      'a password-protected workbook',
      'divisi.xlsx',
      () => bad.encryptedWorkbook(),
      'berkas-terkunci',
      'Berkas divisi.xlsx dilindungi kata sandi sehingga tidak dapat dibaca. Buka di Excel, pilih File → Info → Protect Workbook → Encrypt with Password, hapus kata sandinya hingga kosong, klik OK, lalu simpan.',
    ],
    [
      'a file over 20 MB',
      'divisi.xlsx',
      () => Buffer.alloc(21 * MiB),
      'berkas-terlalu-besar',
      'Berkas divisi.xlsx berukuran 21 MB, melebihi batas 20 MB untuk satu buku kerja. Hapus gambar, sheet dan baris yang tidak dipakai, lalu simpan ulang.',
    ],
    [
      'a ZIP bomb whose directory lies',
      'divisi.xlsx',
      () => bad.zipBombLying(),
      'isi-terlalu-besar',
      'Berkas divisi.xlsx tidak diperiksa karena isinya membengkak tidak wajar ketika dibuka (bagian xl/media/image1.png: rasio lebih dari 200 : 1, batas 200 : 1). Buku kerja biasa tidak seperti ini; berkas ini mungkin rusak atau sengaja dibuat berbahaya (bom ZIP). Minta unit pengirim mengirim ulang berkasnya, lalu ganti berkas ini.',
    ],
    [
      'a workbook with 60 sheets',
      'divisi.xlsx',
      () => bad.manySheets(60),
      'sheet-terlalu-banyak',
      'Berkas divisi.xlsx berisi 60 sheet, melebihi batas 50 sheet. Buku kerja LKj cukup berisi sheet Identitas, Capaian, Analisis dan Anggaran; salin isinya ke templat buku kerja yang baru lalu kirim ulang.',
    ],
    [
      'a workbook of 2 001 parts',
      'divisi.xlsx',
      () => bad.manyParts(2001),
      'isi-terlalu-besar',
      'Berkas divisi.xlsx terdiri atas 2.001 bagian, melebihi batas 2.000. Buku kerja LKj cukup berisi sheet Identitas, Capaian, Analisis dan Anggaran; salin isinya ke templat buku kerja yang baru lalu kirim ulang.',
    ],
    [
      'a sheet of a million rows',
      'divisi.xlsx',
      () => bad.bigAnggaran(1_000_000, 1),
      'baris-terlalu-banyak',
      'Sheet "Anggaran" di berkas divisi.xlsx berisi lebih dari 20.000 baris (termasuk baris kosong yang diberi format). Hapus baris yang tidak dipakai di bawah tabel (pilih barisnya, klik kanan → Delete), lalu simpan ulang.',
    ],
    [
      '310 000 cells',
      'divisi.xlsx',
      () => bad.bigAnggaran(10_000, 31),
      'sel-terlalu-banyak',
      'Berkas divisi.xlsx berisi lebih dari 300.000 sel. Buku kerja LKj cukup berisi sheet Identitas, Capaian, Analisis dan Anggaran; salin isinya ke templat buku kerja yang baru lalu kirim ulang.',
    ],
  ];
  for (const [what, name, make, rule, message] of cases) {
    it(`${what}: ${rule}`, async () => {
      expect(one(await loadWith(name, await make()), rule)).toEqual({
        severity: 'error',
        rule,
        file: name,
        message,
        ...(rule === 'baris-terlalu-banyak' ? { sheet: 'Anggaran' } : {}),
      });
    });
  }

  it('a ZIP bomb that says what it is: isi-terlalu-besar, with its ratio', async () => {
    const ds = await loadWith('divisi.xlsx', await bad.zipBombHonest());
    const d = one(ds, 'isi-terlalu-besar');
    expect(d.message).toMatch(
      /^Berkas divisi\.xlsx tidak diperiksa karena isinya membengkak tidak wajar ketika dibuka \(bagian xl\/media\/image1\.png: rasio \d{1,3}(\.\d{3})* : 1, batas 200 : 1\)\. Buku kerja biasa tidak seperti ini; berkas ini mungkin rusak atau sengaja dibuat berbahaya \(bom ZIP\)\. Minta unit pengirim mengirim ulang berkasnya, lalu ganti berkas ini\.$/,
    );
  });
});

const IKU04 = ['IKU-04', 'Tingkat partisipasi pemilih', '%', 77.5, null, null, null, 66.05, 66.05, 'Sirekap', ''];
const FILE = 'divisi-hukum.xlsx';
const inSheet = (sheet: string, cell?: string) => ({ file: FILE, sheet, ...(cell ? { cell } : {}) });

describe('a workbook stopped by the limits of its reading (worker thread)', () => {
  const checkOne = async (limits: { timeMs: number; memoryMb: number }) => {
    const { WorkbookPool } = await import('../../pipeline/check/workbook-pool.ts');
    const dir = await tempDir();
    await writeFile(path.join(dir, 'divisi-lambat.xlsx'), await bad.goodWorkbook());
    const pool = new WorkbookPool(1, limits, SHIPPED_WORKER);
    try {
      const checked = await pool.check(dir, 'divisi-lambat.xlsx', testReference());
      // The pool's promise (test/unit/workbook-pool.test.ts): a stopped worker costs only its workbook, as an error
      // diagnostic, never a missing result. Asserted here for both limits, so the pool tests start no worker of
      // their own to run out of memory.
      expect(checked).toMatchObject({ file: 'divisi-lambat.xlsx', read: false, division: null });
      expect(checked.diagnostics).toHaveLength(1);
      return checked.diagnostics;
    } finally {
      await pool.close();
    }
  };

  it('over the time limit: pembacaan-terlalu-lama', async () => {
    expect(one(await checkOne({ timeMs: 1, memoryMb: 1024 }), 'pembacaan-terlalu-lama')).toEqual({
      severity: 'error',
      rule: 'pembacaan-terlalu-lama',
      file: 'divisi-lambat.xlsx',
      message:
        'Berkas divisi-lambat.xlsx tidak selesai dibaca dalam 0,001 detik sehingga pemeriksaannya dihentikan. Buku kerja LKj biasa terbaca dalam kurang dari satu detik; kemungkinan berkas ini berisi validasi data, format atau sel gabungan yang mencakup seluruh sheet. Salin isinya ke templat buku kerja yang baru, lalu kirim ulang.',
    });
  });

  it('over the memory limit: pembacaan-terlalu-besar', async () => {
    expect(one(await checkOne({ timeMs: 60_000, memoryMb: 8 }), 'pembacaan-terlalu-besar')).toEqual({
      severity: 'error',
      rule: 'pembacaan-terlalu-besar',
      file: 'divisi-lambat.xlsx',
      message:
        'Berkas divisi-lambat.xlsx membutuhkan lebih dari 8 MB memori untuk dibaca sehingga pemeriksaannya dihentikan. Hapus sheet, baris, gambar dan format yang tidak dipakai, atau salin isinya ke templat buku kerja yang baru, lalu kirim ulang.',
    });
  });
});

describe('the printed report', () => {
  it('something wider than its page even after wrapping: teks-terlalu-lebar (warning), naming the text and its cell', async () => {
    const { tooWideDiagnostic } = await import('../../pipeline/print/fit-to-page.ts');
    expect(tooWideDiagnostic({ text: 'Kotak lebar', source: 'divisi-x.xlsx, Analisis!B7', overMm: 86 })).toEqual({
      severity: 'warning',
      rule: 'teks-terlalu-lebar',
      file: 'divisi-x.xlsx',
      sheet: 'Analisis',
      cell: 'B7',
      message:
        'Teks "Kotak lebar" (sumber: divisi-x.xlsx, Analisis!B7) lebih lebar dari halaman (menonjol 86 mm) walaupun sudah dipenggal; bagian itu dicetak melewati batas kanan halaman. Sisipkan spasi pada teks itu atau persingkat, lalu susun ulang laporan.',
    });
  });
});

describe('cells of a division workbook', () => {
  it('a realisasi that is not a number: bukan-angka', async () => {
    expect(one(await checked({ capaian: [iku01Row('sembilan puluh'), IKU04 as never] }), 'bukan-angka')).toEqual({
      severity: 'error',
      rule: 'bukan-angka',
      ...inSheet('Capaian', 'I7'),
      message:
        'Realisasi "sembilan puluh" bukan angka. Isi dengan angka persen, misalnya 85 atau 85,5 (boleh dengan tanda "%").',
    });
  });

  it('a count that is not a number: bukan-angka, with a whole-number example in the satuan', async () => {
    const ds = await checked({
      unit: 'Bagian Keuangan, Umum dan Logistik',
      capaian: [['IKU-03', 'Jumlah laporan keuangan yang disusun tepat waktu', 'Lap', 2, 0, 1, 0, 1, 'dua', '', '']],
      analisis: [['IKU-03', 'Tepat waktu', 'Jadwal', 'Akuntansi']],
    });
    expect(one(ds, 'bukan-angka')).toEqual({
      severity: 'error',
      rule: 'bukan-angka',
      ...inSheet('Capaian', 'I7'),
      message: 'Realisasi "dua" bukan angka. Isi dengan bilangan bulat, misalnya 12 (boleh ditulis "12 Lap").',
    });
  });

  it("numbers on a row without a code: kode-iku-kosong, pointing at the unit's own codes only", async () => {
    const ds = await checked({
      capaian: [iku01Row(100), IKU04 as never, ['', '', '', null, null, null, null, 50, 50, '', ''] as never],
    });
    expect(one(ds, 'kode-iku-kosong')).toEqual({
      severity: 'error',
      rule: 'kode-iku-kosong',
      ...inSheet('Capaian', 'A9'),
      message:
        'Baris 9 berisi angka tetapi Kode IKU kosong. Jika angka itu milik IKU unit ini, isi dengan salah satu kode IKU unit ini (IKU-01, IKU-04); jika bukan, hapus isi baris ini. Jangan memakai kode IKU unit lain.',
    });
  });

  it('a formula saved without its result: rumus-tanpa-hasil', async () => {
    expect(one(await checked({ capaian: [iku01Row({ formula: 'H7' }), IKU04 as never] }), 'rumus-tanpa-hasil')).toEqual(
      {
        severity: 'error',
        rule: 'rumus-tanpa-hasil',
        ...inSheet('Capaian', 'I7'),
        message:
          'Kolom Realisasi berisi rumus =H7 yang nilainya belum dihitung (berkas kemungkinan dibuat oleh program lain). Buka berkas ini di Excel atau LibreOffice lalu simpan ulang agar nilainya terhitung.',
      },
    );
  });

  it('an IKU code not in iku.yaml: iku-tidak-dikenal', async () => {
    expect(
      one(await checked({ capaian: [iku01Row(100), ['IKU-99', ...IKU04.slice(1)] as never] }), 'iku-tidak-dikenal'),
    ).toEqual({
      severity: 'error',
      rule: 'iku-tidak-dikenal',
      ...inSheet('Capaian', 'A8'),
      message:
        'Kode IKU "IKU-99" tidak ada dalam daftar IKU tahun 2024. Kode IKU untuk Divisi Hukum dan Pengawasan: IKU-01, IKU-04.',
    });
  });

  it('an indicator name and a satuan that differ from the IKU: warnings naming the expected text', async () => {
    const ds = await checked({
      capaian: [
        iku01Row(100, { 1: 'Persentase produk hukum' }),
        ['IKU-04', 'Tingkat partisipasi pemilih', 'persen (%)', ...IKU04.slice(3)] as never,
      ],
    });
    expect(one(ds, 'indikator-berbeda')).toEqual({
      severity: 'warning',
      rule: 'indikator-berbeda',
      ...inSheet('Capaian', 'B7'),
      message:
        'Nama indikator berbeda dengan IKU-01 di daftar IKU. Tertulis "Persentase produk hukum", seharusnya "Persentase produk hukum yang dipublikasikan di JDIH". Salin nama indikator dari daftar IKU.',
    });
    expect(one(ds, 'satuan-berbeda')).toEqual({
      severity: 'warning',
      rule: 'satuan-berbeda',
      ...inSheet('Capaian', 'C8'),
      message:
        'Satuan "persen (%)" berbeda dengan satuan IKU-04 di daftar IKU ("%"). Ganti menjadi "%" dan pastikan angkanya memakai satuan itu.',
    });
  });

  it('a target that is not the PK target: target-berbeda', async () => {
    expect(one(await checked({ capaian: [iku01Row(100, { 3: 90 }), IKU04 as never] }), 'target-berbeda')).toEqual({
      severity: 'error',
      rule: 'target-berbeda',
      ...inSheet('Capaian', 'D7'),
      message:
        'Target IKU-01 tertulis 90, padahal target Perjanjian Kinerja 100%. Ganti dengan 100; jika PK berubah, minta iku.yaml diperbarui.',
    });
  });

  it('a cumulative indicator whose quarters go down: triwulan-menurun', async () => {
    const ds = await checked({
      unit: 'Divisi Datin',
      capaian: [
        [
          'IKU-02',
          'Persentase KPU Kab/Kota yang melaksanakan PDPB tepat waktu',
          '%',
          100,
          25,
          50,
          40,
          100,
          100,
          '',
          '',
        ],
      ],
      analisis: [['IKU-02', 'Pemutakhiran rutin', 'Pendampingan', 'PDPB']],
    });
    expect(one(ds, 'triwulan-menurun')).toEqual({
      severity: 'warning',
      rule: 'triwulan-menurun',
      ...inSheet('Capaian', 'G7'),
      message:
        'Realisasi TW III (40) lebih kecil dari TW II (50), padahal IKU-02 dihitung kumulatif sehingga nilainya tidak boleh turun. Isi nilai sampai dengan triwulan itu, bukan nilai triwulan itu saja.',
    });
  });

  it('summed quarters that miss the annual figure: jumlah-triwulan-berbeda', async () => {
    const ds = await checked({
      unit: 'Bagian Keuangan, Umum dan Logistik',
      capaian: [['IKU-03', 'Jumlah laporan keuangan yang disusun tepat waktu', 'Lap', 2, 0, 1, 0, 0, 2, '', '']],
      analisis: [['IKU-03', 'Tepat waktu', 'Jadwal', 'Akuntansi']],
    });
    expect(one(ds, 'jumlah-triwulan-berbeda')).toEqual({
      severity: 'warning',
      rule: 'jumlah-triwulan-berbeda',
      ...inSheet('Capaian', 'I7'),
      message:
        'Jumlah Realisasi TW I–IV IKU-03 adalah 1, tidak sama dengan Realisasi tahunan 2. Indikator ini dihitung dengan menjumlahkan triwulan: perbaiki angka triwulan yang salah, atau samakan Realisasi tahunan dengan jumlahnya.',
    });
  });

  it('an indicator reported twice in one workbook: iku-ganda', async () => {
    expect(one(await checked({ capaian: [iku01Row(100), IKU04 as never, iku01Row(90)] }), 'iku-ganda')).toEqual({
      severity: 'error',
      rule: 'iku-ganda',
      ...inSheet('Capaian', 'A9'),
      message:
        'IKU-01 sudah diisi di baris 7; baris 9 mengisinya lagi. Gabungkan menjadi satu baris dan hapus yang lain.',
    });
  });

  it('a unit not in laporan.yaml: unit-tidak-dikenal', async () => {
    expect(one(await checked({ unit: 'Divisi Antah Berantah' }), 'unit-tidak-dikenal')).toEqual({
      severity: 'error',
      rule: 'unit-tidak-dikenal',
      ...inSheet('Identitas', 'B1'),
      message:
        'Unit Kerja "Divisi Antah Berantah" tidak dikenal. Tulis nama unit seperti di laporan.yaml, salah satu dari: Divisi Hukum dan Pengawasan; Divisi Data dan Informasi; Bagian Keuangan, Umum dan Logistik.',
    });
  });

  it('the wrong year: tahun-berbeda', async () => {
    expect(one(await checked({ tahun: 2023 }), 'tahun-berbeda')).toEqual({
      severity: 'error',
      rule: 'tahun-berbeda',
      ...inSheet('Identitas', 'B2'),
      message:
        'Tahun 2023 berbeda dengan tahun laporan 2024. Pastikan ini buku kerja tahun 2024, lalu perbaiki isian Tahun.',
    });
  });

  it('budget realisasi above pagu: realisasi-melebihi-pagu (warning)', async () => {
    expect(
      one(
        await checked({ anggaran: [['076.01.WA.2345', 'Dukungan manajemen', 150000000, 160000000, 'IKU-01']] }),
        'realisasi-melebihi-pagu',
      ),
    ).toEqual({
      severity: 'warning',
      rule: 'realisasi-melebihi-pagu',
      ...inSheet('Anggaran', 'D6'),
      message:
        'Realisasi 160.000.000 melebihi pagu 150.000.000 untuk 076.01.WA.2345. Perbaiki angka yang salah ketik; bila pagu direvisi, isi pagu menurut DIPA terakhir.',
    });
  });

  it('an empty pagu: pagu-kosong, and no second message comparing the realisasi with a pagu of 0', async () => {
    const ds = await checked({ anggaran: [['076.01.WA.2345', 'Dukungan manajemen', null, 160000000, 'IKU-01']] });
    expect(one(ds, 'pagu-kosong')).toEqual({
      severity: 'error',
      rule: 'pagu-kosong',
      ...inSheet('Anggaran', 'C6'),
      message: 'Pagu untuk 076.01.WA.2345 belum diisi. Isi pagu dalam rupiah sesuai DIPA, misalnya 1.250.000.000.',
    });
    expect(ds.map((d) => d.rule)).not.toContain('realisasi-melebihi-pagu');
  });

  it('a negative amount: anggaran-negatif', async () => {
    expect(
      one(
        await checked({ anggaran: [['076.01.WA.2345', 'Dukungan manajemen', 150000000, -5000000, 'IKU-01']] }),
        'anggaran-negatif',
      ),
    ).toEqual({
      severity: 'error',
      rule: 'anggaran-negatif',
      ...inSheet('Anggaran', 'D6'),
      message:
        'Realisasi untuk 076.01.WA.2345 bernilai negatif (-5.000.000). Isi dengan angka 0 atau lebih; pengembalian belanja dikurangkan dari realisasi.',
    });
  });

  it('a program code not in the Renstra: program-tidak-dikenal', async () => {
    expect(
      one(
        await checked({ anggaran: [['076.99.XX.2345', 'Dukungan manajemen', 150000000, 140000000, 'IKU-01']] }),
        'program-tidak-dikenal',
      ),
    ).toEqual({
      severity: 'error',
      rule: 'program-tidak-dikenal',
      ...inSheet('Anggaran', 'A6'),
      message:
        'Kode 076.99.XX.2345 tidak diawali kode program yang dikenal. Awali dengan kode program, salah satu dari: 076.01.WA, 076.01.CQ (misalnya 076.01.WA.2345).',
    });
  });

  it('a missing sheet: sheet-tidak-ada, naming the sheets there are', async () => {
    expect(one(await checked({ sheetNames: { Anggaran: 'Belanja' } }), 'sheet-tidak-ada')).toEqual({
      severity: 'error',
      rule: 'sheet-tidak-ada',
      ...inSheet('Anggaran'),
      message:
        'Sheet "Anggaran" tidak ditemukan. Sheet yang ada: "Petunjuk", "Identitas", "Capaian", "Analisis", "Belanja". Beri nama sheet "Anggaran" (huruf besar/kecil tidak berpengaruh) atau salin dari templat buku kerja terbaru.',
    });
  });

  it('a missing column: kolom-tidak-ada, naming the header row and other accepted titles', async () => {
    expect(one(await checked({ capaianSheet: { cells: { I6: 'Nilai' } } }), 'kolom-tidak-ada')).toEqual({
      severity: 'error',
      rule: 'kolom-tidak-ada',
      ...inSheet('Capaian'),
      message:
        'Kolom "Realisasi" tidak ditemukan di sheet Capaian (baris judul: 6). Tambahkan kolom berjudul "Realisasi" (boleh juga: "realisasi tahunan", "realisasi akhir", "realisasi tahun").',
    });
  });
});

describe('workbooks seen together, and with their capaian', () => {
  const ref = testReference();
  const division = async (input: DivisionInput, file: string) => {
    const { division: d } = await checkDivision(input, file);
    if (!d) throw new Error(`no division from ${file}`);
    return d;
  };

  it('an indicator reported by two workbooks: iku-ganda-antarberkas', async () => {
    const hukum = await division({}, 'divisi-hukum.xlsx');
    const datin = await division(
      { unit: 'Divisi Datin', capaian: [iku01Row(100)], analisis: [['IKU-01', 'a', 'b', 'c']] },
      'divisi-datin.xlsx',
    );
    expect(one(crossCheck([hukum, datin], ref), 'iku-ganda-antarberkas')).toEqual({
      severity: 'error',
      rule: 'iku-ganda-antarberkas',
      file: 'divisi-datin.xlsx',
      sheet: 'Capaian',
      cell: 'A7',
      message:
        'IKU-01 dilaporkan oleh dua buku kerja: divisi-hukum.xlsx (Capaian!A7) dan divisi-datin.xlsx (Capaian!A7). Satu IKU hanya dilaporkan oleh satu unit; hapus baris itu dari buku kerja yang bukan milik penanggung jawabnya (Divisi Hukum dan Pengawasan).',
    });
  });

  it('two files of one unit (a returned template beside an older file): one unit-ganda, no row-level errors', async () => {
    const lama = await division(
      { capaian: [iku01Row(90)], analisis: [['IKU-01', 'a', 'b', 'c']] },
      'divisi-hukum.xlsx',
    );
    const baru = await division(
      { capaian: [iku01Row(100)], analisis: [['IKU-01', 'a', 'b', 'c']] },
      'LKj-2024-divisi-hukum-dan-pengawasan.xlsx',
    );
    const ds = crossCheck([lama, baru], ref);
    expect(ds.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['unit-ganda']);
    expect(one(ds, 'unit-ganda')).toEqual({
      severity: 'error',
      rule: 'unit-ganda',
      file: 'LKj-2024-divisi-hukum-dan-pengawasan.xlsx',
      sheet: 'Identitas',
      message:
        'Dua berkas dari unit Divisi Hukum dan Pengawasan: divisi-hukum.xlsx (tanggal di Identitas: 10 Januari 2025) dan LKj-2024-divisi-hukum-dan-pengawasan.xlsx (tanggal di Identitas: 10 Januari 2025). Setiap unit hanya boleh satu berkas. Pakai yang terbaru: pindahkan berkas yang lama keluar dari folder masukan, lalu periksa lagi.',
    });
  });

  it("an IKU its unit did not report: iku-tidak-dilaporkan, on that unit's workbook", async () => {
    const hukum = await division(
      { capaian: [iku01Row(100)], analisis: [['IKU-01', 'a', 'b', 'c']] },
      'divisi-hukum.xlsx',
    );
    const ds = crossCheck([hukum], ref).filter((d) => d.file === 'divisi-hukum.xlsx');
    expect(one(ds, 'iku-tidak-dilaporkan')).toEqual({
      severity: 'warning',
      rule: 'iku-tidak-dilaporkan',
      file: 'divisi-hukum.xlsx',
      sheet: 'Capaian',
      message:
        'IKU-04 (Tingkat partisipasi pemilih) tidak dilaporkan oleh buku kerja mana pun; di laporan tercatat "belum diisi". Penanggung jawab: Divisi Hukum dan Pengawasan. Tambahkan baris IKU-04 di sheet Capaian buku kerja ini.',
    });
  });

  it('a unit that sent nothing: one iku-tidak-dilaporkan headed by the unit, not by iku.yaml', async () => {
    const hukum = await division(
      { capaian: [iku01Row(100)], analisis: [['IKU-01', 'a', 'b', 'c']] },
      'divisi-hukum.xlsx',
    );
    const ds = crossCheck([hukum], ref).filter((d) => d.file === 'Divisi Data dan Informasi (belum mengirim)');
    expect(one(ds, 'iku-tidak-dilaporkan')).toEqual({
      severity: 'warning',
      rule: 'iku-tidak-dilaporkan',
      file: 'Divisi Data dan Informasi (belum mengirim)',
      message:
        'Divisi Data dan Informasi belum mengirim buku kerja, jadi IKU ini tercatat "belum diisi" di laporan: IKU-02 (Persentase KPU Kab/Kota yang melaksanakan PDPB tepat waktu). Kirim templat unit ini (npm run templates, berkas LKj-2024-divisi-data-dan-informasi.xlsx) dan simpan berkas yang kembali di folder masukan.',
    });
  });

  it('an analysis claiming success next to a capaian under 100: klaim-tidak-sesuai', async () => {
    const hukum = await division(
      {
        analisis: [
          ['IKU-01', 'Publikasi rutin', 'Pertahankan', 'JDIH'],
          ['IKU-04', 'Semua target tercapai berkat kerja sama penyelenggara.', 'Sosialisasi', 'Pendidikan pemilih'],
        ],
      },
      'divisi-hukum.xlsx',
    );
    const ds = checkSuccessClaims(mergeDataset([hukum], ref), [hukum]);
    expect(one(ds, 'klaim-tidak-sesuai')).toEqual({
      severity: 'warning',
      rule: 'klaim-tidak-sesuai',
      file: 'divisi-hukum.xlsx',
      sheet: 'Analisis',
      cell: 'B7',
      message:
        'Kolom Penyebab Keberhasilan/Kegagalan untuk IKU-04 menyebut "Semua target tercapai", padahal capaian IKU-04 85,23% (di bawah 100%). Sesuaikan uraiannya dengan capaian yang sebenarnya, atau periksa kembali angka realisasi di sheet Capaian.',
    });
  });
});

describe('figures that look wrong in their cell', () => {
  it('an akhir indicator whose annual value is not its last quarter: triwulan-akhir-berbeda', async () => {
    expect(
      one(
        await checked({ capaian: [iku01Row(100, { 4: 90, 5: 95, 7: null }), IKU04 as never] }),
        'triwulan-akhir-berbeda',
      ),
    ).toEqual({
      severity: 'warning',
      rule: 'triwulan-akhir-berbeda',
      ...inSheet('Capaian', 'I7'),
      message:
        'Untuk IKU-01 (akhir) Realisasi tahunan sama dengan nilai triwulan terakhir yang diisi, yaitu TW II 95, tetapi Realisasi tertulis 100. Samakan keduanya, atau isi triwulan yang belum diisi.',
    });
  });

  it('a rata-rata indicator whose annual value is not the mean of its quarters: rata-rata-triwulan-berbeda', () => {
    const iku = { ...(testReference().iku.indikator[4] as IkuIndikator), target: 95, agregasi: 'rata-rata' as const };
    const row: CapaianRow = {
      kodeIku: 'IKU-05',
      indikator: 'Nilai IKPA',
      satuan: 'nilai',
      target: 95,
      triwulan: [92.4, 94.1, 95.6, 96.4],
      realisasi: 96.3,
      sumberData: '',
      keterangan: '',
      row: 7,
      sel: { realisasi: 'I7' },
    };
    const ctx = { file: 'bagian-keuangan.xlsx', sheet: 'Capaian', out: [] as Diagnostic[] };
    checkTriwulan(row, iku, ctx);
    expect(one(ctx.out, 'rata-rata-triwulan-berbeda')).toEqual({
      severity: 'warning',
      rule: 'rata-rata-triwulan-berbeda',
      file: 'bagian-keuangan.xlsx',
      sheet: 'Capaian',
      cell: 'I7',
      message:
        'Untuk IKU-05 (rata-rata) Realisasi tahunan adalah rata-rata triwulan yang diisi (TW I, TW II, TW III, TW IV): 94,625, tetapi Realisasi tertulis 96,3. Periksa angka triwulan dan Realisasi tahunan.',
    });
  });

  it('a percentage typed as a fraction in a General cell: persen-seperti-pecahan', async () => {
    const row = ['IKU-04', 'Tingkat partisipasi pemilih', '%', 77.5, null, null, null, null, 0.6605, 'Sirekap', ''];
    expect(one(await checked({ capaian: [row as never] }), 'persen-seperti-pecahan')).toEqual({
      severity: 'warning',
      rule: 'persen-seperti-pecahan',
      ...inSheet('Capaian', 'I7'),
      message:
        'Realisasi IKU-04 terbaca 0,6605%, padahal targetnya 77,5%: angka ini tampak ditulis sebagai pecahan. Kemungkinan maksudnya 66,05%. Ketik 66,05, atau format sel sebagai persen (66,05%).',
    });
  });

  it('a negative realisasi: realisasi-negatif', async () => {
    expect(one(await checked({ capaian: [iku01Row(-100, { 7: null }), IKU04 as never] }), 'realisasi-negatif')).toEqual(
      {
        severity: 'warning',
        rule: 'realisasi-negatif',
        ...inSheet('Capaian', 'I7'),
        message:
          'Realisasi IKU-01 bernilai negatif (-100). Realisasi tidak mungkin kurang dari 0; kemungkinan maksudnya 100.',
      },
    );
  });

  it('a count that is not whole: jumlah-tidak-bulat', async () => {
    const ds = await checked({
      unit: 'Bagian Keuangan, Umum dan Logistik',
      capaian: [['IKU-03', 'Jumlah laporan keuangan yang disusun tepat waktu', 'Lap', 2, 0, 1, 0, 1, 2.5, '', '']],
      analisis: [['IKU-03', 'Tepat waktu', 'Jadwal', 'Akuntansi']],
    });
    expect(one(ds, 'jumlah-tidak-bulat')).toEqual({
      severity: 'warning',
      rule: 'jumlah-tidak-bulat',
      ...inSheet('Capaian', 'I7'),
      message:
        'Realisasi IKU-03 bernilai 2,5, padahal satuannya Lap (hitungan, bilangan bulat). Kemungkinan maksudnya 3; periksa angkanya.',
    });
  });
});

/** The test reference written as YAML (changed by `edit`), loaded and validated as a build does: with line numbers. */
async function referenceFrom(edit: (y: typeof referenceYaml) => void) {
  const y = structuredClone(referenceYaml);
  edit(y);
  const dir = await tempDir();
  await writeFile(path.join(dir, 'laporan.yaml'), stringify(y.config));
  await writeFile(path.join(dir, 'renstra.yaml'), stringify(y.renstra));
  await writeFile(path.join(dir, 'iku.yaml'), stringify(y.iku));
  const checkedRef = validateReference(await loadInputs(dir));
  if (!checkedRef.reference) throw new Error(JSON.stringify(checkedRef.diagnostics));
  return checkedRef;
}

describe('the planning documents against each other', () => {
  it('a report year outside the Renstra period: referensi-tahun-di-luar-renstra, at the end of the period it passed', async () => {
    const { diagnostics } = await referenceFrom((y) => void (y.renstra.periode.akhir = 2023));
    expect(one(diagnostics, 'referensi-tahun-di-luar-renstra')).toEqual({
      severity: 'warning',
      rule: 'referensi-tahun-di-luar-renstra',
      file: 'renstra.yaml',
      line: 3,
      message:
        'Tahun laporan 2024 di luar periode Renstra 2020–2023. Periksa apakah renstra.yaml yang dipakai sudah benar.',
    });
  });

  it('a PK target that differs from the Renstra target of the year: pk-renstra-berbeda, with both lines', async () => {
    const { diagnostics } = await referenceFrom(
      (y) => void ((y.renstra.sasaran[0]?.indikator[1]?.target as Record<string, number>)['2024'] = 80),
    );
    expect(one(diagnostics, 'pk-renstra-berbeda')).toEqual({
      severity: 'warning',
      rule: 'pk-renstra-berbeda',
      file: 'iku.yaml',
      line: 49,
      message:
        'Target PK IKU-04 tahun 2024 adalah 77,5 (iku.yaml baris 49), tetapi target Renstra tahun itu 80 (renstra.yaml baris 16). Laporan akan menilai indikator ini dengan dua target yang berbeda. Samakan keduanya; jika Renstra atau PK direvisi, perbarui berkas yang belum mengikuti revisi.',
    });
  });

  it('a YAML diagnostic shows its line on the terminal, where a workbook one shows its cell', async () => {
    const { diagnostics } = await referenceFrom(
      (y) => void ((y.renstra.sasaran[0]?.indikator[1]?.target as Record<string, number>)['2024'] = 80),
    );
    expect(formatDiagnostics(diagnostics.filter((d) => d.rule === 'pk-renstra-berbeda'))).toBe(
      'iku.yaml  (0 galat, 1 peringatan)\n  PERINGATAN baris 49  Target PK IKU-04 tahun 2024 adalah 77,5 (iku.yaml baris 49), tetapi target Renstra tahun itu 80 (renstra.yaml baris 16). Laporan akan menilai indikator ini dengan dua target yang berbeda. Samakan keduanya; jika Renstra atau PK direvisi, perbarui berkas yang belum mengikuti revisi. [pk-renstra-berbeda]',
    );
  });

  it('Rencana Aksi quarters that do not make the annual target: rencana-aksi-tidak-sesuai', async () => {
    const { diagnostics } = await referenceFrom(
      (y) => void ((y.iku.indikator[2] as { targetTriwulan: number[] }).targetTriwulan = [0, 1, 0, 0]),
    );
    expect(one(diagnostics, 'rencana-aksi-tidak-sesuai')).toEqual({
      severity: 'warning',
      rule: 'rencana-aksi-tidak-sesuai',
      file: 'iku.yaml',
      line: 37,
      message:
        'Rencana Aksi IKU-03 (iku.yaml baris 37: TW I 0, TW II 1, TW III 0, TW IV 0) tidak sesuai dengan target tahunan 2: indikator ini dihitung jumlah, sehingga jumlah target TW I–IV harus sama dengan target tahunan, tetapi hasilnya 1. Perbaiki targetTriwulan atau target di iku.yaml.',
    });
  });

  it('cumulative Rencana Aksi quarters that go down: rencana-aksi-menurun', async () => {
    const { diagnostics } = await referenceFrom(
      (y) => void ((y.iku.indikator[1] as { targetTriwulan: number[] }).targetTriwulan = [25, 50, 40, 100]),
    );
    expect(one(diagnostics, 'rencana-aksi-menurun')).toEqual({
      severity: 'warning',
      rule: 'rencana-aksi-menurun',
      file: 'iku.yaml',
      line: 24,
      message:
        'Rencana Aksi IKU-02 (iku.yaml baris 24: TW I 25, TW II 50, TW III 40, TW IV 100) menurun, padahal indikator ini kumulatif: target setiap triwulan adalah capaian sampai triwulan itu dan tidak boleh lebih kecil dari triwulan sebelumnya. Perbaiki targetTriwulan di iku.yaml sesuai Rencana Aksi yang ditandatangani.',
    });
  });

  it('budget lines that do not add up to the PK budget: pagu-pk-berbeda, for a PK program and for one the PK lacks', async () => {
    const { reference: ref } = await referenceFrom(() => undefined);
    const { division: d } = await checkDivision({
      anggaran: [
        ['076.01.WA.2345.EBA.962.051.521211', 'Belanja Bahan', 100000000, 90000000, 'IKU-01'],
        ['076.01.WA.2345.EBA.994.001.511111', 'Belanja Gaji Pokok PNS', 800000000, 800000000, ''],
        ['076.01.CQ.2345.EBA.994.001.511111', 'Belanja Gaji Pokok PNS', 50000000, 50000000, ''],
      ],
    });
    const ds = checkPkBudget(d ? [d] : [], ref as Reference);
    expect(ds.map(({ expected: _e, actual: _a, ...rest }) => rest)).toEqual([
      {
        severity: 'warning',
        rule: 'pagu-pk-berbeda',
        file: 'iku.yaml',
        line: 74,
        message:
          'Anggaran PK program 076.01.WA (Program Dukungan Manajemen) adalah Rp 1.000.000.000 (iku.yaml baris 74), tetapi jumlah pagu baris anggaran program itu di buku kerja Rp 900.000.000 (divisi-hukum.xlsx Rp 900.000.000); selisih Rp 100.000.000. Laporan mencetak keduanya (Tabel PK dan Realisasi Anggaran). Lengkapi atau perbaiki baris anggaran di sheet Anggaran, atau perbarui anggaran PK di iku.yaml bila PK direvisi.',
      },
      {
        severity: 'warning',
        rule: 'pagu-pk-berbeda',
        file: 'iku.yaml',
        line: 71,
        message:
          'Program 076.01.CQ memiliki baris anggaran berpagu Rp 50.000.000 (divisi-hukum.xlsx Rp 50.000.000), tetapi tidak tercantum dalam anggaran PK (iku.yaml → program). Tambahkan program itu ke PK, atau perbaiki kode anggarannya.',
      },
    ]);
    expect(
      one(
        checkEfficiencyCoverage(mergeDataset(d ? [d] : [], ref as Reference), ref as Reference),
        'cakupan-efisiensi-rendah',
      ),
    ).toEqual({
      severity: 'warning',
      rule: 'cakupan-efisiensi-rendah',
      file: 'laporan.yaml',
      message:
        'Hanya Rp 100.000.000 dari pagu Rp 950.000.000 (10,53%) yang ditautkan ke IKU melalui kolom Kode IKU di sheet Anggaran, di bawah batas 25% (pemeriksaan.cakupanAnggaranMinimum di laporan.yaml). Tabel efisiensi hanya menilai anggaran yang ditautkan; isi Kode IKU pada baris anggaran yang mendukung indikator.',
    });
  });
  it('the efficiency coverage under the bound set in laporan.yaml: cakupan-efisiensi-rendah, at that line', async () => {
    const { reference } = await referenceFrom((y) =>
      Object.assign(y.config, { pemeriksaan: { cakupanAnggaranMinimum: 30 } }),
    );
    const { division: d } = await checkDivision({
      anggaran: [
        ['076.01.WA.2345.EBA.962.051.521211', 'Belanja Bahan', 100000000, 90000000, 'IKU-01'],
        ['076.01.WA.2345.EBA.994.001.511111', 'Belanja Gaji Pokok PNS', 900000000, 900000000, ''],
      ],
    });
    const ref = reference as Reference;
    const ds = checkEfficiencyCoverage(mergeDataset(d ? [d] : [], ref), ref);
    expect(one(ds, 'cakupan-efisiensi-rendah')).toMatchObject({ file: 'laporan.yaml', line: 37 });
    expect(ds[0]?.message).toContain('di bawah batas 30% (pemeriksaan.cakupanAnggaranMinimum di laporan.yaml)');
  });
});

describe('merged figures against their history and the narrative', () => {
  const ref = testReference();
  (ref.renstra.sasaran[0]?.indikator[1] as { realisasi: Record<string, number> }).realisasi = {
    '2022': 70,
    '2023': 72,
  };
  const withIku04 = async (realisasi: number) => {
    const { division: d } = await checkDivision({
      capaian: [
        iku01Row(100),
        ['IKU-04', 'Tingkat partisipasi pemilih', '%', 77.5, null, null, null, null, realisasi, 'Sirekap', ''] as never,
      ],
    });
    if (!d) throw new Error('no division');
    return checkCapaianPlausible(mergeDataset([d], ref), [d], ref);
  };

  it('a realisasi far below every earlier year: nilai-di-luar-riwayat, with the value probably meant', async () => {
    expect(one(await withIku04(6.605), 'nilai-di-luar-riwayat')).toEqual({
      severity: 'warning',
      rule: 'nilai-di-luar-riwayat',
      ...inSheet('Capaian', 'I8'),
      message:
        'Realisasi IKU-04 6,605 jauh di luar riwayat indikator ini (2022: 70, 2023: 72; target 77,5), lebih dari 3 kali di bawah nilai-nilai itu. Kemungkinan maksudnya 66,05; periksa kembali angkanya.',
    });
  });

  it('a capaian beyond the configured bound: capaian-tidak-wajar', async () => {
    expect(one(await withIku04(150), 'capaian-tidak-wajar')).toEqual({
      severity: 'warning',
      rule: 'capaian-tidak-wajar',
      ...inSheet('Capaian', 'I8'),
      message:
        'Capaian IKU-04 193,55% (realisasi 150 terhadap target 77,5) melebihi batas wajar 150% (pemeriksaan.batasCapaianWajar di laporan.yaml). Periksa apakah realisasinya salah ketik atau satuannya berbeda dengan target; bila angkanya benar, jelaskan di kolom Keterangan.',
    });
  });

  it('narrative sentences that contradict the numbers: narasi-tidak-sesuai-angka, with file and line', async () => {
    const { division: d } = await checkDivision({});
    if (!d) throw new Error('no division');
    const narrative = {
      kesimpulan: 'Tahun ini berjalan baik.\n\nSemua target Perjanjian Kinerja\ntelah tercapai.\n',
      'isu-strategis':
        'Sebagian besar target tercapai.\nIKU-01 belum mencapai target, sedangkan IKU-04 sudah tercapai.\n',
    };
    const ds = checkNarrativeClaims(narrative, mergeDataset([d], ref));
    expect(ds.map(({ expected: _e, actual: _a, ...rest }) => rest)).toEqual([
      {
        severity: 'warning',
        rule: 'narasi-tidak-sesuai-angka',
        file: 'narasi/kesimpulan.md',
        line: 3,
        message:
          'Kalimat "Semua target Perjanjian Kinerja telah tercapai." menyatakan semua target tercapai, padahal hanya 1 dari 5 indikator mencapai target (belum: IKU-04 capaian 85,23%; IKU-02 belum diisi; IKU-03 belum diisi; IKU-05 belum diisi). Sesuaikan kalimatnya dengan capaian di laporan.',
      },
      {
        severity: 'warning',
        rule: 'narasi-tidak-sesuai-angka',
        file: 'narasi/isu-strategis.md',
        line: 2,
        message:
          'Kalimat "IKU-01 belum mencapai target" menyebut IKU-01 belum mencapai target, padahal IKU-01 capaian 100% (target tercapai). Sesuaikan kalimatnya dengan capaian di laporan.',
      },
      {
        severity: 'warning',
        rule: 'narasi-tidak-sesuai-angka',
        file: 'narasi/isu-strategis.md',
        line: 2,
        message:
          'Kalimat "IKU-04 sudah tercapai." menyebut IKU-04 mencapai target ("tercapai"), padahal IKU-04 capaian 85,23%. Sesuaikan kalimatnya dengan capaian di laporan.',
      },
    ]);
  });
});

describe('measurement policy in laporan.yaml and iku.yaml', () => {
  /** The reference diagnostics of an inputs folder whose reference files `change` altered. */
  async function referenceDiagnostics(change: (y: typeof referenceYaml) => void): Promise<Diagnostic[]> {
    const y = structuredClone(referenceYaml);
    change(y);
    const dir = await tempDir();
    await writeFile(path.join(dir, 'laporan.yaml'), stringify(y.config));
    await writeFile(path.join(dir, 'renstra.yaml'), stringify(y.renstra));
    await writeFile(path.join(dir, 'iku.yaml'), stringify(y.iku));
    return validateReference(await loadInputs(dir)).diagnostics;
  }

  it('the retired formula (T-R)/T: referensi-tidak-sesuai, saying why and what to write instead', async () => {
    const ds = await referenceDiagnostics(
      (y) => ((y.config.kebijakan as Record<string, unknown>).rumusTurunDefault = '(T-R)/T'),
    );
    expect(one(ds, 'referensi-tidak-sesuai')).toEqual({
      severity: 'error',
      rule: 'referensi-tidak-sesuai',
      file: 'laporan.yaml',
      line: 18,
      message:
        'laporan.yaml: kebijakan.rumusTurunDefault (baris 18) berisi "(T-R)/T", padahal harus salah satu dari: 2-R/T, T/R. Rumus (T-R)/T tidak dipakai lagi karena memberi capaian 0% ketika realisasi sama dengan target (laporan KPU mencantumkan 100%). Gunakan 2-R/T: (2 − R/T) × 100% sama dengan 100% + (T − R)/T × 100%.',
    });
  });

  it('a category band with both min and lebihDari: referensi-tidak-sesuai', async () => {
    const ds = await referenceDiagnostics((y) => {
      (y.config.kebijakan.skalaKategori as unknown[])[0] = { min: 100, lebihDari: 100, label: 'Sangat Berhasil' };
    });
    expect(one(ds, 'referensi-tidak-sesuai').message).toBe(
      'laporan.yaml: kebijakan.skalaKategori[0] (baris 20) berisi kumpulan kunci. Isi salah satu saja: min atau lebihDari.',
    );
  });
});

describe('a category band the policy can never reach', () => {
  it('a band above 100 with the cap on and the category from the capped value: referensi-kategori-tidak-terjangkau', async () => {
    const y = structuredClone(referenceYaml);
    (y.config.kebijakan.skalaKategori as unknown[]).unshift({ lebihDari: 100, label: 'Istimewa' });
    const dir = await tempDir();
    await writeFile(path.join(dir, 'laporan.yaml'), stringify(y.config));
    await writeFile(path.join(dir, 'renstra.yaml'), stringify(y.renstra));
    await writeFile(path.join(dir, 'iku.yaml'), stringify(y.iku));
    const ds = validateReference(await loadInputs(dir)).diagnostics;
    expect(one(ds, 'referensi-kategori-tidak-terjangkau')).toEqual({
      severity: 'warning',
      rule: 'referensi-kategori-tidak-terjangkau',
      file: 'laporan.yaml',
      line: 20,
      message:
        'laporan.yaml kebijakan.skalaKategori[0] (baris 20): kategori "Istimewa" dimulai di atas 100 dan tidak pernah tercapai, karena capaian dibatasi paling tinggi 100 (batasCapaian100: true) dan kategori diambil dari nilai yang dibatasi (kategoriDari: dibatasi). Tulis kategoriDari: mentah agar kategori diambil dari nilai sebelum dibatasi, atau hapus pita itu.',
    });
    y.config.kebijakan = { ...y.config.kebijakan, kategoriDari: 'mentah' } as typeof y.config.kebijakan;
    await writeFile(path.join(dir, 'laporan.yaml'), stringify(y.config));
    expect(validateReference(await loadInputs(dir)).diagnostics).toEqual([]);
  });
});

describe('a final report that still carries placeholders or gaps (final-readiness)', () => {
  // Written as YAML and loaded, so each problem can name its line. IKU-01 has an empty definisi; IKU-02 has no
  // sumberData key at all (the line is then the indicator's own).
  const finalYaml = (y: typeof referenceYaml) => {
    Object.assign(y.config, { status: 'final', telepon: '(0254) 000-0000', contoh: { telepon: '(0254) 000-0000' } });
    y.iku.indikator.forEach((i, n) =>
      Object.assign(i, n === 0 ? { definisi: '', sumberData: 'Laporan' } : { definisi: 'd', sumberData: 's' }),
    );
    delete (y.iku.indikator[1] as { sumberData?: string }).sumberData;
  };
  const logo = { svg: `<svg ${LOGO_CONTOH_MARK}="true"/>`, file: 'templates/assets/logo.svg' };
  let ds: Diagnostic[] = [];
  let ref: Reference;
  beforeAll(async () => {
    ref = (await referenceFrom(finalYaml)).reference as Reference;
    ds = finalReadiness(ref, logo);
  });

  it('a value marked as a sample in laporan.yaml: final-nilai-contoh, at the line of the value', () => {
    expect(one(ds, 'final-nilai-contoh')).toEqual({
      severity: 'error',
      rule: 'final-nilai-contoh',
      file: 'laporan.yaml',
      line: 36,
      message:
        'telepon di laporan.yaml masih berisi nilai contoh (rekaan) "(0254) 000-0000". Ganti dengan nilai yang sebenarnya sebelum laporan final dibuat, lalu hapus baris telepon dari bagian contoh.',
    });
  });
  it('the placeholder logo: final-logo-contoh', () => {
    expect(one(ds, 'final-logo-contoh')).toEqual({
      severity: 'error',
      rule: 'final-logo-contoh',
      file: 'templates/assets/logo.svg',
      message:
        'Logo sampul (templates/assets/logo.svg) masih logo contoh, bukan logo resmi KPU. Simpan logo resmi sebagai berkas SVG inputs/logo.svg sebelum laporan final dibuat.',
    });
  });
  it('an indicator without a definition or data source: final-definisi-kosong, final-sumber-data-kosong', () => {
    const [first, second] = ref.iku.indikator;
    expect(one(ds, 'final-definisi-kosong')).toEqual({
      severity: 'error',
      rule: 'final-definisi-kosong',
      file: 'iku.yaml',
      line: 17,
      message: `Indikator ${first?.kode} (${first?.nama}) di iku.yaml belum punya definisi (cara menghitung). Isi definisi untuk indikator itu sebelum laporan final dibuat.`,
    });
    expect(one(ds, 'final-sumber-data-kosong')).toEqual({
      severity: 'error',
      rule: 'final-sumber-data-kosong',
      file: 'iku.yaml',
      line: 19,
      message: `Indikator ${second?.kode} (${second?.nama}) di iku.yaml belum punya sumber data. Isi sumberData untuk indikator itu sebelum laporan final dibuat.`,
    });
  });
  it('a replaced value is no longer a sample', () => {
    const replaced = finalReadiness({ ...ref, config: { ...ref.config, telepon: '(0254) 267000' } }, null);
    expect(replaced.map((d) => d.rule)).toEqual(['final-definisi-kosong', 'final-sumber-data-kosong']);
  });
  it('signatories without a NIP or with a placeholder name: final-nip-kosong, final-penandatangan-kosong', async () => {
    const { reference } = await referenceFrom((y) => {
      finalYaml(y);
      delete (y.config.penandatangan.sekretaris as { nip?: string }).nip;
      y.config.penandatangan.ketua.nama = 'xxx';
    });
    const out = applyFinalStatus([], reference as Reference);
    expect(one(out, 'final-nip-kosong')).toEqual({
      severity: 'error',
      rule: 'final-nip-kosong',
      file: 'laporan.yaml',
      line: 9,
      message:
        'NIP penandatangan (Sekretaris, Contoh Sekretaris) belum diisi. Isi penandatangan.sekretaris.nip dengan 18 digit NIP sebelum laporan final dibuat.',
    });
    expect(one(out, 'final-penandatangan-kosong')).toEqual({
      severity: 'error',
      rule: 'final-penandatangan-kosong',
      file: 'laporan.yaml',
      line: 13,
      message:
        'Nama penandatangan (penandatangan.ketua.nama di laporan.yaml) masih "xxx". Isi nama lengkap sebelum laporan final dibuat.',
    });
  });
});

describe('pictures in the narrative and sources of funds (issue 13)', () => {
  const berkas = { 'besar.png': { mime: 'image/png', ukuran: 5 * 1024 * 1024, base64: null } };
  const gambar = (text: string) => narasiGambarDiagnostics({ 'struktur-organisasi': text }, berkas);

  it('a picture from the web: gambar-bukan-lokal', () => {
    expect(one(gambar('![Bagan](http://contoh.go.id/bagan.png)'), 'gambar-bukan-lokal')).toEqual({
      severity: 'error',
      rule: 'gambar-bukan-lokal',
      file: 'narasi/struktur-organisasi.md',
      message:
        'Gambar di narasi/struktur-organisasi.md: "http://contoh.go.id/bagan.png" bukan berkas di folder inputs/narasi/. Laporan tidak mengambil apa pun dari internet atau dari luar folder itu: simpan gambarnya di inputs/narasi/ lalu tulis nama berkasnya saja, misalnya ![Struktur Organisasi](struktur-organisasi.png).',
    });
  });

  it('a picture above the size limit: gambar-terlalu-besar', () => {
    expect(one(gambar('![Bagan](besar.png)'), 'gambar-terlalu-besar')).toEqual({
      severity: 'error',
      rule: 'gambar-terlalu-besar',
      file: 'narasi/struktur-organisasi.md',
      message:
        'Gambar di narasi/struktur-organisasi.md: berkas narasi/besar.png berukuran 5 MB, melebihi batas 2 MB. Perkecil gambarnya (misalnya simpan ulang dengan lebar 2.000 piksel atau sebagai JPEG), lalu susun ulang laporan.',
    });
  });

  it('a picture file that is not there: gambar-tidak-ditemukan (warning)', () => {
    expect(one(gambar('![Bagan](bagan.svg)'), 'gambar-tidak-ditemukan')).toEqual({
      severity: 'warning',
      rule: 'gambar-tidak-ditemukan',
      file: 'narasi/struktur-organisasi.md',
      message:
        'Gambar di narasi/struktur-organisasi.md: berkas narasi/bagan.svg tidak ditemukan. Simpan gambarnya dengan nama itu di folder inputs/narasi/, atau perbaiki nama berkas di teks.',
    });
  });

  it('a Sumber Dana cell naming no configured source: sumber-dana-tidak-dikenal', async () => {
    const rows = [
      ['REALISASI ANGGARAN'],
      [],
      ['Kode', 'Program/Kegiatan', 'Pagu', 'Realisasi', 'Kode IKU', 'Sumber Dana'],
      ['076.01.WA.2345', 'Dukungan manajemen', 100, 90, '', 'APBN-P'],
    ];
    expect(one(await checked({ anggaranSheet: { rows: rows as never } }), 'sumber-dana-tidak-dikenal')).toEqual({
      severity: 'error',
      rule: 'sumber-dana-tidak-dikenal',
      ...inSheet('Anggaran', 'F4'),
      message:
        'Sumber Dana "APBN-P" tidak dikenal. Tulis salah satu kode sumber dana di laporan.yaml: RM (DIPA (Rupiah Murni)), HIBAH (Hibah APBD); kosongkan sel untuk RM.',
    });
  });
});

describe('what real offices send (folders, devices, huge and broken text files, ranges, numbers, hidden sheets)', () => {
  const loadError = async (change: (dir: string) => Promise<void>, rule: string) =>
    one((await loadChanged(change)).diagnostics, rule);

  for (const [what, kind, message] of [
    [
      'a folder',
      'folder',
      'iku.yaml adalah sebuah folder, bukan berkas, sehingga tidak dibaca. Ganti dengan berkas yang benar atau hapus dari folder masukan.',
    ],
    [
      'a FIFO',
      'fifo',
      'iku.yaml adalah sebuah pipa (FIFO), bukan berkas, sehingga tidak dibaca. Ganti dengan berkas yang benar atau hapus dari folder masukan.',
    ],
    [
      '/dev/zero',
      'device',
      'iku.yaml adalah sebuah perangkat sistem, bukan berkas, sehingga tidak dibaca. Ganti dengan berkas yang benar atau hapus dari folder masukan.',
    ],
  ] as const) {
    it(`iku.yaml that is ${what}: bukan-berkas, at once`, async () => {
      const started = Date.now();
      expect(await loadError((dir) => notAFile(dir, 'iku.yaml', kind), 'bukan-berkas')).toEqual({
        severity: 'error',
        rule: 'bukan-berkas',
        file: 'iku.yaml',
        message,
      });
      expect(Date.now() - started).toBeLessThan(10_000);
    });
  }

  it('a workbook name that is a FIFO: bukan-berkas, and the other workbooks are read', async () => {
    const loaded = await loadChanged((dir) => notAFile(dir, 'divisi-pipa.xlsx', 'fifo'));
    expect(one(loaded.diagnostics, 'bukan-berkas').message).toBe(
      'divisi-pipa.xlsx adalah sebuah pipa (FIFO), bukan berkas, sehingga tidak dibaca. Ganti dengan berkas yang benar atau hapus dari folder masukan.',
    );
    expect(loaded.workbooks.map((w) => w.file)).toEqual(['divisi-baik.xlsx']);
  });

  it('a 50 MB iku.yaml: berkas-terlalu-besar, without reading it', async () => {
    expect(
      await loadError(
        (dir) => writeFile(path.join(dir, 'iku.yaml'), Buffer.alloc(50 * MiB, 0x23)),
        'berkas-terlalu-besar',
      ),
    ).toEqual({
      severity: 'error',
      rule: 'berkas-terlalu-besar',
      file: 'iku.yaml',
      message:
        'Berkas iku.yaml berukuran 50 MB, melebihi batas 1 MB. Berkas seperti ini biasanya hanya beberapa KB; periksa apakah isinya tertukar dengan berkas lain.',
    });
  });

  it('a YAML alias bomb: yaml-alias-berlebihan', async () => {
    expect(
      await loadError((dir) => writeFile(path.join(dir, 'renstra.yaml'), ALIAS_BOMB), 'yaml-alias-berlebihan'),
    ).toEqual({
      severity: 'error',
      rule: 'yaml-alias-berlebihan',
      file: 'renstra.yaml',
      message:
        'renstra.yaml memakai alias YAML (&nama lalu *nama) terlalu banyak atau bertumpuk, sehingga isinya mengembang sangat besar ketika dibaca. Tulis nilainya langsung tanpa alias.',
    });
  });

  it('laporan.yaml saved as Windows-1252: bukan-utf8, with line and column', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('instansi: KPU Provinsi Banten\nsatker: "Sekretariat '),
      Buffer.from([0xe9]),
      Buffer.from('"\n'),
    ]);
    expect(await loadError((dir) => writeFile(path.join(dir, 'laporan.yaml'), latin1), 'bukan-utf8')).toEqual({
      severity: 'error',
      rule: 'bukan-utf8',
      file: 'laporan.yaml',
      line: 2,
      message:
        'Kolom 22 pada baris ini berisi karakter yang bukan UTF-8 (berkas kemungkinan disimpan dengan pengodean lain, misalnya ANSI). Buka berkas itu di editor teks lalu simpan ulang dengan pengodean UTF-8.',
    });
  });

  it('a 2 MB narrative: berkas-terlalu-besar as a warning, the report is built without it', async () => {
    const loaded = await loadChanged(async (dir) => {
      await mkdir(path.join(dir, 'narasi'));
      await writeFile(path.join(dir, 'narasi', 'kesimpulan.md'), 'Kalimat panjang. '.repeat(130_000));
    });
    expect(one(loaded.diagnostics, 'berkas-terlalu-besar')).toEqual({
      severity: 'warning',
      rule: 'berkas-terlalu-besar',
      file: 'narasi/kesimpulan.md',
      message:
        'Berkas narasi/kesimpulan.md berukuran 2,1 MB, melebihi batas 256 KB. Berkas seperti ini biasanya hanya beberapa KB; periksa apakah isinya tertukar dengan berkas lain. Narasi ini tidak dimuat ke laporan.',
    });
    expect(loaded.narrative).toEqual({});
  });

  it('a narrative nested deeper than is printed: narasi-terlalu-bertingkat (warning)', () => {
    const deep = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- tingkat ${i + 1}`).join('\n');
    expect(one(narrativeDiagnostics({ kesimpulan: deep }), 'narasi-terlalu-bertingkat')).toEqual({
      severity: 'warning',
      rule: 'narasi-terlalu-bertingkat',
      file: 'narasi/kesimpulan.md',
      message:
        'Berkas narasi/kesimpulan.md memuat daftar bertingkat lebih dari 8 tingkat atau kutipan (>) lebih dari 17 tingkat; mulai sekitar tingkat itu isinya tidak dicetak. Kurangi tingkat daftar atau kutipan di berkas itu.',
    });
  });

  it('narasi-terlalu-bertingkat says the depths it warns from: 9 list levels, 18 quote levels', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- tingkat ${i + 1}`).join('\n');
    const quote = (n: number) => `${'>'.repeat(n)} isi`;
    const warns = (text: string) =>
      narrativeDiagnostics({ kesimpulan: text }).filter((d) => d.rule === 'narasi-terlalu-bertingkat').length;
    expect([8, 9].map((n) => warns(list(n)))).toEqual([0, 1]);
    expect([17, 18].map((n) => warns(quote(n)))).toEqual([0, 1]);
  });

  it('a realisasi of 1e308: angka-di-luar-jangkauan, in --check as in the build', async () => {
    expect(one(await checked({ capaian: [iku01Row(1e308), IKU04 as never] }), 'angka-di-luar-jangkauan')).toEqual({
      severity: 'error',
      rule: 'angka-di-luar-jangkauan',
      ...inSheet('Capaian', 'I7'),
      message:
        'Realisasi bernilai 1e+308, di luar jangkauan angka yang wajar (paling besar 1.000.000.000.000.000). Periksa kembali angkanya; mungkin ada digit yang terketik berulang.',
    });
  });

  it('a target of 1e308 in iku.yaml: angka-di-luar-jangkauan with its line', async () => {
    const iku = stringify(referenceYaml.iku).replace(/target: [\d.]+/, 'target: 1e308');
    const loaded = await loadChanged((dir) => writeFile(path.join(dir, 'iku.yaml'), iku));
    const d = one(validateReference(loaded).diagnostics, 'angka-di-luar-jangkauan');
    expect(d).toMatchObject({ severity: 'error', file: 'iku.yaml', line: expect.any(Number) });
    expect(d.message).toMatch(
      /^iku\.yaml: indikator\[0\]\.target bernilai 1e\+308, di luar jangkauan angka yang wajar \(paling besar 1\.000\.000\.000\.000\.000\)\. Periksa kembali angkanya/,
    );
  });

  it('a whole-sheet dropdown: rentang-dipangkas (warning), the workbook is read', async () => {
    const bytes = await workbookWithRange('validation', 'A1:XFD1048576');
    const loaded = await loadChanged((dir) => writeFile(path.join(dir, 'divisi.xlsx'), bytes));
    expect(loaded.workbooks.map((w) => w.file)).toEqual(['divisi-baik.xlsx', 'divisi.xlsx']);
    expect(one(loaded.diagnostics, 'rentang-dipangkas')).toEqual({
      severity: 'warning',
      rule: 'rentang-dipangkas',
      file: 'divisi.xlsx',
      sheet: 'Capaian',
      message:
        'Sheet "Capaian" di berkas divisi.xlsx memuat daftar pilihan (validasi data) pada A1:XFD1048576, jauh melewati sel yang terpakai (A1:K8). Bagian di luar area itu kosong, jadi dipangkas saat dibaca; berkas asli tidak diubah. Sebaiknya batasi rentang itu ke tabel saja agar berkas ringan dibuka.',
    });
  });

  it('a huge merge over a sheet used far out: rentang-terlalu-luas', async () => {
    const ds = await loadWith('divisi.xlsx', await workbookWithRange('merge', 'M1:XFD1048576', 'XFD19000'));
    expect(one(ds, 'rentang-terlalu-luas')).toEqual({
      severity: 'error',
      rule: 'rentang-terlalu-luas',
      file: 'divisi.xlsx',
      sheet: 'Capaian',
      message:
        'Sheet "Capaian" di berkas divisi.xlsx memuat sel gabungan (merge) pada M1:XFD1048576, dan sel terpakai di sheet itu membentang sampai A1:XFD19000. Daftar pilihan, sel gabungan, format bersyarat dan tautan di berkas ini mencakup 311.068.000 sel, melebihi batas 500.000 sel. Batasi rentang itu ke baris dan kolom tabel saja dan hapus sel terpakai yang jauh di luar tabel, simpan, lalu kirim ulang.',
    });
  });

  it('a veryHidden sheet named like Capaian: the visible one is read, sheet-tersembunyi-kembar (warning)', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, FILE), await hiddenTwin('veryHidden'));
    const read = await readWorkbookFile(dir, FILE);
    if ('diagnostic' in read) throw new Error(read.diagnostic.message);
    const { diagnostics } = validateWorkbook(read.workbook, testReference());
    expect(one(diagnostics, 'sheet-tersembunyi-kembar')).toEqual({
      severity: 'warning',
      rule: 'sheet-tersembunyi-kembar',
      file: FILE,
      sheet: ' Capaian ',
      message: `Berkas ${FILE} memuat sheet " Capaian " yang disembunyikan penuh (veryHidden, hanya dapat dimunculkan lewat Visual Basic Editor) selain sheet "Capaian" yang tampak. Yang dibaca adalah sheet "Capaian" yang tampak; hapus sheet tersembunyi itu bila tidak dipakai.`,
    });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('folders on the command line: --inputs /, --output a file, --output inside --inputs', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'berkas'), '');
    expect(await checkFolders('/', path.join(dir, 'keluaran'))).toBe(
      'Folder masukan / adalah folder akar sistem; lkj tidak membaca seluruh isi komputer. Berikan folder yang berisi laporan.yaml, renstra.yaml, iku.yaml dan buku kerja .xlsx, misalnya --inputs inputs.',
    );
    expect(await checkFolders(path.join(dir, 'masukan'), path.join(dir, 'berkas'))).toBe(
      `--output ${path.join(dir, 'berkas')} menunjuk ke sebuah berkas, bukan folder. Pilih folder lain untuk laporan, misalnya --output output.`,
    );
    expect(await checkFolders(path.join(dir, 'masukan'), path.join(dir, 'masukan', 'keluaran'))).toBe(
      `Folder keluaran ${path.join(dir, 'masukan', 'keluaran')} berada di dalam folder masukan ${path.join(dir, 'masukan')}: salinan koreksi yang ditulis ke sana akan terbaca sebagai buku kerja pada penyusunan berikutnya. Pilih folder keluaran di luar folder masukan, misalnya --output output.`,
    );
    expect(await checkFolders(path.join(dir, 'masukan'), path.join(dir, 'keluaran'))).toBeNull();
  });

  it('control characters in a file name or a cell are shown escaped on the terminal', () => {
    expect(terminalSafe('divisi-\u001b[2J\u202emerah.xlsx\tok\n')).toBe('divisi-\\x1B[2J\\u202Emerah.xlsx\tok\n');
  });
});

describe('the optional reference files (issue 13)', () => {
  /** Reference diagnostics of an inputs folder holding the test reference plus `extra` files. */
  async function withFiles(extra: Record<string, unknown>): Promise<Diagnostic[]> {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'laporan.yaml'), stringify(referenceYaml.config));
    await writeFile(path.join(dir, 'renstra.yaml'), stringify(referenceYaml.renstra));
    await writeFile(path.join(dir, 'iku.yaml'), stringify(referenceYaml.iku));
    for (const [name, data] of Object.entries(extra)) await writeFile(path.join(dir, name), stringify(data));
    return validateReference(await loadInputs(dir)).diagnostics;
  }

  it("next year's PK saying another year: referensi-tahun-berbeda", async () => {
    expect(
      one(await withFiles({ 'iku-2025.yaml': { ...referenceYaml.iku, tahun: 2026 } }), 'referensi-tahun-berbeda'),
    ).toEqual({
      severity: 'error',
      rule: 'referensi-tahun-berbeda',
      file: 'iku-2025.yaml',
      line: 1,
      message:
        'iku-2025.yaml: tahun 2026 tidak sesuai dengan nama berkas. Berkas ini memuat Perjanjian Kinerja tahun 2025; isi tahun: 2025.',
    });
  });

  it('a hibah naming an unknown source of funds: referensi-sumber-dana-tidak-dikenal', async () => {
    const hibah = {
      hibah: [
        {
          kode: 'PILGUB',
          nama: 'Hibah Pilgub',
          sumberDana: 'APBN',
          pemberi: 'Pemprov',
          nphd: { nomor: '1', tanggal: '2023-11-10' },
          jumlah: 100,
          periode: { awal: 2023, akhir: 2025 },
        },
      ],
    };
    expect(one(await withFiles({ 'hibah.yaml': hibah }), 'referensi-sumber-dana-tidak-dikenal')).toEqual({
      severity: 'error',
      rule: 'referensi-sumber-dana-tidak-dikenal',
      file: 'hibah.yaml',
      line: 4,
      message:
        'hibah.yaml hibah[0].sumberDana (baris 4): sumber dana APBN tidak ada di sumberDana pada laporan.yaml (yang ada: RM, HIBAH). Tambahkan di laporan.yaml atau perbaiki kodenya.',
    });
  });

  it('a follow-up with an unknown status: referensi-tidak-sesuai, naming the allowed ones', async () => {
    const evaluasi = {
      tahunDievaluasi: 2023,
      lhe: { nomor: '1', tanggal: '2024-05-20', evaluator: 'Inspektorat' },
      rekomendasi: [{ rekomendasi: 'a', tindakLanjut: 'b', status: 'sudah' }],
    };
    expect(one(await withFiles({ 'evaluasi-sakip.yaml': evaluasi }), 'referensi-tidak-sesuai').message).toBe(
      'evaluasi-sakip.yaml: rekomendasi[0].status (baris 9) berisi "sudah", padahal harus salah satu dari: selesai, dalam-proses, belum.',
    );
  });
});
