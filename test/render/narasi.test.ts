/** Narrative slots: placeholder boxes, warnings for the build, and what staff Markdown may and may not do. */
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../pipeline/render/build-view.ts';
import { NARASI_SLOTS, narrativeDiagnostics } from '../../pipeline/render/narasi-slots.ts';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { PENANDA_NARASI } from '../../pipeline/render/view-narasi.ts';
import { narrativeLengkap, renderInput } from '../fixtures/dataset.ts';
import { htmlText } from './html-table.ts';

const boxes = (html: string): string[] =>
  [...html.matchAll(/<div class="narasi-kosong" role="note">([^<]*)<\/div>/g)].map((m) => htmlText(m[1]!));

const withNarrative = (narrative: Record<string, string>): string => renderReport({ ...renderInput(), narrative });

describe('placeholder boxes', () => {
  it('shows none when every slot is filled', () => {
    const html = withNarrative(narrativeLengkap);
    expect(boxes(html)).toEqual([]);
    expect(html).not.toContain(PENANDA_NARASI);
    for (const s of NARASI_SLOTS) expect(htmlText(html)).toContain(`Teks contoh bagian ${s.judul}.`);
  });

  it('shows one box per missing slot, saying what belongs there and in which file', () => {
    const html = withNarrative({});
    expect(boxes(html)).toHaveLength(NARASI_SLOTS.length);
    expect(boxes(html)[1]).toBe(
      'Bagian ini belum diisi. Tulis mengapa laporan kinerja disusun dan gambaran umum tahun anggaran (tahapan ' +
        'Pemilu/Pemilihan yang berlangsung) di berkas inputs/narasi/latar-belakang.md.',
    );
  });

  it('treats a file holding only whitespace as missing, and renders when no narrative is given at all', () => {
    expect(boxes(withNarrative({ ...narrativeLengkap, 'isu-strategis': ' \n\t\n' }))).toEqual([
      expect.stringContaining('inputs/narasi/isu-strategis.md'),
    ]);
    const { narrative: _n, ...input } = renderInput();
    expect(boxes(renderReport(input))).toHaveLength(NARASI_SLOTS.length);
  });
});

describe('narrativeDiagnostics', () => {
  it('warns once per missing or empty slot, naming the file', () => {
    const ds = narrativeDiagnostics({
      ...narrativeLengkap,
      kesimpulan: '',
      'langkah-perbaikan': undefined as unknown as string,
    });
    expect(ds).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'narasi-kosong', file: 'narasi/kesimpulan.md' }),
      expect.objectContaining({ severity: 'warning', rule: 'narasi-kosong', file: 'narasi/langkah-perbaikan.md' }),
    ]);
    expect(ds[0]!.message).toBe(
      'Narasi "Kesimpulan" belum ada: berkas narasi/kesimpulan.md tidak ditemukan atau kosong. Tulis di berkas itu ' +
        'kesimpulan umum atas capaian kinerja tahun ini (ringkasan angka dicetak otomatis di atasnya). Sampai diisi, ' +
        'laporan menampilkan kotak penanda di tempatnya.',
    );
  });

  it('is silent when all slots are filled, and names a file that is no slot', () => {
    expect(narrativeDiagnostics(narrativeLengkap)).toEqual([]);
    const [d] = narrativeDiagnostics({ ...narrativeLengkap, latar_belakang: 'x' });
    expect(d).toMatchObject({ severity: 'warning', rule: 'narasi-tidak-dikenal', file: 'narasi/latar_belakang.md' });
    expect(d!.message).toContain('latar-belakang.md');
  });
});

describe('staff Markdown', () => {
  const render = (text: string): string => withNarrative({ ...narrativeLengkap, 'latar-belakang': text });

  it('escapes raw HTML and never loads an image', () => {
    const html = render(
      'Teks <script>alert(1)</script> dan <img src="https://example.com/x.png">\n\n![logo](https://example.com/y.png)',
    );
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<img[^>]+example\.com/);
  });

  it('keeps lists, emphasis and tables, and puts its headings below the section heading', () => {
    const html = render('# Sub\n\n1. **satu**\n2. dua\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<h3 class="judul-narasi">Sub</h3>');
    expect(html).toContain('<li><strong>satu</strong></li>');
    expect(html).toContain('<table class="tabel tabel-narasi tabel-utuh">');
  });

  it('numbers a table captioned "Tabel: …" in its chapter and lists it in Daftar Tabel', () => {
    const input = renderInput();
    input.narrative = {
      ...narrativeLengkap,
      'sumber-daya-manusia': 'Tabel: Pegawai <b>menurut</b> Golongan\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    };
    const html = renderReport(input);
    expect(html).toContain(
      '<h6 class="judul-tabel" id="tabel-1-1"><span class="nomor-tabel">Tabel 1.1</span> Pegawai &lt;b&gt;menurut&lt;/b&gt; Golongan</h6>',
    );
    expect(buildReportView(input).daftarTabel.entri[1]).toMatchObject({ id: 'tabel-1-1', nomor: 'Tabel 1.1' });
    expect(render('Tabel: bukan keterangan tabel\n\nparagraf biasa')).toContain('<p>Tabel: bukan keterangan tabel</p>');
  });
});
