import { describe, expect, it } from 'vitest';
import { capaianCell, legendaKategori } from '../../pipeline/render/view-capaian.ts';
import { cssString, halamanCss } from '../../pipeline/render/view-halaman.ts';
import { daftarKata } from '../../pipeline/render/view-ikhtisar.ts';

describe('capaianCell', () => {
  it('keeps the three outcomes apart', () => {
    expect(capaianCell({ status: 'terhitung', nilai: 85.227, nilaiMentah: 85.227, kategori: 'Sangat Berhasil' })).toMatchObject({
      terhitung: true,
      teks: '85,23',
      kategori: 'Sangat Berhasil',
    });
    expect(capaianCell({ status: 'terhitung', nilai: 100, nilaiMentah: 103.75, kategori: 'Sangat Berhasil' }).teks).toBe('100,00*');
    expect(capaianCell({ status: 'terhitung', nilai: 0, nilaiMentah: 0, kategori: 'Tidak Berhasil' }).teks).toBe('0,00');
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
});

describe('page CSS from data', () => {
  it('escapes quotes, backslashes and "<" so a value cannot leave its string or its <style>', () => {
    expect(cssString('a "b" \\ </style>')).toBe('"a \\"b\\" \\\\ \\3c /style>"');
  });
  it('adds the draft line only for drafts', () => {
    expect(halamanCss('Judul', null)).not.toContain('@bottom-left');
    expect(halamanCss('Judul', { watermark: 'DRAF', baris: 'DRAF x' })).toContain('@bottom-left { content: "DRAF x"; }');
  });
});

describe('daftarKata', () => {
  it('joins an Indonesian list', () => {
    expect(daftarKata(['a'])).toBe('a');
    expect(daftarKata(['a', 'b'])).toBe('a dan b');
    expect(daftarKata(['a', 'b', 'c'])).toBe('a, b, dan c');
  });
});
