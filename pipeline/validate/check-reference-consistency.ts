/** The reference files must agree with each other: same year, known sasaran, units, IKU codes and programs. */
import type { Reference, ReferenceLines } from '../../schemas/reference.ts';
import { error, warning, type Diagnostic } from '../diagnostic.ts';
import { checkKebijakan } from './check-kebijakan.ts';
import { yamlLine } from '../load/yaml-line-map.ts';

type File = 'laporan.yaml' | 'renstra.yaml' | 'iku.yaml';
type At = (file: File, path: string) => string;
/** The YAML line of a path, as a diagnostic field (`{}` when unknown). */
type LineOf = (file: File, path: string) => { line?: number };

/** Configuration errors (rule prefix `referensi-`) found by comparing `laporan.yaml`, `renstra.yaml` and `iku.yaml`. */
export function checkReferenceConsistency(ref: Reference, lines: ReferenceLines): Diagnostic[] {
  const lineOf: LineOf = (file, path) => yamlLine(lines[file], path);
  const at: At = (file, path) => {
    const { line } = lineOf(file, path);
    return `${file} ${path}${line ? ` (baris ${line})` : ''}`;
  };
  const policy = checkKebijakan(
    ref.config,
    (path) => at('laporan.yaml', path),
    (path) => lineOf('laporan.yaml', path),
  );
  return [...checkYears(ref, at, lineOf), ...checkIku(ref, at, lineOf), ...checkRenstra(ref, at, lineOf), ...policy];
}

function checkYears({ config, renstra, iku }: Reference, at: At, lineOf: LineOf): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (iku.tahun !== config.tahun) {
    const message = `${at('iku.yaml', 'tahun')}: tahun IKU ${iku.tahun} berbeda dengan tahun laporan ${config.tahun} di laporan.yaml. Gunakan iku.yaml tahun ${config.tahun}.`;
    out.push(
      error({
        rule: 'referensi-tahun-berbeda',
        file: 'iku.yaml',
        ...lineOf('iku.yaml', 'tahun'),
        message,
        expected: String(config.tahun),
        actual: String(iku.tahun),
      }),
    );
  }
  if (config.tahun < renstra.periode.awal || config.tahun > renstra.periode.akhir) {
    const message = `Tahun laporan ${config.tahun} di luar periode Renstra ${renstra.periode.awal}–${renstra.periode.akhir}. Periksa apakah renstra.yaml yang dipakai sudah benar.`;
    const end = config.tahun < renstra.periode.awal ? 'periode.awal' : 'periode.akhir';
    out.push(
      warning({
        rule: 'referensi-tahun-di-luar-renstra',
        file: 'renstra.yaml',
        ...lineOf('renstra.yaml', end),
        message,
      }),
    );
  }
  return out;
}

function checkIku({ config, renstra, iku }: Reference, at: At, lineOf: LineOf): Diagnostic[] {
  const out: Diagnostic[] = [];
  const sasaran = renstra.sasaran.map((s) => s.kode);
  const units = config.unitKerja.map((u) => u.kode);
  const codes = iku.indikator.map((i) => i.kode);
  iku.indikator.forEach((ind, n) => {
    if (codes.indexOf(ind.kode) !== n) {
      const message = `${at('iku.yaml', `indikator[${n}].kode`)}: kode ${ind.kode} dipakai dua kali. Setiap IKU harus memiliki kode sendiri.`;
      out.push(
        error({
          rule: 'referensi-iku-ganda',
          file: 'iku.yaml',
          ...lineOf('iku.yaml', `indikator[${n}].kode`),
          message,
          actual: ind.kode,
        }),
      );
    }
    if (!sasaran.includes(ind.sasaran)) {
      const message = `${at('iku.yaml', `indikator[${n}].sasaran`)}: sasaran "${ind.sasaran}" (${ind.kode}) tidak ada di renstra.yaml. Sasaran yang ada: ${sasaran.join(', ')}.`;
      out.push(
        error({
          rule: 'referensi-sasaran-tidak-dikenal',
          file: 'iku.yaml',
          ...lineOf('iku.yaml', `indikator[${n}].sasaran`),
          message,
          actual: ind.sasaran,
          expected: sasaran,
        }),
      );
    }
    if (!units.includes(ind.unit)) {
      const message = `${at('iku.yaml', `indikator[${n}].unit`)}: unit "${ind.unit}" (${ind.kode}) tidak ada di unitKerja laporan.yaml. Unit yang ada: ${units.join(', ')}.`;
      out.push(
        error({
          rule: 'referensi-unit-tidak-dikenal',
          file: 'iku.yaml',
          ...lineOf('iku.yaml', `indikator[${n}].unit`),
          message,
          actual: ind.unit,
          expected: units,
        }),
      );
    }
  });
  const programs = renstra.program.map((p) => p.kode);
  iku.program.forEach((p, n) => {
    if (programs.includes(p.kode)) return;
    const message = `${at('iku.yaml', `program[${n}].kode`)}: program ${p.kode} tidak ada di daftar program renstra.yaml (${programs.join(', ')}). Anggaran program ini akan ditolak; tambahkan programnya ke renstra.yaml.`;
    out.push(
      warning({
        rule: 'referensi-program-tidak-dikenal',
        file: 'iku.yaml',
        ...lineOf('iku.yaml', `program[${n}].kode`),
        message,
        actual: p.kode,
        expected: programs,
      }),
    );
  });
  return out;
}

function checkRenstra({ renstra, iku }: Reference, at: At, lineOf: LineOf): Diagnostic[] {
  const codes = iku.indikator.map((i) => i.kode);
  return renstra.sasaran.flatMap((s, i) =>
    s.indikator.flatMap((ind, j) => {
      if (codes.includes(ind.kodeIku)) return [];
      const message = `${at('renstra.yaml', `sasaran[${i}].indikator[${j}].kodeIku`)}: IKU "${ind.kodeIku}" tidak ada di iku.yaml. Tambahkan IKU itu ke iku.yaml atau perbaiki kodenya.`;
      return [
        error({
          rule: 'referensi-iku-tidak-dikenal',
          file: 'renstra.yaml',
          ...lineOf('renstra.yaml', `sasaran[${i}].indikator[${j}].kodeIku`),
          message,
          actual: ind.kodeIku,
          expected: codes,
        }),
      ];
    }),
  );
}
