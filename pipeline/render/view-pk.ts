/** The Perjanjian Kinerja's tables (T2 in BAB II, T9 in Lampiran 1), from the reference data the PK was signed on. */
import type { TargetValue } from '../../schemas/common.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { Daftar } from './daftar.ts';
import { formatTanggal, formatTarget, formatUang } from '../format.ts';
import { formatTargetIndikator } from './format-nilai.ts';
import { kelompokSasaran } from './view-capaian.ts';
import type { PkTabel } from './view-types-bab.ts';

/** Units that name a score rather than a count: the PK prints the score alone (`95`, never `95 nilai`). */
const SATUAN_SKOR = new Set(['nilai', 'indeks', 'skor', 'poin', 'predikat']);

/**
 * A value with its unit as a PK prints it, one rule for every row: `100%` (no space), `24 Kali`, `60 Orang` (the unit
 * with a capital, however `iku.yaml` spells it), and a score alone (`95`); `angka` is the value already formatted.
 */
export function denganSatuan(nilai: TargetValue, satuan: string, angka = formatTarget(nilai)): string {
  const s = satuan.trim();
  if (s === '%') return `${angka}%`;
  if (SATUAN_SKOR.has(s.toLowerCase())) return angka;
  return `${angka} ${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

/**
 * The target as the dataset's tables print it (the indicator's own precision, so T2 and T1 show the same digits),
 * or plainly formatted for an indicator the dataset does not hold.
 */
export function targetSeperti(dataset: Dataset | undefined, kode: string): string | undefined {
  const ind = dataset?.sasaran.flatMap((s) => s.indikator).find((i) => i.kode === kode);
  return ind ? formatTargetIndikator(ind) : undefined;
}

/** Indicators of each Renstra sasaran that the IKU lists, in Renstra order; an IKU sasaran unknown to it last. */
export function ikuPerSasaran({ renstra, iku }: Reference) {
  const known = new Set(renstra.sasaran.map((s) => s.kode));
  const groups = renstra.sasaran.map((s) => ({
    nama: s.nama,
    items: iku.indikator.filter((i) => i.sasaran === s.kode),
  }));
  const orphans = iku.indikator.filter((i) => !known.has(i.sasaran));
  return orphans.length > 0 ? [...groups, { nama: '(sasaran tidak tercantum dalam Renstra)', items: orphans }] : groups;
}

/** The PK's indicator table and program table, captioned as tables of chapter `bab`. */
export function pkTabel(reference: Reference, daftar: Daftar, bab: string, dataset?: Dataset): PkTabel {
  const { iku } = reference;
  const total = iku.program.reduce((a, p) => a + p.anggaran, 0);
  return {
    indikator: {
      judul: daftar.tabel(bab, `Sasaran Strategis, Indikator Kinerja dan Target Perjanjian Kinerja Tahun ${iku.tahun}`),
      baris: kelompokSasaran(ikuPerSasaran(reference), (i) => ({
        kode: i.kode,
        nama: i.nama,
        target: denganSatuan(i.target, i.satuan, targetSeperti(dataset, i.kode)),
      })),
    },
    program: {
      judul: daftar.tabel(bab, `Program dan Anggaran Perjanjian Kinerja Tahun ${iku.tahun}`),
      baris: iku.program.map((p, i) => ({
        no: String(i + 1),
        kode: p.kode,
        nama: p.nama,
        anggaran: formatUang(p.anggaran),
      })),
    },
    total: formatUang(total),
  };
}

/** `Serang, 31 Januari 2024`, or a blank to fill by hand when the PK date is not in `iku.yaml`. */
export function tanggalPk({ config, iku }: Reference): string {
  return `${config.tempat}, ${iku.tanggalPk ? formatTanggal(iku.tanggalPk) : `.................... ${iku.tahun}`}`;
}
