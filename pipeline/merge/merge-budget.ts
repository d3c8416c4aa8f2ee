/** Budget lines of every division, summed per program and kegiatan (table T8) with serapan and sisa. */
import type { ProgramData } from '../../schemas/dataset.ts';
import type { Division } from '../../schemas/division.ts';
import type { Renstra } from '../../schemas/renstra.ts';

export interface Sum {
  pagu: number;
  realisasi: number;
}

/** Serapan in percent; null when there is no pagu to absorb. */
export const serapan = (s: Sum): number | null => (s.pagu > 0 ? (s.realisasi / s.pagu) * 100 : null);

/** A program, kegiatan or source line of the budget tables: its sums, serapan and sisa. */
export const line = (kode: string, nama: string, s: Sum) => ({
  kode,
  nama,
  ...s,
  serapan: serapan(s),
  sisa: s.pagu - s.realisasi,
});

/** Splits `076.01.WA.4369.EBA.962` into its program (`076.01.WA`) and kegiatan (`4369`) codes. */
export function splitBudgetCode(kode: string): { program: string; kegiatan: string | null } {
  const parts = kode.trim().split('.');
  return { program: parts.slice(0, 3).join('.'), kegiatan: parts[3] ?? null };
}

/** Sums the divisions' `Anggaran` lines into programs (Renstra order, then unknown ones) and their kegiatan. */
export function mergeBudget(divisions: readonly Division[], renstra: Renstra): { program: ProgramData[]; total: Sum } {
  const sums = new Map<string, Map<string, Sum>>();
  for (const d of divisions) {
    for (const row of d.anggaran) {
      const { program, kegiatan } = splitBudgetCode(row.kode);
      const byKegiatan = sums.get(program) ?? new Map<string, Sum>();
      sums.set(program, byKegiatan);
      const key = kegiatan ?? '';
      const s = byKegiatan.get(key) ?? { pagu: 0, realisasi: 0 };
      s.pagu += row.pagu;
      s.realisasi += row.realisasi;
      byKegiatan.set(key, s);
    }
  }
  const known = renstra.program.map((p) => p.kode);
  const order = [...known.filter((k) => sums.has(k)), ...[...sums.keys()].filter((k) => !known.includes(k)).sort()];
  const program = order.map((kode) => programData(kode, sums.get(kode) ?? new Map(), renstra));
  const total = program.reduce((t, p) => ({ pagu: t.pagu + p.pagu, realisasi: t.realisasi + p.realisasi }), {
    pagu: 0,
    realisasi: 0,
  });
  return { program, total };
}

function programData(kode: string, byKegiatan: Map<string, Sum>, renstra: Renstra): ProgramData {
  const ref = renstra.program.find((p) => p.kode === kode);
  const names = new Map((ref?.kegiatan ?? []).map((k) => [k.kode, k.nama]));
  const order = [
    ...(ref?.kegiatan ?? []).map((k) => k.kode).filter((k) => byKegiatan.has(k)),
    ...[...byKegiatan.keys()].filter((k) => !names.has(k)).sort(),
  ];
  const kegiatan = order.map((k) => {
    const s = byKegiatan.get(k) ?? { pagu: 0, realisasi: 0 };
    return line(
      k === '' ? kode : `${kode}.${k}`,
      k === '' ? 'Tanpa kode kegiatan' : (names.get(k) ?? `Kegiatan ${k}`),
      s,
    );
  });
  const s = kegiatan.reduce((t, k) => ({ pagu: t.pagu + k.pagu, realisasi: t.realisasi + k.realisasi }), {
    pagu: 0,
    realisasi: 0,
  });
  return { ...line(kode, ref?.nama ?? `Program ${kode}`, s), kegiatan };
}
