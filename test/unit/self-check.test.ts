/** Traceable numbers and the self-check before printing: sources on every figure, invariants that must hold. */
import { afterAll, describe, expect, it } from 'vitest';
import { mergeDataset } from '../../pipeline/merge/merge-dataset.ts';
import { assertDataset, SelfCheckError } from '../../pipeline/merge/self-check.ts';
import { cellRuns, traceSources } from '../../pipeline/merge/trace-sources.ts';
import { assertSameFigures } from '../../pipeline/render/assert-same-figures.ts';
import { sumberAttributes } from '../../pipeline/render/helpers.ts';
import { sumberLookup } from '../../pipeline/render/sumber.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { checkDivision } from '../fixtures/check-division.ts';
import { removeTempDirs } from '../fixtures/write-workbook.ts';
import type { DivisionInput } from '../fixtures/division-workbook.ts';
import { testReference } from '../fixtures/reference.ts';

afterAll(removeTempDirs);

const ref = {
  ...testReference(),
  lines: { 'iku.yaml': { 'indikator[0].target': 19, 'indikator[3].target': 49, 'program[0].anggaran': 74 } },
};

async function traced(input: DivisionInput = {}): Promise<Dataset> {
  const { division } = await checkDivision({
    ...input,
    anggaran: [
      ['076.01.WA.2345.EBA.962.051.521211', 'Belanja Bahan', 100000000, 90000000, 'IKU-01'],
      ['076.01.WA.2345.EBA.962.051.524111', 'Belanja Perjalanan Dinas', 50000000, 45000000, 'IKU-01'],
    ],
  });
  if (!division) throw new Error('no division');
  return traceSources(mergeDataset([division], ref), [division], ref);
}

describe('traceSources: every figure carries its source', () => {
  it('names the workbook cell of each realisasi and the YAML line of each target', async () => {
    const d = await traced();
    const iku01 = d.sasaran.flatMap((s) => s.indikator).find((i) => i.kode === 'IKU-01');
    expect(iku01?.asal?.['target']).toEqual([{ file: 'iku.yaml', baris: 19 }]);
    expect(iku01?.asal?.['realisasi']).toEqual([{ file: 'divisi-hukum.xlsx', sheet: 'Capaian', cell: 'I7' }]);
    expect(iku01?.asal?.['realisasiTriwulan.3']).toEqual([{ file: 'divisi-hukum.xlsx', sheet: 'Capaian', cell: 'H7' }]);
    expect(iku01?.asal?.['anggaran.pagu']).toEqual([{ file: 'divisi-hukum.xlsx', sheet: 'Anggaran', cell: 'C6:C7' }]);
    expect(d.anggaran.program[0]?.asal?.['pk']).toEqual([{ file: 'iku.yaml', baris: 74 }]);
    expect(d.anggaran.program[0]?.asal?.['realisasi']).toEqual([
      { file: 'divisi-hukum.xlsx', sheet: 'Anggaran', cell: 'D6:D7' },
    ]);
  });

  it('names each sheet as the workbook spells it', async () => {
    const d = await traced({ sheetNames: { Capaian: 'CAPAIAN KINERJA', Anggaran: 'realisasi anggaran' } });
    const iku01 = d.sasaran.flatMap((s) => s.indikator).find((i) => i.kode === 'IKU-01');
    expect(iku01?.asal?.['realisasi']).toEqual([{ file: 'divisi-hukum.xlsx', sheet: 'CAPAIAN KINERJA', cell: 'I7' }]);
    expect(iku01?.asal?.['anggaran.pagu']).toEqual([
      { file: 'divisi-hukum.xlsx', sheet: 'realisasi anggaran', cell: 'C6:C7' },
    ]);
    expect(d.anggaran.program[0]?.asal?.['realisasi']).toEqual([
      { file: 'divisi-hukum.xlsx', sheet: 'realisasi anggaran', cell: 'D6:D7' },
    ]);
    expect(d.anggaran.sumberDana[0]?.asal?.['pagu']).toEqual([
      { file: 'divisi-hukum.xlsx', sheet: 'realisasi anggaran', cell: 'C6:C7' },
    ]);
    expect(sumberAttributes(sumberLookup(d), 'IKU-01', 'realisasi')).toBe(
      ' data-sumber="divisi-hukum.xlsx, CAPAIAN KINERJA!I7" data-angka="IKU-01 realisasi"',
    );
  });

  it('joins neighbouring cells into ranges along a column or a row', () => {
    expect(cellRuns(['C7', 'C8', 'C9', 'C12'])).toBe('C7:C9, C12');
    expect(cellRuns(['H5', 'E5', 'F5', 'G5'])).toBe('E5:H5');
    expect(cellRuns(['E5', 'H5'])).toBe('E5, H5');
  });

  it("gives a table cell its data-sumber, and this year's figures a name shared by every table", async () => {
    const lookup = sumberLookup(await traced());
    expect(sumberAttributes(lookup, 'IKU-01', 'realisasi')).toBe(
      ' data-sumber="divisi-hukum.xlsx, Capaian!I7" data-angka="IKU-01 realisasi"',
    );
    // T4's last column (2022, 2023, 2024) is this year: the same figure as T1's realisasi.
    expect(sumberAttributes(lookup, 'IKU-01', 'riwayat', 2)).toBe(
      ' data-sumber="divisi-hukum.xlsx, Capaian!I7" data-angka="IKU-01 realisasi"',
    );
    expect(sumberAttributes(lookup, 'IKU-01', 'capaian')).toBe(
      ' data-sumber="dihitung dengan rumus R/T: iku.yaml baris 19; divisi-hukum.xlsx, Capaian!I7" data-angka="IKU-01 capaian"',
    );
    expect(sumberAttributes(lookup, 'IKU-99', 'realisasi')).toBe('');
  });
});

