/** From where headings landed in a print to the page labels Daftar Isi prints (pure, no browser). */
import { describe, expect, it } from 'vitest';
import { headingPages, labelPages } from '../../pipeline/print/label-pages.ts';
import type { PrintedHeading } from '../../pipeline/print/print-pdf.ts';

const h = (id: string, text: string, penomoran: PrintedHeading['penomoran']): PrintedHeading => ({
  id,
  text,
  penomoran,
});

const headings = [
  h('kata-pengantar', 'KATA PENGANTAR', 'romawi'),
  h('daftar-isi', 'DAFTAR ISI', 'romawi'),
  h('', 'Sub judul tanpa id', 'romawi'),
  h('bab-1', 'BAB I\nPENDAHULUAN', 'arab'),
  h('tabel-1-1', 'Tabel 1.1 Pegawai menurut Golongan pada 31 Desember 2024', 'arab'),
  h('bab-2', 'BAB II\nPERENCANAAN KINERJA', 'arab'),
];
// Chromium's bookmarks: same order, spaces lost at line wraps, the cover has no heading.
const outline = [
  { title: 'KATA PENGANTAR', pageIndex: 1 },
  { title: 'DAFTAR ISI', pageIndex: 4 },
  { title: 'Sub judul tanpa id', pageIndex: 5 },
  { title: 'BAB IPENDAHULUAN', pageIndex: 7 },
  { title: 'Tabel 1.1 Pegawai menurut Golongan pada 31Desember 2024', pageIndex: 9 },
  { title: 'BAB IIPERENCANAAN KINERJA', pageIndex: 11 },
];

describe('labelPages', () => {
  it('counts roman from the first front-matter page and arabic from the first body page', () => {
    expect(labelPages(headings, outline)).toEqual({
      'kata-pengantar': 'i',
      'daftar-isi': 'iv',
      'bab-1': '1',
      'tabel-1-1': '3',
      'bab-2': '5',
    });
  });

  it('matches headings to bookmarks in order, so two headings with the same text keep their own pages', () => {
    const twice = [h('a', 'Visi', 'arab'), h('b', 'Visi', 'arab')];
    expect(
      headingPages(twice, [
        { title: 'Visi', pageIndex: 2 },
        { title: 'Visi', pageIndex: 6 },
      ]),
    ).toEqual([2, 6]);
  });

  it('refuses to guess the page of a listed heading the outline lacks', () => {
    expect(() =>
      labelPages(
        headings,
        outline.filter((o) => !o.title.startsWith('Tabel')),
      ),
    ).toThrow(
      'Judul "Tabel 1.1 Pegawai menurut Golongan pada 31 Desember 2024" (#tabel-1-1) tidak ditemukan pada outline PDF',
    );
  });
});
