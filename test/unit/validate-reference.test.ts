import { describe, expect, it } from 'vitest';
import { parseDocument, LineCounter, stringify } from 'yaml';
import type { LoadedInputs, RawReferenceFile } from '../../pipeline/load/types.ts';
import { yamlLineMap } from '../../pipeline/load/yaml-line-map.ts';
import { validateReference } from '../../pipeline/validate/validate-reference.ts';
import { referenceYaml } from '../fixtures/reference.ts';

/** A reference file as the load stage would give it, lines included. */
function file(name: string, data: unknown): RawReferenceFile {
  const counter = new LineCounter();
  const doc = parseDocument(stringify(data), { lineCounter: counter });
  return { file: name, data: doc.toJS(), lines: yamlLineMap(doc, counter) };
}

function inputs(change: (y: typeof referenceYaml) => void = () => {}): LoadedInputs {
  const y = structuredClone(referenceYaml);
  change(y);
  return {
    config: file('laporan.yaml', y.config),
    renstra: file('renstra.yaml', y.renstra),
    iku: file('iku.yaml', y.iku),
    workbooks: [],
    narrative: {},
    diagnostics: [],
  };
}

describe('validateReference', () => {
  it('returns the typed reference when the three files are valid and agree', () => {
    const { reference, diagnostics } = validateReference(inputs());
    expect(diagnostics).toEqual([]);
    expect(reference?.config.unitKerja[2]?.alias).toEqual([]);
    expect(reference?.iku.indikator).toHaveLength(5);
  });

  it('names the key path, the value found and what is expected, without a cell', () => {
    const { reference, diagnostics } = validateReference(
      inputs((y) => {
        (y.config.penandatangan.sekretaris as Record<string, unknown>).nip = '19750814';
        (y.config as Record<string, unknown>).tahun = '2024';
      }),
    );
    expect(reference).toBeNull();
    expect(diagnostics.map((d) => [d.rule, d.file, d.cell])).toEqual([
      ['referensi-tidak-sesuai', 'laporan.yaml', undefined],
      ['referensi-tidak-sesuai', 'laporan.yaml', undefined],
    ]);
    expect(diagnostics[0]?.message).toBe(
      'laporan.yaml: tahun (baris 3) berisi "2024", padahal harus angka. Tulis angka tanpa tanda kutip dengan titik sebagai tanda desimal, misalnya 77.5.',
    );
    expect(diagnostics[1]?.message).toMatch(
      /^laporan\.yaml: penandatangan\.sekretaris\.nip \(baris \d+\) berisi "19750814"\. NIP harus 18 digit: tanggal lahir, TMT, jenis kelamin, urutan\.$/,
    );
    expect(diagnostics[1]).toMatchObject({ actual: '"19750814"' });
  });

  it('says which list item is wrong, by its code', () => {
    const { diagnostics } = validateReference(
      inputs((y) => ((y.iku.indikator[2] as Record<string, unknown>).agregasi = 'total')),
    );
    expect(diagnostics[0]?.message).toMatch(
      /^iku\.yaml: indikator\[2\]\.agregasi \(IKU-03, baris \d+\) berisi "total", padahal harus salah satu dari: kumulatif, jumlah, akhir, rata-rata\.$/,
    );
  });

  it('reports a missing key', () => {
    const { diagnostics } = validateReference(inputs((y) => delete (y.config as Record<string, unknown>).alamat));
    expect(diagnostics[0]?.message).toBe('laporan.yaml: alamat tidak ada, padahal harus teks.');
  });

  it('checks the files against each other, with referensi- rule codes', () => {
    const { reference, diagnostics } = validateReference(
      inputs((y) => {
        y.iku.tahun = 2023;
        y.iku.indikator[0]!.sasaran = 'SS-9';
        y.iku.indikator[1]!.unit = 'HUMAS';
        y.renstra.sasaran[0]!.indikator.push({ kodeIku: 'IKU-77', target: { '2024': 1 } });
      }),
    );
    expect(reference).not.toBeNull();
    expect(diagnostics.map((d) => [d.severity, d.rule, d.file])).toEqual([
      ['error', 'referensi-tahun-berbeda', 'iku.yaml'],
      ['error', 'referensi-sasaran-tidak-dikenal', 'iku.yaml'],
      ['error', 'referensi-unit-tidak-dikenal', 'iku.yaml'],
      ['error', 'referensi-iku-tidak-dikenal', 'renstra.yaml'],
    ]);
    expect(diagnostics[1]?.message).toMatch(
      /^iku\.yaml indikator\[0\]\.sasaran \(baris \d+\): sasaran "SS-9" \(IKU-01\) tidak ada di renstra\.yaml\. Sasaran yang ada: SS-1, SS-2, SS-3\.$/,
    );
    // The line and the accepted values are data too, not only words in the message.
    const line = Number(/\(baris (\d+)\)/.exec(diagnostics[1]!.message)?.[1]);
    expect(diagnostics[1]).toMatchObject({ line, expected: ['SS-1', 'SS-2', 'SS-3'], actual: 'SS-9' });
  });

  it('gives no reference when a file is missing (already reported by the load stage)', () => {
    const { reference, diagnostics } = validateReference({ ...inputs(), renstra: null });
    expect(reference).toBeNull();
    expect(diagnostics).toEqual([]);
  });
});