describe('assertDataset: the merged dataset is checked before anything is printed', () => {
  it('passes a dataset the merge made', async () => {
    const d = await traced();
    expect(assertDataset(d)).toBe(d);
  });

  it('stops on a program whose pagu is not the sum of its kegiatan', async () => {
    const d = await traced();
    const broken = {
      ...d,
      anggaran: { ...d.anggaran, program: d.anggaran.program.map((p) => ({ ...p, pagu: p.pagu + 1000 })) },
    };
    expect(() => assertDataset(broken)).toThrow(SelfCheckError);
    expect(() => assertDataset(broken)).toThrow(
      'Pemeriksaan mandiri sebelum mencetak gagal: program 076.01.WA: pagu/realisasi 150.001.000/135.000.000, padahal jumlah rinciannya 150.000.000/135.000.000; sisa 076.01.WA 15.000.000 ≠ pagu − realisasi; total anggaran: pagu/realisasi 150.000.000/135.000.000, padahal jumlah rinciannya 150.001.000/135.000.000. Laporan tidak dibuat agar tidak memuat angka yang saling bertentangan; ini kesalahan program, bukan kesalahan isian.',
    );
  });

  it('stops on an indicator whose capaian of this year differs between the tables that hold it', async () => {
    const d = await traced();
    const sasaran = d.sasaran.map((s) => ({
      ...s,
      indikator: s.indikator.map((i) =>
        i.kode === 'IKU-04'
          ? {
              ...i,
              riwayat: i.riwayat.map((r) =>
                r.tahun === 2024
                  ? {
                      ...r,
                      capaian: {
                        status: 'terhitung' as const,
                        nilai: 85.2,
                        nilaiMentah: 85.2,
                        kategori: 'Sangat Berhasil',
                      },
                    }
                  : r,
              ),
            }
          : i,
      ),
    }));
    expect(() => assertDataset({ ...d, sasaran })).toThrow(
      /IKU-04: capaian tahun 2024 di tabel perbandingan \(85,2\) berbeda dengan capaiannya \(85,23\)/,
    );
  });

  it('stops on a dataset that breaks its schema, naming the path', async () => {
    const d = await traced();
    expect(() => assertDataset({ ...d, capaianKeseluruhan: 'tinggi' as never })).toThrow(
      /data gabungan tidak sesuai skemanya \(capaianKeseluruhan: /,
    );
  });

  it('stops on a figure without a source', async () => {
    const d = await traced();
    const sasaran = d.sasaran.map((s) => ({ ...s, indikator: s.indikator.map(({ asal: _a, ...i }) => i) }));
    expect(() => assertDataset({ ...d, sasaran })).toThrow(/IKU-01: sumber data target\/realisasi tidak tercatat/);
  });
});

describe('assertSameFigures: one figure, one printed value', () => {
  const cell = (name: string, text: string) => `<td class="angka" data-sumber="x" data-angka="${name}">${text}</td>`;

  it('accepts the same number with or without the cap marker and percent sign, and ignores worded cells', () => {
    expect(() =>
      assertSameFigures(
        cell('IKU-01 capaian', '100,00*') +
          cell('IKU-01 capaian', '100,00') +
          cell('IKU-01 capaian', '<span>belum diisi</span>'),
      ),
    ).not.toThrow();
  });

  it('stops when one figure is printed with two values', () => {
    expect(() => assertSameFigures(cell('IKU-02 capaian', '85,23') + cell('IKU-02 capaian', '85,2'))).toThrow(
      'Pemeriksaan mandiri sebelum mencetak gagal: angka yang sama tercetak berbeda di tabel yang berbeda (IKU-02 capaian tercetak 85,23 dan 85,2). Laporan tidak dibuat agar tidak memuat angka yang saling bertentangan; ini kesalahan program, bukan kesalahan isian.',
    );
  });
});
