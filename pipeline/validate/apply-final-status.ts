/**
 * A `final` report may not go out incomplete: what is a warning on a draft (an empty realisasi, an IKU nobody
 * reported, a missing narrative or analysis) becomes an error, and the signatories must be complete.
 */
import type { Reference } from '../../schemas/reference.ts';
import { error, type Diagnostic } from '../diagnostic.ts';
import { yamlLine } from '../load/yaml-line-map.ts';

/** Warnings that block a `final` build. */
export const FINAL_BLOCKERS: ReadonlySet<string> = new Set([
  'realisasi-kosong',
  'iku-tidak-dilaporkan',
  'analisis-kosong',
  'narasi-kosong',
  // The report would print two figures that contradict each other (README, "Consistency checks").
  'pk-renstra-berbeda',
  'rencana-aksi-tidak-sesuai',
  'rencana-aksi-menurun',
  'pagu-pk-berbeda',
  'triwulan-iv-berbeda',
  'jumlah-triwulan-berbeda',
  'triwulan-akhir-berbeda',
  'rata-rata-triwulan-berbeda',
]);

const FINAL_NOTE = 'Laporan berstatus final: lengkapi dulu, atau ubah status di laporan.yaml menjadi draf.';

/** Returns the diagnostics as they stand for the report's status (unchanged for `draf`). */
export function applyFinalStatus(
  diagnostics: readonly Diagnostic[],
  ref: Pick<Reference, 'config' | 'lines'>,
): Diagnostic[] {
  if (ref.config.status !== 'final') return [...diagnostics];
  const promoted = diagnostics.map((d) =>
    d.severity === 'warning' && FINAL_BLOCKERS.has(d.rule)
      ? { ...d, severity: 'error' as const, message: `${d.message} ${FINAL_NOTE}` }
      : d,
  );
  return [...promoted, ...signatoryProblems(ref)];
}

function signatoryProblems({ config, lines }: Pick<Reference, 'config' | 'lines'>): Diagnostic[] {
  const { sekretaris, ketua } = config.penandatangan;
  const out: Diagnostic[] = [];
  if (!sekretaris.nip) {
    out.push(
      error({
        rule: 'final-nip-kosong',
        file: 'laporan.yaml',
        ...yamlLine(lines?.['laporan.yaml'], 'penandatangan.sekretaris.nip', 'penandatangan.sekretaris'),
        message: `NIP penandatangan (${sekretaris.jabatan}, ${sekretaris.nama}) belum diisi. Isi penandatangan.sekretaris.nip dengan 18 digit NIP sebelum laporan final dibuat.`,
        expected: 'NIP 18 digit',
        actual: '(kosong)',
      }),
    );
  }
  for (const [key, p] of [
    ['sekretaris', sekretaris],
    ['ketua', ketua],
  ] as const) {
    if (/^(x+|-+|\.+|nama|belum diisi)$/i.test(p.nama.trim())) {
      out.push(
        error({
          rule: 'final-penandatangan-kosong',
          file: 'laporan.yaml',
          ...yamlLine(lines?.['laporan.yaml'], `penandatangan.${key}.nama`),
          message: `Nama penandatangan (penandatangan.${key}.nama di laporan.yaml) masih "${p.nama}". Isi nama lengkap sebelum laporan final dibuat.`,
          actual: p.nama,
        }),
      );
    }
  }
  return out;
}
