/** The optional Lampiran "Perubahan sejak draf sebelumnya" of a draft (laporan.yaml riwayat.lampiranPerubahan). */
import { describe, expect, it } from 'vitest';
import { changesHtml } from '../../pipeline/deliver/history/changes-html.ts';
import { changesMarkdown } from '../../pipeline/deliver/history/changes-markdown.ts';
import { changesHeadline } from '../../pipeline/deliver/history/changes-summary.ts';
import { compareDrafts } from '../../pipeline/deliver/history/compare-drafts.ts';
import type { DraftRecord } from '../../pipeline/deliver/history/draft-history.ts';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { renderInput } from '../fixtures/dataset.ts';

const record = (nomor: number, realisasi: number | null): DraftRecord => {
  const { dataset, narrative } = renderInput();
  dataset.sasaran[0]!.indikator[0]!.realisasi = realisasi;
  return {
    nomor,
    sidik: `s${nomor}`,
    dibuat: '2025-01-10T07:05:00.000Z',
    halaman: {},
    dataset,
    diagnostics: [],
    narrative: narrative ?? {},
  };
};

describe('Lampiran Perubahan sejak draf sebelumnya', () => {
  const lama = record(1, 70);
  const baru = record(2, 75);
  const kode = baru.dataset.sasaran[0]!.indikator[0]!.kode;

  it('lists each changed value with the earlier and the present one, as the last Lampiran', () => {
    const html = renderReport({ ...renderInput(), perubahan: compareDrafts(lama, baru) });
    expect(html).toContain('PERUBAHAN SEJAK DRAF KE-1');
    expect(html).toMatch(new RegExp(`<tr><td>[^<]*: ${kode}</td><td>Realisasi</td><td>70</td><td>75</td></tr>`));
    expect(html.lastIndexOf('PERUBAHAN SEJAK DRAF KE-1')).toBeGreaterThan(html.lastIndexOf('PERNYATAAN TELAH DIREVIU'));
  });

  it('is left out when not asked for', () => {
    expect(renderReport(renderInput())).not.toContain('PERUBAHAN SEJAK DRAF');
  });

  it('names a picture of the narrative replaced, added or removed, the only change between two drafts', () => {
    const sebelum = { ...record(1, 70), gambar: { 'struktur.svg': 'aa', 'lama.png': 'bb' } };
    const sesudah = { ...record(2, 70), gambar: { 'struktur.svg': 'cc', 'foto/baru.jpg': 'dd' } };
    const changes = compareDrafts(sebelum, sesudah);
    expect(changes.gambar).toEqual([
      { berkas: 'narasi/foto/baru.jpg', keadaan: 'baru' },
      { berkas: 'narasi/lama.png', keadaan: 'dihapus' },
      { berkas: 'narasi/struktur.svg', keadaan: 'diganti' },
    ]);
    expect(changesHeadline(changes)).toBe('Perubahan sejak draf ke-1: 3 gambar narasi.');
    expect(changesHtml(changes, 'LKj')).toContain('<li>inputs/narasi/struktur.svg: diganti</li>');
    expect(changesMarkdown(changes, 'LKj')).toContain('- inputs/narasi/struktur.svg: diganti');
    const html = renderReport({ ...renderInput(), perubahan: changes });
    expect(html).toContain('<tr><td>Gambar narasi/struktur.svg</td><td>Berkas</td><td>ada</td><td>diganti</td></tr>');
    // A draft kept before pictures were recorded: nothing to compare with, not every picture "new"
    expect(compareDrafts(record(1, 70), sesudah).gambar).toEqual([]);
  });
});
