/** Turns the sample budget structure into budget lines with pagu and realisasi, deterministically (seeded). */
import { AKUN, type KegiatanSample } from './data-anggaran.ts';

/** One budget line, down to the akun. */
export interface BudgetLine {
  unit: string;
  program: string;
  kode: string;
  nama: string;
  pagu: number;
  realisasi: number;
  kodeIku: string | null;
}

/** mulberry32: a tiny seeded PRNG, so the samples are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THOUSAND = 1000;

/**
 * Splits the kegiatan's pagu over its lines by akun and komponen weight (±40% noise), in whole thousands, the remainder going to
 * the largest line so the lines add up exactly; realisasi is a seeded serapan of each line, in whole rupiah.
 */
export function budgetLines(k: KegiatanSample): BudgetLine[] {
  const random = seededRandom(Number(k.kegiatan));
  const drafts = k.komponen.flatMap((komp) =>
    komp.akun.map((akun) => {
      const a = AKUN[akun];
      if (a === undefined) throw new Error(`unknown akun ${akun} in kegiatan ${k.kegiatan}`);
      return {
        komp,
        akun,
        nama: `${a.nama} — ${komp.nama}`,
        weight: a.bobot * (komp.bobot ?? 1) * (0.6 + 0.8 * random()),
      };
    }),
  );
  const totalWeight = drafts.reduce((s, d) => s + d.weight, 0);
  const pagu = drafts.map((d) => Math.floor((k.pagu * d.weight) / totalWeight / THOUSAND) * THOUSAND);
  const largest = pagu.indexOf(Math.max(...pagu));
  pagu[largest] = (pagu[largest] ?? 0) + k.pagu - pagu.reduce((s, p) => s + p, 0);

  return drafts.map((d, i) => {
    const p = pagu[i] ?? 0;
    const [min, max] = d.komp.serapan ?? [0.9, 1];
    // About one ordinary line in ten is spent to the last rupiah, as fixed costs often are.
    const serapan = max === 1 && random() < 0.1 ? 1 : min + (max - min) * random();
    return {
      unit: k.unit,
      program: k.program,
      kode: `${k.program}.${k.kegiatan}.${d.komp.kode}.${d.akun}`,
      nama: d.nama,
      pagu: p,
      realisasi: Math.min(p, Math.round(p * serapan)),
      kodeIku: d.komp.kodeIku ?? null,
    };
  });
}
