/**
 * The planning documents against each other: the PK target of each IKU against the Renstra target of the same year,
 * and the Rencana Aksi (the quarterly targets in `iku.yaml`) against the annual PK target, per aggregation.
 * Warnings on a draft; `apply-final-status.ts` makes them errors in a `final` report, which prints both figures.
 */
import type { IkuIndikator } from '../../schemas/iku.ts';
import type { Reference } from '../../schemas/reference.ts';
import { warning, type Diagnostic } from '../diagnostic.ts';
import { formatAngkaPersis, formatTargetPersis } from '../format.ts';
import { yamlLine } from '../load/yaml-line-map.ts';

const TW = ['TW I', 'TW II', 'TW III', 'TW IV'] as const;

/** `iku.yaml baris 31` (the line when it is known). */
const where = (ref: Reference, file: 'iku.yaml' | 'renstra.yaml', path: string): { text: string; line?: number } => {
  const { line } = yamlLine(ref.lines?.[file], path);
  return line === undefined ? { text: file } : { text: `${file} baris ${line}`, line };
};

/** Both checks, in the order of `iku.yaml`. */
export function checkPlanTargets(ref: Reference): Diagnostic[] {
  return ref.iku.indikator.flatMap((ind, n) => [...pkAgainstRenstra(ref, ind, n), ...rencanaAksi(ref, ind, n)]);
}

/** The Renstra target of the report's year, with its path in `renstra.yaml`. */
function renstraTarget(ref: Reference, kode: string): { value: number; path: string } | null {
  const year = String(ref.iku.tahun);
  for (const [i, s] of ref.renstra.sasaran.entries()) {
    for (const [j, ind] of s.indikator.entries()) {
      const value = ind.kodeIku === kode ? ind.target[year] : undefined;
      if (value !== undefined) return { value, path: `sasaran[${i}].indikator[${j}].target.${year}` };
    }
  }
  return null;
}

function pkAgainstRenstra(ref: Reference, ind: IkuIndikator, n: number): Diagnostic[] {
  const renstra = renstraTarget(ref, ind.kode);
  if (!renstra) return [];
  const t = ind.target;
  const same = typeof t === 'number' ? near(t, renstra.value) : renstra.value >= t.min && renstra.value <= t.max;
  if (same) return [];
  const pk = where(ref, 'iku.yaml', `indikator[${n}].target`);
  const rs = where(ref, 'renstra.yaml', renstra.path);
  const message =
    `Target PK ${ind.kode} tahun ${ref.iku.tahun} adalah ${formatTargetPersis(t)} (${pk.text}), tetapi target Renstra tahun itu ` +
    `${formatAngkaPersis(renstra.value)} (${rs.text}). Laporan akan menilai indikator ini dengan dua target yang berbeda. ` +
    'Samakan keduanya; jika Renstra atau PK direvisi, perbarui berkas yang belum mengikuti revisi.';
  return [
    warning({
      rule: 'pk-renstra-berbeda',
      file: 'iku.yaml',
      ...(pk.line ? { line: pk.line } : {}),
      message,
      expected: formatAngkaPersis(renstra.value),
      actual: formatTargetPersis(t),
    }),
  ];
}

/** What the quarterly targets make of the year under the IKU's aggregation, or null when they cannot say. */
export function annualFromPlan(
  q: IkuIndikator['targetTriwulan'],
  agregasi: IkuIndikator['agregasi'],
): { value: number; how: string } | null {
  const filled = q.filter((v): v is number => v !== null);
  if (filled.length === 0) return null;
  switch (agregasi) {
    case 'kumulatif':
      return q[3] === null ? null : { value: q[3], how: 'target TW IV' };
    case 'jumlah':
      return { value: Number(filled.reduce((a, b) => a + b, 0).toPrecision(12)), how: 'jumlah target TW I–IV' };
    case 'akhir':
      return { value: filled[filled.length - 1] as number, how: 'target triwulan terakhir yang diisi' };
    case 'rata-rata':
      return {
        value: Number((filled.reduce((a, b) => a + b, 0) / filled.length).toPrecision(12)),
        how: 'rata-rata target triwulan',
      };
  }
}

function rencanaAksi(ref: Reference, ind: IkuIndikator, n: number): Diagnostic[] {
  if (typeof ind.target !== 'number') return [];
  const plan = annualFromPlan(ind.targetTriwulan, ind.agregasi);
  const at = where(ref, 'iku.yaml', `indikator[${n}].targetTriwulan`);
  const q = ind.targetTriwulan.map((v, i) => `${TW[i]} ${v === null ? '–' : formatAngkaPersis(v)}`).join(', ');
  const out: Diagnostic[] = [];
  if (plan && !near(plan.value, ind.target)) {
    const message =
      `Rencana Aksi ${ind.kode} (${at.text}: ${q}) tidak sesuai dengan target tahunan ${formatAngkaPersis(ind.target)}: ` +
      `indikator ini dihitung ${ind.agregasi}, sehingga ${plan.how} harus sama dengan target tahunan, tetapi hasilnya ` +
      `${formatAngkaPersis(plan.value)}. Perbaiki targetTriwulan atau target di iku.yaml.`;
    out.push(
      warning({
        rule: 'rencana-aksi-tidak-sesuai',
        file: 'iku.yaml',
        ...(at.line ? { line: at.line } : {}),
        message,
        expected: formatAngkaPersis(ind.target),
        actual: formatAngkaPersis(plan.value),
      }),
    );
  }
  const falls =
    ind.agregasi === 'kumulatif' &&
    ind.targetTriwulan.some((v, i) => i > 0 && v !== null && v < (maxBefore(ind.targetTriwulan, i) ?? v));
  if (falls) {
    const message = `Rencana Aksi ${ind.kode} (${at.text}: ${q}) menurun, padahal indikator ini kumulatif: target setiap triwulan adalah capaian sampai triwulan itu dan tidak boleh lebih kecil dari triwulan sebelumnya. Perbaiki targetTriwulan di iku.yaml sesuai Rencana Aksi yang ditandatangani.`;
    out.push(
      warning({ rule: 'rencana-aksi-menurun', file: 'iku.yaml', ...(at.line ? { line: at.line } : {}), message }),
    );
  }
  return out;
}

const maxBefore = (q: readonly (number | null)[], i: number): number | undefined => {
  const prev = q.slice(0, i).filter((v): v is number => v !== null);
  return prev.length ? Math.max(...prev) : undefined;
};

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
