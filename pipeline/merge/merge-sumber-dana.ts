/**
 * Budget by source of funds (DIPA, hibah …) and by jenis belanja, and the state of each hibah: the workbooks' lines
 * (source from their `Sumber Dana` cell, else the first configured source) and the report year's hibah lines.
 */
import type { HibahData, SumberDanaData } from '../../schemas/dataset.ts';
import type { Division } from '../../schemas/division.ts';
import type { HibahItem } from '../../schemas/hibah.ts';
import type { Reference } from '../../schemas/reference.ts';
import { akunOf, jenisBelanja } from './jenis-belanja.ts';
import { line, type Sum } from './merge-budget.ts';

/** A line of money with its source, akun and (optional) indicator: the unit every budget sum here is made of. */
export interface SourcedLine {
  sumberDana: string;
  akun: string | null;
  pagu: number;
  realisasi: number;
  kodeIku?: string | undefined;
}

/** Every budget line of the report year, workbook and hibah alike, with its source. */
export function sourcedLines(divisions: readonly Division[], ref: Reference): SourcedLine[] {
  const dipa = ref.config.sumberDana[0]?.kode ?? 'RM';
  const fromWorkbooks = divisions.flatMap((d) =>
    d.anggaran.map((r) => ({
      sumberDana: r.sumberDana ?? dipa,
      akun: akunOf(r.kode),
      pagu: r.pagu,
      realisasi: r.realisasi,
      kodeIku: r.kodeIku,
    })),
  );
  const fromHibah = (ref.hibah?.hibah ?? []).flatMap((h) =>
    h.penggunaan
      .filter((p) => p.tahun === ref.config.tahun)
      .map((p) => ({
        sumberDana: h.sumberDana,
        akun: p.akun,
        pagu: p.pagu,
        realisasi: p.realisasi,
        kodeIku: p.kodeIku,
      })),
  );
  return [...fromWorkbooks, ...fromHibah];
}

/** Lines summed per jenis belanja, in akun-group order (51, 52, 53 …, lines without akun last). */
function byJenis(lines: readonly SourcedLine[], kode: string, nama: string): SumberDanaData {
  const sums = new Map<string, { nama: string } & Sum>();
  for (const l of lines) {
    const j = jenisBelanja(l.akun);
    const s = sums.get(j.kode) ?? { nama: j.nama, pagu: 0, realisasi: 0 };
    s.pagu += l.pagu;
    s.realisasi += l.realisasi;
    sums.set(j.kode, s);
  }
  const order = [...sums.keys()].sort((a, b) => (a === '–' ? 1 : b === '–' ? -1 : a.localeCompare(b)));
  const jenis = order.map((k) => {
    const s = sums.get(k)!;
    return line(k, s.nama, s);
  });
  const total = lines.reduce((t, l) => ({ pagu: t.pagu + l.pagu, realisasi: t.realisasi + l.realisasi }), {
    pagu: 0,
    realisasi: 0,
  });
  return { ...line(kode, nama, total), jenisBelanja: jenis };
}

/** Per configured source (those with lines), then all together (`null` without any line). */
export function mergeSumberDana(
  lines: readonly SourcedLine[],
  ref: Reference,
): { sumberDana: SumberDanaData[]; gabungan: SumberDanaData | null } {
  const known = ref.config.sumberDana.map((s) => s.kode);
  const unknown = [...new Set(lines.map((l) => l.sumberDana).filter((k) => !known.includes(k)))].sort();
  const sumberDana = [...ref.config.sumberDana, ...unknown.map((kode) => ({ kode, nama: kode }))]
    .map((s) => ({ s, own: lines.filter((l) => l.sumberDana === s.kode) }))
    .filter(({ own }) => own.length > 0)
    .map(({ s, own }) => byJenis(own, s.kode, s.nama));
  return { sumberDana, gabungan: lines.length > 0 ? byJenis(lines, 'JUMLAH', 'Jumlah seluruh sumber dana') : null };
}

/** Each hibah whose period covers the report year: the year's pagu and realisasi, before and up to it, and what remains. */
export function mergeHibah(ref: Reference): HibahData[] {
  const tahun = ref.config.tahun;
  return (ref.hibah?.hibah ?? [])
    .filter((h) => h.periode.awal <= tahun && tahun <= h.periode.akhir)
    .map((h) => hibahData(h, tahun));
}

function hibahData(h: HibahItem, tahun: number): HibahData {
  const sum = (f: (t: number) => boolean, key: 'pagu' | 'realisasi') =>
    h.penggunaan.filter((p) => f(p.tahun)).reduce((a, p) => a + p[key], 0);
  const realisasiSebelumnya = sum((t) => t < tahun, 'realisasi');
  const realisasi = sum((t) => t === tahun, 'realisasi');
  const realisasiKumulatif = realisasiSebelumnya + realisasi;
  return {
    kode: h.kode,
    nama: h.nama,
    sumberDana: h.sumberDana,
    pemberi: h.pemberi,
    nphd: h.nphd,
    jumlah: h.jumlah,
    periode: h.periode,
    realisasiSebelumnya,
    pagu: sum((t) => t === tahun, 'pagu'),
    realisasi,
    realisasiKumulatif,
    sisa: h.jumlah - realisasiKumulatif,
  };
}
