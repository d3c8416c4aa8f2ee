import { describe, expect, it } from 'vitest';
import type { IndikatorData } from '../../schemas/dataset.ts';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { kebijakanTeks } from '../../pipeline/render/view-kebijakan.ts';
import { ringkasanIndikator, tertinggiTerendah } from '../../pipeline/render/view-bab4.ts';
import { capaianCell, kelompokSasaran, legendaKategori, MAKS_BARIS_UTUH } from '../../pipeline/render/view-capaian.ts';
import { efisiensiRows, rumusEfisiensi, verdict } from '../../pipeline/render/view-efisiensi.ts';
import { arahTren } from '../../pipeline/render/view-perbandingan.ts';
import { renderInput } from '../fixtures/dataset.ts';
import { cssString, halamanCss } from '../../pipeline/render/view-halaman.ts';

describe('capaianCell', () => {
  it('keeps the three outcomes apart', () => {
    expect(
      capaianCell({ status: 'terhitung', nilai: 85.227, nilaiMentah: 85.227, kategori: 'Sangat Berhasil' }),
    ).toMatchObject({
      terhitung: true,
      teks: '85,23',
      kategori: 'Sangat Berhasil',
    });
    expect(
      capaianCell({ status: 'terhitung', nilai: 100, nilaiMentah: 103.75, kategori: 'Sangat Berhasil' }).teks,
    ).toBe('100,00*');
    expect(capaianCell({ status: 'terhitung', nilai: 0, nilaiMentah: 0, kategori: 'Tidak Berhasil' }).teks).toBe(
      '0,00',
    );
    expect(capaianCell({ status: 'tidak-dapat-dihitung', alasan: 'Target 0' })).toMatchObject({
      terhitung: false,
      teks: 'tidak dapat dihitung',
      alasan: 'Target 0',
    });
    expect(capaianCell({ status: 'belum-diisi', alasan: 'Realisasi kosong' })).toMatchObject({
      terhitung: false,
      teks: 'belum diisi',
      kelas: 'capaian-kosong',
    });
  });
});

describe('legendaKategori', () => {
  it('reads a floor band without min as "kurang dari"', () => {
    expect(legendaKategori([{ label: 'Kurang' }, { min: 90, label: 'Baik' }, { min: 75, label: 'Cukup' }])).toEqual([
      { rentang: '90 ke atas', label: 'Baik' },
      { rentang: '75 s.d. kurang dari 90', label: 'Cukup' },
      { rentang: 'kurang dari 75', label: 'Kurang' },
    ]);
  });
  it('handles a single band', () => {
    expect(legendaKategori([{ min: 0, label: 'Tercatat' }])).toEqual([{ rentang: 'semua nilai', label: 'Tercatat' }]);
  });
  it('writes a band above 100 as "di atas 100", and the band under it up to and including 100', () => {
    expect(
      legendaKategori([
        { min: 85, label: 'Berhasil' },
        { lebihDari: 100, label: 'Sangat Berhasil' },
        { label: 'Kurang' },
      ]),
    ).toEqual([
      { rentang: 'di atas 100', label: 'Sangat Berhasil' },
      { rentang: '85 s.d. 100', label: 'Berhasil' },
      { rentang: 'kurang dari 85', label: 'Kurang' },
    ]);
    expect(legendaKategori([{ lebihDari: 100, label: 'Lebih' }, { label: 'Cukup' }])).toEqual([
      { rentang: 'di atas 100', label: 'Lebih' },
      { rentang: '100 atau kurang', label: 'Cukup' },
    ]);
  });
});

describe('BAB IV summary', () => {
  const sasaran = (nama: string, nilai: number) => ({
    ...renderInput().dataset.sasaran[0]!,
    nama,
    capaian: { status: 'terhitung' as const, nilai, nilaiMentah: nilai, kategori: 'A' },
  });
  it('names every sasaran tied at the top or the bottom', () => {
    expect(tertinggiTerendah([sasaran('A', 100), sasaran('B', 72.5), sasaran('C', 100)], [])).toBe(
      'Capaian tertinggi (sama besar) ada pada sasaran "A" dan "C" (100,00%) dan terendah pada sasaran "B" (72,50%).',
    );
    expect(tertinggiTerendah([sasaran('A', 90), sasaran('B', 90)], [])).toBe(
      'Semua 2 sasaran strategis yang capaiannya terhitung mencapai 90,00%.',
    );
  });
  it('judges ties on the printed figure', () => {
    expect(tertinggiTerendah([sasaran('A', 99.994), sasaran('B', 99.991), sasaran('C', 80)], [])).toContain(
      'tertinggi (sama besar) ada pada sasaran "A" dan "B" (99,99%)',
    );
  });
  it('lists the indicators not filled and those that cannot be computed', () => {
    const ind = renderInput().dataset.sasaran.flatMap((s) => s.indikator);
    expect(ringkasanIndikator(ind, [])).toBe(
      '3 dari 8 indikator mencapai atau melampaui target; yang belum mencapai target: IKU-02 (80,55%), IKU-04 (85,23%), ' +
        'dan IKU-08 (97,71%); realisasi IKU-05 belum diisi; capaian IKU-06 tidak dapat dihitung.',
    );
  });
});

describe('page CSS from data', () => {
  it('escapes quotes, backslashes and "<" so a value cannot leave its string or its <style>', () => {
    expect(cssString('a "b" \\ </style>')).toBe('"a \\"b\\" \\\\ \\3c /style>"');
  });
  it('adds the draft line only for drafts', () => {
    expect(halamanCss('Judul', null)).not.toContain('@bottom-left');
    expect(halamanCss('Judul', { watermark: 'DRAF', baris: 'DRAF x' })).toContain(
      '@bottom-left { content: "DRAF x"; }',
    );
  });
});

