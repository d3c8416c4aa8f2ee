import { describe, expect, it } from 'vitest';
import { error, info, warning } from '../../pipeline/diagnostic.ts';
import { problemReport } from '../../pipeline/report-problems/problem-report.ts';
import { HTML_LINES_PER_FILE, problemsHtml } from '../../pipeline/report-problems/problems-html.ts';

const base = {
  checkedAt: '2025-01-20T03:00:00.000Z',
  satker: 'Sekretariat KPU Provinsi Banten',
  tahun: 2024,
  exitCode: 1,
};

describe('problemReport', () => {
  it('summarises every file (clean ones too), most errors first, with counts and the correction copy', () => {
    const report = problemReport({
      ...base,
      diagnostics: [
        warning({ rule: 'satuan-berbeda', file: 'b.xlsx', sheet: 'Capaian', cell: 'C7', message: 'm1' }),
        error({ rule: 'bukan-angka', file: 'c.xlsx', sheet: 'Capaian', cell: 'I7', message: 'm2' }),
        error({ rule: 'berkas-terkunci', file: 'd.xlsx', message: 'm3' }),
        info({ rule: 'baris-tersembunyi', file: 'c.xlsx', sheet: 'Capaian', message: 'm4' }),
      ],
      workbooks: [
        { file: 'a.xlsx', unit: 'Divisi Hukum' },
        { file: 'b.xlsx', unit: null },
        { file: 'c.xlsx', unit: 'Divisi Datin' },
      ],
      correctionCopies: new Map([
        ['c.xlsx', 'koreksi/c.xlsx'],
        ['b.xlsx', 'koreksi/b.xlsx'],
      ]),
    });
    expect(report.counts).toEqual({ error: 2, warning: 1, info: 1 });
    expect(report.files).toEqual([
      {
        file: 'c.xlsx',
        unit: 'Divisi Datin',
        counts: { error: 1, warning: 0, info: 1 },
        correctionCopy: 'koreksi/c.xlsx',
      },
      { file: 'd.xlsx', unit: null, counts: { error: 1, warning: 0, info: 0 }, correctionCopy: null },
      { file: 'b.xlsx', unit: null, counts: { error: 0, warning: 1, info: 0 }, correctionCopy: 'koreksi/b.xlsx' },
      { file: 'a.xlsx', unit: 'Divisi Hukum', counts: { error: 0, warning: 0, info: 0 }, correctionCopy: null },
    ]);
    expect(report.diagnostics).toHaveLength(4);
  });
});

describe('problemsHtml', () => {
  it('escapes everything that came from a workbook, groups per file and links the copies', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const html = problemsHtml(
      problemReport({
        ...base,
        diagnostics: [
          error({
            rule: 'bukan-angka',
            file: 'a&b.xlsx',
            sheet: 'Capaian',
            cell: 'I7',
            message: `Realisasi "${evil}" bukan angka.`,
            actual: evil,
          }),
        ],
        workbooks: [{ file: 'a&b.xlsx', unit: '<b>Unit</b>' }],
        correctionCopies: new Map([['a&b.xlsx', 'koreksi/a&b.xlsx']]),
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>Unit');
    expect(html).toContain('Realisasi &quot;&lt;img src=x onerror=alert(1)&gt;&quot; bukan angka.');
    expect(html).toContain('<h2>a&amp;b.xlsx</h2>');
    expect(html).toContain('<td>Capaian!I7</td>');
    expect(html).toContain('href="koreksi/a&amp;b.xlsx"');
    expect(html).toContain('Masih ada galat: laporan belum dapat disusun');
  });

  it('shows at most a fixed number of lines per file and says how many there are', () => {
    const many = Array.from({ length: HTML_LINES_PER_FILE + 734 }, (_, i) =>
      warning({ rule: 'bukan-angka', file: 'a.xlsx', sheet: 'Capaian', cell: `A${i + 1}`, message: `m${i}` }),
    );
    const html = problemsHtml(
      problemReport({ ...base, exitCode: 0, diagnostics: many, workbooks: [], correctionCopies: new Map() }),
    );
    expect(html).toContain('Menampilkan 500 dari 1.234 masalah; daftar lengkap ada di laporan-pemeriksaan.json.');
    expect(html).toContain('Tidak ada galat: laporan dapat disusun.');
  });
});
