/**
 * Sources of printed figures as text: `iku.yaml baris 19`, `divisi-hukum.xlsx, Capaian!I7`. The lookup by code
 * and field feeds the `data-sumber` attribute of table cells (helper `sumber`) and Lampiran "Sumber Data".
 */
import type { Asal, AsalMap, Dataset } from '../../schemas/dataset.ts';
import { cellRuns } from '../merge/trace-sources.ts';

/** One source: `divisi-hukum.xlsx, Capaian!I7` or `iku.yaml baris 19`. */
export const asalSatu = (a: Asal): string =>
  a.sheet
    ? `${a.file}, ${a.sheet}${a.cell ? `!${a.cell}` : ''}`
    : `${a.file}${a.baris === undefined ? '' : ` baris ${a.baris}`}`;

/** Several sources; a shared note (`dihitung dengan rumus R/T`) leads, per-source notes follow their source. */
export function asalTeks(list: readonly Asal[] | undefined): string {
  if (!list || list.length === 0) return '';
  const notes = new Set(list.map((a) => a.catatan ?? ''));
  const shared = notes.size === 1 ? [...notes][0] : '';
  const parts = list.map((a) => (shared || !a.catatan ? asalSatu(a) : `${asalSatu(a)} (${a.catatan})`));
  return shared ? `${shared}: ${parts.join('; ')}` : parts.join('; ');
}

/** The field of the lookup holding the position of this year in `riwayat` (T4's last column). */
export const TAHUN_INI = '_tahunIni';

/**
 * The figure a cell shows under a name shared by every table (`realisasi`, `capaian`), or null when it is not one
 * of an indicator's figures for this year or a program's pagu, realisasi or PK budget. The render self-check
 * compares cells with the same name.
 */
export function angkaKanonik(fields: Record<string, string> | undefined, key: string): string | null {
  if (key === 'target' || key === 'realisasi' || key === 'capaian' || key === 'pagu' || key === 'pk') return key;
  const now = fields?.[TAHUN_INI];
  if (key === `riwayat.${now}`) return 'realisasi';
  if (key === `capaianRiwayat.${now}`) return 'capaian';
  return null;
}

/** Sources of several cells merged per workbook sheet (`Capaian!E5:H5`) and per YAML file (distinct lines). */
export function gabungAsal(list: readonly Asal[]): Asal[] {
  const groups = new Map<string, Asal[]>();
  for (const a of list)
    groups.set(`${a.file}|${a.sheet ?? ''}|${a.catatan ?? ''}`, [
      ...(groups.get(`${a.file}|${a.sheet ?? ''}|${a.catatan ?? ''}`) ?? []),
      a,
    ]);
  return [...groups.values()].flatMap((g) => {
    const first = g[0] as Asal;
    if (first.sheet) return [{ ...first, cell: cellRuns(g.flatMap((a) => (a.cell ? a.cell.split(/,\s*/) : []))) }];
    return [...new Map(g.map((a) => [a.baris, a])).values()];
  });
}

/** Lookup key of a source of funds' sum, or of one jenis belanja under it. */
export const kunciDana = (sumber: string, jenis?: string): string => `dana:${sumber}${jenis ? `:${jenis}` : ''}`;

/** Lookup key of a hibah's figures. */
export const kunciHibah = (kode: string): string => `hibah:${kode}`;

/** Source texts by code (IKU, program, kegiatan) and field. */
export type SumberLookup = Record<string, Record<string, string>>;

const texts = (m: AsalMap | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(m ?? {}).map(([k, v]) => [k, asalTeks(v)]));

/**
 * Every traced figure of the dataset, with the T4 columns by position: `riwayat.0` … `riwayat.2` (the last is this
 * year's realisasi) and `capaianRiwayat.0` … (the last is this year's capaian).
 */
export function sumberLookup(dataset: Dataset): SumberLookup {
  const out: SumberLookup = {};
  for (const i of dataset.sasaran.flatMap((s) => s.indikator)) {
    const t = texts(i.asal);
    i.riwayat.forEach((h, n) => {
      const now = n === i.riwayat.length - 1;
      t[`riwayat.${n}`] = now ? (t['realisasi'] ?? '') : (t[`riwayat.${h.tahun}`] ?? '');
      t[`capaianRiwayat.${n}`] = now
        ? (t['capaian'] ?? '')
        : t[`riwayat.${h.tahun}`]
          ? `dihitung dari ${t[`riwayat.${h.tahun}`]} dan target Renstra ${h.tahun}`
          : '';
    });
    t[TAHUN_INI] = String(i.riwayat.length - 1);
    if (t['renstra.targetAkhir'] && t['realisasi'])
      t['renstra.capaian'] = `dihitung dari ${t['renstra.targetAkhir']} dan ${t['realisasi']}`;
    out[i.kode] = t;
  }
  for (const p of dataset.anggaran.program) {
    out[p.kode] = texts(p.asal);
    // A program's lines without a kegiatan code form a "kegiatan" under the program's own code: the program wins.
    for (const k of p.kegiatan) out[k.kode] ??= texts(k.asal);
  }
  // BAB III B: sources of funds (`dana:RM`, all together `dana:JUMLAH`), their jenis belanja (`dana:RM:52`), hibah.
  const { sumberDana, gabungan } = dataset.anggaran;
  for (const s of gabungan ? [...sumberDana, gabungan] : sumberDana) {
    out[kunciDana(s.kode)] = texts(s.asal);
    for (const j of s.jenisBelanja) out[kunciDana(s.kode, j.kode)] = texts(j.asal);
  }
  for (const h of dataset.hibah) out[kunciHibah(h.kode)] = texts(h.asal);
  return out;
}