describe('kelompokSasaran', () => {
  const rows = (n: number) =>
    kelompokSasaran([{ nama: 'Sasaran A', items: Array.from({ length: n }, (_, i) => i) }], (i) => ({ i }));

  it('rowspans a small group kept on one page', () => {
    const [g] = rows(3);
    expect(g!.utuh).toBe(true);
    expect(g!.baris.map((b) => b.kepala)).toEqual([
      { pertama: true, no: '1', sasaran: 'Sasaran A', rowspan: '3', tertutup: false, lanjutan: '' },
      { pertama: false, no: '', sasaran: '', rowspan: '3', tertutup: true, lanjutan: '' },
      { pertama: false, no: '', sasaran: '', rowspan: '3', tertutup: true, lanjutan: '' },
    ]);
  });

  it('lets a large group break, every later row naming the sasaran it continues', () => {
    const [g] = rows(MAKS_BARIS_UTUH + 1);
    expect(g!.utuh).toBe(false);
    expect(g!.baris[0]!.kepala).toMatchObject({ rowspan: '1', tertutup: false, lanjutan: '' });
    expect(g!.baris.slice(1).every((b) => b.kepala.lanjutan === '(lanjutan) 1. Sasaran A' && !b.kepala.tertutup)).toBe(
      true,
    );
  });

  it('prints the continuation marker in a real table', () => {
    const input = renderInput();
    const [s] = input.dataset.sasaran;
    s!.indikator = [...s!.indikator, ...s!.indikator, ...s!.indikator].map((i, k) => ({ ...i, kode: `IKU-X${k}` }));
    const html = renderReport(input);
    expect(
      html.match(/<span class="lanjutan">\(lanjutan\) 1\. Meningkatnya partisipasi/g)?.length,
    ).toBeGreaterThanOrEqual(5);
  });
});

describe('trend of realisasi (T4)', () => {
  const ind = (arah: 'naik' | 'turun', r: (number | null)[]) =>
    ({
      arah,
      riwayat: r.map((realisasi, i) => ({ tahun: 2022 + i, realisasi, capaian: null })),
    }) as unknown as IndikatorData;

  it('reads the direction of the indicator: a falling value improves a lower-is-better one', () => {
    expect(arahTren(ind('naik', [1, 2, 3])).teks).toBe('Naik (membaik)');
    expect(arahTren(ind('turun', [2.4, 1.8, 1.2])).teks).toBe('Turun (membaik)');
    expect(arahTren(ind('turun', [1, 1, 2])).teks).toBe('Naik (memburuk)');
    expect(arahTren(ind('naik', [5, 5, 5])).teks).toBe('Tetap');
  });

  it('compares with the latest year that has a value, and says when there is none', () => {
    expect(arahTren(ind('naik', [10, null, 8])).teks).toBe('Turun (memburuk) terhadap 2022');
    expect(arahTren(ind('naik', [null, null, 8])).arah).toBe('tanpa-pembanding');
    expect(arahTren(ind('naik', [1, 2, null])).arah).toBe('tanpa-pembanding');
  });
});

describe('efficiency (T7)', () => {
  it('follows the configured formula and says which way is efficient', () => {
    expect(verdict(0, 'selisih')).toBe('Efisien');
    expect(verdict(-0.01, 'selisih')).toBe('Tidak efisien');
    expect(verdict(0.99, 'rasio')).toBe('Tidak efisien');
    expect(verdict(null, 'rasio')).toBe('Tidak dapat dihitung');
    expect(rumusEfisiensi('rasio')).toContain(
      'capaian kinerja (%) ÷ serapan anggaran (%). Nilai 1 atau lebih berarti efisien',
    );
  });

  it('computes each indicator row from the budget tied to it', () => {
    const s = renderInput().dataset.sasaran[0]!;
    const { baris, total } = efisiensiRows(s, 'selisih');
    // IKU-01: capaian 100 (capped, so marked *), serapan 94,00 → +6,00.
    expect(baris[0]).toMatchObject({
      capaian: '100,00*',
      pagu: '1.500.000.000',
      serapan: '94,00',
      efisiensi: '+6,00',
      verdict: 'Efisien',
    });
    expect(total.kelas).toBe('rata-rata');
  });
});

describe('policy printed in the report', () => {
  const text = (patch: (c: ReturnType<typeof renderInput>) => void): string => {
    const input = renderInput();
    patch(input);
    return kebijakanTeks(input.reference.config, input.dataset).join(' ');
  };

  it('names the cap, the lower-is-better formula of each such indicator, and the efficiency formula', () => {
    const t = text(() => undefined);
    expect(t).toContain('Capaian di atas 100% dicantumkan sebagai 100% dalam tabel dan grafik (ditandai *)');
    expect(t).toContain('rumus bawaan Capaian = (2 − Realisasi / Target) × 100%');
    expect(t).toContain(
      'IKU-03: Capaian = (2 − Realisasi / Target) × 100%, paling rendah 0%; IKU-06: Capaian = (2 − Realisasi / Target) × 100%, paling rendah 0%',
    );
    expect(t).toContain('Efisiensi = capaian kinerja (%) − serapan anggaran (%)');
  });

  it('follows the configuration when it changes', () => {
    const t = text((i) => {
      i.reference.config.kebijakan.batasCapaian100 = false;
      i.reference.config.kebijakan.efisiensi = 'rasio';
      i.reference.config.kebijakan.rumusTurunDefault = 'T/R';
    });
    expect(t).toContain('Capaian tidak dibatasi');
    expect(t).toContain('rumus bawaan Capaian = Target / Realisasi × 100%');
    expect(t).toContain('capaian kinerja (%) ÷ serapan anggaran (%)');
  });
});
