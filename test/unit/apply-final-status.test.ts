import { describe, expect, it } from 'vitest';
import { warning } from '../../pipeline/diagnostic.ts';
import { applyFinalStatus } from '../../pipeline/validate/apply-final-status.ts';
import { testReference } from '../fixtures/reference.ts';

const reference = testReference();

const empty = warning({
  rule: 'realisasi-kosong',
  file: 'a.xlsx',
  sheet: 'Capaian',
  cell: 'I7',
  message: 'Realisasi IKU-01 belum diisi.',
});
const other = warning({ rule: 'satuan-berbeda', file: 'a.xlsx', message: 'Satuan berbeda.' });

describe('applyFinalStatus', () => {
  it('leaves a draft as it is', () => {
    const config = { ...reference.config, status: 'draf' as const };
    expect(applyFinalStatus([empty, other], { config })).toEqual([empty, other]);
  });

  it('makes an empty realisasi an error in a final report and says why', () => {
    const config = { ...reference.config, status: 'final' as const };
    const [first, second] = applyFinalStatus([empty, other], { config });
    expect(first).toMatchObject({ severity: 'error', cell: 'I7' });
    expect(first?.message).toBe(
      'Realisasi IKU-01 belum diisi. Laporan berstatus final: lengkapi dulu, atau ubah status di laporan.yaml menjadi draf.',
    );
    expect(second).toEqual(other);
  });

  it('refuses a final report whose Sekretaris has no NIP', () => {
    const { sekretaris, ketua } = reference.config.penandatangan;
    const config = {
      ...reference.config,
      status: 'final' as const,
      penandatangan: {
        ...reference.config.penandatangan,
        ketua,
        sekretaris: { nama: sekretaris.nama, jabatan: sekretaris.jabatan },
      },
    };
    const out = applyFinalStatus([], { config });
    expect(out.map((d) => d.rule)).toEqual(['final-nip-kosong']);
    expect(out[0]?.severity).toBe('error');
  });
});
