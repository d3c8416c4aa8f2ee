/** The merge stage keeps the three outcomes apart for earlier years, the Renstra end target, sasaran and the report. */
import { afterAll, describe, expect, it } from 'vitest';
import { mergeDataset } from '../../pipeline/merge/merge-dataset.ts';
import { checkDivision } from '../fixtures/check-division.ts';
import { removeTempDirs } from '../fixtures/write-workbook.ts';
import { testReference } from '../fixtures/reference.ts';

afterAll(removeTempDirs);

function reference() {
  const ref = testReference();
  const iku01 = ref.renstra.sasaran[0]!.indikator[0]!;
  // 2022: a realisasi but no Renstra target that year; 2023: no realisasi at all.
  iku01.realisasi = { '2022': 90 };
  return ref;
}

describe('mergeDataset: outcomes with their reason', () => {
  it('an earlier year without target cannot be computed; one without realisasi is not filled', async () => {
    const { division } = await checkDivision();
    const d = mergeDataset([division!], reference());
    const iku01 = d.sasaran[0]!.indikator[0]!;
    expect(iku01.riwayat.map((r) => [r.tahun, r.capaian])).toEqual([
      [2022, { status: 'tidak-dapat-dihitung', alasan: 'Target Renstra tahun 2022 tidak tercantum di renstra.yaml' }],
      [2023, { status: 'belum-diisi', alasan: 'Realisasi tahun 2023 tidak tercantum di renstra.yaml' }],
      [2024, { status: 'terhitung', nilai: 100, nilaiMentah: 100, kategori: 'Sangat Berhasil' }],
    ]);
  });

  it('a sasaran none of whose indicators was reported is "belum diisi"; so is the report without any', () => {
    const d = mergeDataset([], reference());
    expect(d.sasaran.map((s) => s.capaian)).toEqual([
      { status: 'belum-diisi', alasan: '2 indikator belum diisi' },
      { status: 'belum-diisi', alasan: '1 indikator belum diisi' },
      { status: 'belum-diisi', alasan: '2 indikator belum diisi' },
    ]);
    expect(d.capaianKeseluruhan).toEqual({ status: 'belum-diisi', alasan: '3 sasaran belum diisi' });
    expect(d.sasaran[0]!.indikator[0]!.renstra.capaian.status).toBe('belum-diisi');
  });

  it('T7 of a sasaran counts only the budget of the indicators in its mean', async () => {
    const { division } = await checkDivision({
      capaian: [
        [
          'IKU-01',
          'Persentase produk hukum yang dipublikasikan di JDIH',
          '%',
          100,
          null,
          null,
          null,
          90,
          90,
          'JDIH',
          '',
        ],
      ],
      analisis: [['IKU-01', 'a', 'b', 'c']],
      anggaran: [
        ['076.01.WA.2345', 'Dukungan manajemen', 100_000_000, 80_000_000, 'IKU-01'],
        ['076.01.WA.2345', 'Dukungan manajemen', 300_000_000, 30_000_000, 'IKU-04'],
      ],
    });
    const ss1 = mergeDataset([division!], reference()).sasaran[0]!;
    // IKU-04 is not filled: its Rp 300.000.000 stays in the sasaran's budget but out of the efficiency base.
    expect(ss1.anggaran).toMatchObject({ pagu: 400_000_000, realisasi: 110_000_000 });
    // capaian 90 (IKU-01 only) − serapan 80 = 10
    expect(ss1.efisiensi).toEqual({ pagu: 100_000_000, realisasi: 80_000_000, serapan: 80, nilai: 10 });
  });
});
