/**
 * Sources of funds: `hibah.yaml` checked against the reference, workbook lines with a `Sumber Dana` cell, and the
 * merge by source, jenis belanja (akun → 51/52/53) and hibah (before, in and after the report year).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, stringify } from 'yaml';
import type { Division } from '../../schemas/division.ts';
import { hibahSchema } from '../../schemas/hibah.ts';
import type { RawReferenceFile } from '../../pipeline/load/types.ts';
import { yamlLineMap } from '../../pipeline/load/yaml-line-map.ts';
import { akunOf, jenisBelanja } from '../../pipeline/merge/jenis-belanja.ts';
import { mergeDataset } from '../../pipeline/merge/merge-dataset.ts';
import { validateReference } from '../../pipeline/validate/validate-reference.ts';
import { checkDivision } from '../fixtures/check-division.ts';
import { removeTempDirs } from '../fixtures/write-workbook.ts';
import { referenceYaml, testReference } from '../fixtures/reference.ts';

afterAll(removeTempDirs);

const HIBAH = {
  hibah: [
    {
      kode: 'PILGUB',
      nama: 'Hibah Pemilihan Gubernur 2024',
      pemberi: 'Pemerintah Provinsi Banten',
      nphd: { nomor: 'CONTOH/1', tanggal: '2023-11-10' },
      jumlah: 1000,
      periode: { awal: 2023, akhir: 2025 },
      penggunaan: [
        { tahun: 2023, akun: '521211', uraian: 'Bahan', pagu: 100, realisasi: 90 },
        { tahun: 2024, akun: '521213', uraian: 'Honor', pagu: 600, realisasi: 500, kodeIku: 'IKU-04' },
        { tahun: 2024, akun: '532111', uraian: 'Modal', pagu: 100, realisasi: 100 },
      ],
    },
  ],
};

function file(name: string, data: unknown): RawReferenceFile {
  const counter = new LineCounter();
  const doc = parseDocument(stringify(data), { lineCounter: counter });
  return { file: name, data: doc.toJS(), lines: yamlLineMap(doc, counter) };
}

const validate = (hibah: unknown) =>
  validateReference({
    config: file('laporan.yaml', referenceYaml.config),
    renstra: file('renstra.yaml', referenceYaml.renstra),
    iku: file('iku.yaml', referenceYaml.iku),
    tambahan: { 'hibah.yaml': file('hibah.yaml', hibah) },
    workbooks: [],
    narrative: {},
    diagnostics: [],
  });

const division = (anggaran: Division['anggaran']): Division => ({
  file: 'd.xlsx',
  identitas: { unitKerja: 'Divisi Hukum', kodeUnit: 'HUKUM', tahun: 2024, penanggungJawab: '', nip: '', tanggal: '' },
  capaian: [],
  analisis: [],
  anggaran,
  sheets: { identitas: 'Identitas', capaian: 'Capaian', analisis: 'Analisis', anggaran: 'Anggaran' },
});

describe('jenis belanja from the akun', () => {
  it('takes the last 6-digit segment and its first two digits (BAS)', () => {
    expect(akunOf('076.01.WA.4369.EBA.962.051.521211')).toBe('521211');
    expect(akunOf('076.01.WA.4369')).toBeNull();
    expect(jenisBelanja('511111')).toEqual({ kode: '51', nama: 'Belanja Pegawai' });
    expect(jenisBelanja('532111')).toEqual({ kode: '53', nama: 'Belanja Modal' });
    expect(jenisBelanja(null).nama).toBe('Tanpa kode akun');
  });
});

describe('hibah.yaml', () => {
  it('is optional, and joins the reference when valid', () => {
    const { reference, diagnostics } = validate(HIBAH);
    expect(diagnostics).toEqual([]);
    expect(reference?.hibah?.hibah[0]?.sumberDana).toBe('HIBAH');
  });

  it('names an unknown source, a year outside the period and an unknown IKU', () => {
    const bad = structuredClone(HIBAH);
    const h = bad.hibah[0]!;
    Object.assign(h, { sumberDana: 'APBN' });
    h.penggunaan.push({ tahun: 2026, akun: '521211', uraian: 'x', pagu: 0, realisasi: 0 });
    h.penggunaan[1]!.kodeIku = 'IKU-99';
    const { diagnostics } = validate(bad);
    expect(diagnostics.map((d) => [d.severity, d.rule, d.file])).toEqual([
      ['error', 'referensi-sumber-dana-tidak-dikenal', 'hibah.yaml'],
      ['error', 'referensi-hibah-iku', 'hibah.yaml'],
      ['error', 'referensi-hibah-tahun', 'hibah.yaml'],
    ]);
    expect(diagnostics[0]?.message).toBe(
      'hibah.yaml hibah[0].sumberDana (baris 34): sumber dana APBN tidak ada di sumberDana pada laporan.yaml (yang ada: RM, HIBAH). Tambahkan di laporan.yaml atau perbaiki kodenya.',
    );
  });

  it('refuses realisasi above the NPHD amount', () => {
    const bad = structuredClone(HIBAH);
    bad.hibah[0]!.jumlah = 500;
    const { diagnostics } = validate(bad);
    expect(diagnostics.map((d) => `${d.severity}:${d.rule}`)).toEqual(['error:referensi-hibah-melebihi']);
    expect(diagnostics[0]?.message).toContain('realisasi seluruh tahun 690 melebihi nilai NPHD 500');
  });
});

describe('merge by source of funds', () => {
  const ref = { ...testReference(), hibah: hibahSchema.parse(HIBAH) };
  const lines = [
    { kode: '076.01.WA.2345.EBA.994.001.511111', nama: 'Gaji', pagu: 300, realisasi: 290, row: 6 },
    { kode: '076.01.WA.2345.EBA.994.001.521211', nama: 'Bahan', pagu: 200, realisasi: 100, kodeIku: 'IKU-04', row: 7 },
  ];

  it('sums DIPA and hibah apart and together, per jenis belanja', () => {
    const { anggaran } = mergeDataset([division(lines)], ref);
    expect(anggaran.sumberDana.map((s) => [s.kode, s.pagu, s.realisasi])).toEqual([
      ['RM', 500, 390],
      ['HIBAH', 700, 600],
    ]);
    expect(anggaran.sumberDana[1]?.jenisBelanja.map((j) => [j.kode, j.realisasi])).toEqual([
      ['52', 500],
      ['53', 100],
    ]);
    expect(anggaran.gabungan?.jenisBelanja.map((j) => [j.nama, j.pagu, j.realisasi])).toEqual([
      ['Belanja Pegawai', 300, 290],
      ['Belanja Barang', 800, 600],
      ['Belanja Modal', 100, 100],
    ]);
    // T8 stays the workbook (DIPA) lines.
    expect(anggaran.total.pagu).toBe(500);
  });

  it('states the hibah before, in and up to the report year, and what is left', () => {
    expect(mergeDataset([], ref).hibah[0]).toMatchObject({
      realisasiSebelumnya: 90,
      pagu: 700,
      realisasi: 600,
      realisasiKumulatif: 690,
      sisa: 310,
    });
  });

  it('counts hibah lines tied to an IKU in its efficiency, unless the policy leaves the source out', () => {
    const iku04 = (r: typeof ref) =>
      mergeDataset([division(lines)], r)
        .sasaran.flatMap((s) => s.indikator)
        .find((i) => i.kode === 'IKU-04');
    expect(iku04(ref)?.anggaran).toEqual({ pagu: 800, realisasi: 600 });
    const onlyDipa = {
      ...ref,
      config: { ...ref.config, kebijakan: { ...ref.config.kebijakan, efisiensiSumberDana: ['RM'] } },
    };
    expect(iku04(onlyDipa)?.anggaran).toEqual({ pagu: 200, realisasi: 100 });
  });

  it('reads the optional Sumber Dana column by code or name, and names an unknown one', async () => {
    const rows = [
      ['REALISASI ANGGARAN'],
      [],
      ['Kode', 'Program/Kegiatan', 'Pagu', 'Realisasi', 'Kode IKU', 'Sumber Dana'],
      ['076.01.WA.2345.EBA.994.001.521211', 'Bahan', 100, 90, '', 'hibah apbd'],
      ['076.01.WA.2345.EBA.994.001.521213', 'Honor', 100, 90, '', ''],
      ['076.01.WA.2345.EBA.994.001.524111', 'Perjalanan', 100, 90, '', 'PNBP'],
    ];
    const { division: d, diagnostics } = await checkDivision({ anggaranSheet: { rows: rows as never } });
    expect(d?.anggaran.map((a) => a.sumberDana)).toEqual(['HIBAH', undefined, undefined]);
    const bad = diagnostics.filter((x) => x.rule === 'sumber-dana-tidak-dikenal');
    expect(bad.map((x) => [x.cell, x.message])).toEqual([
      [
        'F6',
        'Sumber Dana "PNBP" tidak dikenal. Tulis salah satu kode sumber dana di laporan.yaml: RM (DIPA (Rupiah Murni)), HIBAH (Hibah APBD); kosongkan sel untuk RM.',
      ],
    ]);
  });
});
