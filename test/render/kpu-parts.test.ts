/** Render-level checks of the parts KPU reports carry beyond the sistematika (issue 13). */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../pipeline/render/render-report.ts';
import { renderInput } from '../fixtures/dataset.ts';
import { htmlText } from './html-table.ts';

const kataPengantar = (html: string) => htmlText(html.slice(html.indexOf('id="kata-pengantar"'), html.indexOf('id="ikhtisar-eksekutif"')));

describe('Kata Pengantar signer', () => {
  it('is the Sekretaris with the NIP by default', () => {
    expect(kataPengantar(renderReport(renderInput('draf')))).toContain('Sekretaris KPU Provinsi Banten, Drs. Ahmad Fauzi, M.Si. NIP. 19650222 200701 1 005');
  });

  it('is the Ketua, without a NIP, when laporan.yaml says so', () => {
    const input = renderInput('draf');
    input.reference.config.penandatangan.kataPengantar = 'ketua';
    const text = kataPengantar(renderReport(input));
    expect(text).toContain('Serang, 15 Januari 2025 Ketua KPU Provinsi Banten, Siti Rahmawati, S.IP., M.Si.');
    expect(text).not.toContain('NIP');
    expect(text).not.toContain('Ahmad Fauzi');
  });
});
