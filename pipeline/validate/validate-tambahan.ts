/** The optional reference files (`hibah.yaml`, `evaluasi-sakip.yaml`, `prestasi.yaml`, `iku-<tahun>.yaml`). Pure. */
import { evaluasiSakipSchema } from '../../schemas/evaluasi-sakip.ts';
import { ikuBerikutSchema, type IkuBerikut } from '../../schemas/iku-berikut.ts';
import { prestasiSchema } from '../../schemas/prestasi.ts';
import type { Reference } from '../../schemas/reference.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import type { RawReferenceFile } from '../load/types.ts';
import { yamlLine } from '../load/yaml-line-map.ts';
import { parseReferenceFile } from './parse-reference-file.ts';
import { validateHibah } from './validate-hibah.ts';

/** The parts of the reference the optional files add (absent where a file is missing or invalid). */
export function validateTambahan(
  files: Readonly<Record<string, RawReferenceFile>>,
  base: Reference,
): { reference: Partial<Reference>; diagnostics: Diagnostic[] } {
  const hibah = validateHibah(files['hibah.yaml'], base);
  const parsed = <T>(name: string, parse: (raw: RawReferenceFile) => { data: T | null; diagnostics: Diagnostic[] }) => {
    const raw = files[name];
    return raw ? parse(raw) : { data: null, diagnostics: [] };
  };
  const evaluasi = parsed('evaluasi-sakip.yaml', (raw) => parseReferenceFile(raw, evaluasiSakipSchema));
  const prestasi = parsed('prestasi.yaml', (raw) => parseReferenceFile(raw, prestasiSchema));
  const berikut = ikuBerikut(files, base.config.tahun + 1);
  return {
    reference: {
      ...(hibah.hibah ? { hibah: hibah.hibah } : {}),
      ...(evaluasi.data ? { evaluasiSakip: evaluasi.data } : {}),
      ...(prestasi.data ? { prestasi: prestasi.data } : {}),
      ...(berikut.data ? { ikuBerikut: berikut.data } : {}),
    },
    diagnostics: [...hibah.diagnostics, ...evaluasi.diagnostics, ...prestasi.diagnostics, ...berikut.diagnostics],
  };
}

/** Next year's PK, from `iku-<tahun + 1>.yaml`; its `tahun` must say that year. Other years' files are not read. */
function ikuBerikut(
  files: Readonly<Record<string, RawReferenceFile>>,
  tahun: number,
): { data: IkuBerikut | null; diagnostics: Diagnostic[] } {
  const name = `iku-${tahun}.yaml`;
  const raw = files[name];
  if (!raw) return { data: null, diagnostics: [] };
  const parsed = parseReferenceFile(raw, ikuBerikutSchema);
  if (!parsed.data || parsed.data.tahun === tahun) return parsed;
  const message = `${name}: tahun ${parsed.data.tahun} tidak sesuai dengan nama berkas. Berkas ini memuat Perjanjian Kinerja tahun ${tahun}; isi tahun: ${tahun}.`;
  return {
    data: null,
    diagnostics: [
      error({
        rule: 'referensi-tahun-berbeda',
        file: name,
        ...yamlLine(raw.lines, 'tahun'),
        message,
        expected: String(tahun),
        actual: String(parsed.data.tahun),
      }),
    ],
  };
}
