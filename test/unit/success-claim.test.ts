import { describe, expect, it } from 'vitest';
import { successClaim } from '../../pipeline/validate/success-claim.ts';

describe('successClaim', () => {
  it.each([
    ['Semua target tercapai berkat kerja keras.', 'Semua target tercapai'],
    ['Seluruh target telah tercapai.', 'Seluruh target telah tercapai'],
    ['Realisasi melampaui target yang ditetapkan.', 'melampaui target'],
    ['Tercapainya target karena dukungan pimpinan.', 'Tercapainya'],
    ['Kegiatan berhasil dilaksanakan tepat waktu.', 'berhasil'],
    ['Capaian sesuai dengan target PK.', 'sesuai dengan target'],
  ])('finds the claim in "%s"', (text, claim) => {
    expect(successClaim(text)).toBe(claim);
  });

  it.each([
    'Target tidak tercapai karena kejenuhan pemilih.',
    'Tidak semua target tercapai.',
    'Belum sepenuhnya tercapai karena anggaran terbatas.',
    'Kegiatan berhasil dilaksanakan, namun target belum tercapai.',
    'Capaian di bawah target karena cuaca.',
    'Upaya agar target tercapai: sosialisasi door to door.',
    'Program untuk mencapai target tahun depan.',
    'Keberhasilan disebabkan oleh kerja sama.',
    'Sosialisasi gagal menjangkau pemilih pemula.',
    '',
  ])('finds no claim in "%s"', (text) => {
    expect(successClaim(text)).toBeNull();
  });
});
