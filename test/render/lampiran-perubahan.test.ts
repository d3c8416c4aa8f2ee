/** The optional Lampiran "Perubahan sejak draf sebelumnya" of a draft (laporan.yaml riwayat.lampiranPerubahan). */
import { describe, expect, it } from 'vitest';
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
});
