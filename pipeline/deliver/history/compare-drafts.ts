/**
 * What changed between two kept drafts, for the reviewer (SOP step 6): per unit and indicator the figures as printed
 * (target, realisasi, capaian, category, budget), the analysis texts, the budget lines, the narrative paragraphs
 * (word level, with jsdiff) and the problems opened and closed. Pure: two draft records in, one plain object out.
 */
import { diffArrays, diffWords } from 'diff';
import type { Dataset, IndikatorData } from '../../../schemas/dataset.ts';
import type { Diagnostic } from '../../diagnostic.ts';
import { formatAngka, formatRupiah, formatTarget } from '../../format.ts';
import { capaianTeks } from '../../render/view-capaian.ts';
import { comparePictures, type PictureChange } from './compare-pictures.ts';
import type { DraftRecord } from './draft-history.ts';

/** One value that changed: what it was and what it is, both as printed (`''` for none). */
export interface FieldChange {
  label: string;
  lama: string;
  baru: string;
  /** Word-level pieces for long texts (analysis, narrative); absent for figures. */
  kata?: WordPiece[];
}

/** A run of words: kept, added or removed. */
export interface WordPiece {
  teks: string;
  jenis: 'sama' | 'tambah' | 'hapus';
}

/** The changes of one indicator (or `baru`/`hilang` when it exists on one side only). */
export interface IndicatorChange {
  kode: string;
  nama: string;
  keadaan: 'berubah' | 'baru' | 'hilang';
  fields: FieldChange[];
}

/** Everything that changed from draft `dari` to draft `ke`. */
export interface DraftChanges {
  dari: { nomor: number; dibuat: string; sidik: string };
  ke: { nomor: number; dibuat: string; sidik: string };
  /** Indicator changes grouped by the unit responsible, in the order units first appear. */
  unit: { nama: string; indikator: IndicatorChange[] }[];
  anggaran: { kode: string; nama: string; fields: FieldChange[] }[];
  narasi: { slot: string; paragraf: FieldChange[] }[];
  /** Pictures of the narrative replaced, added or removed. */
  gambar: PictureChange[];
  masalah: { dibuka: Diagnostic[]; ditutup: Diagnostic[] };
}

const angka = (n: number | null): string => (n === null ? '' : formatAngka(n));
const tw = (xs: readonly (number | null)[]): string => xs.map((x) => (x === null ? '–' : formatAngka(x))).join(' · ');

/** The values of an indicator a reviewer compares, as the report prints them. */
function indicatorFields(i: IndikatorData): [string, string][] {
  const kategori = i.capaian.status === 'terhitung' ? i.capaian.kategori : '';
  return [
    ['Target', formatTarget(i.target)],
    ['Target TW I–IV', tw(i.targetTriwulan)],
    ['Realisasi', angka(i.realisasi)],
    ['Realisasi TW I–IV', tw(i.realisasiTriwulan)],
    ['Capaian (%)', capaianTeks(i.capaian)],
    ['Kategori', kategori],
    ['Pagu terkait (Rp)', formatRupiah(i.anggaran.pagu)],
    ['Realisasi anggaran terkait (Rp)', formatRupiah(i.anggaran.realisasi)],
    ['Sumber data', i.sumberData],
    ['Keterangan', i.keterangan],
    ['Penyebab keberhasilan/kegagalan', i.analisis?.penyebab ?? ''],
    ['Upaya/solusi', i.analisis?.upaya ?? ''],
    ['Program/kegiatan pendukung', i.analisis?.programPendukung ?? ''],
  ];
}

const LONG_TEXT = /^(Penyebab|Upaya|Program\/kegiatan|Keterangan)/;

/** Word-level pieces of a text change. */
export function wordPieces(lama: string, baru: string): WordPiece[] {
  return diffWords(lama, baru).map((p) => ({
    teks: p.value,
    jenis: p.added ? 'tambah' : p.removed ? 'hapus' : 'sama',
  }));
}

function fieldChanges(lama: [string, string][], baru: [string, string][]): FieldChange[] {
  return baru.flatMap(([label, b], n) => {
    const a = lama[n]?.[1] ?? '';
    if (a === b) return [];
    return [{ label, lama: a, baru: b, ...(LONG_TEXT.test(label) ? { kata: wordPieces(a, b) } : {}) }];
  });
}

const indicators = (d: Dataset): IndikatorData[] => d.sasaran.flatMap((s) => s.indikator);

function compareIndicators(lama: Dataset, baru: Dataset): DraftChanges['unit'] {
  const before = new Map(indicators(lama).map((i) => [i.kode, i]));
  const after = new Map(indicators(baru).map((i) => [i.kode, i]));
  const units = new Map<string, IndicatorChange[]>();
  const add = (unit: string, c: IndicatorChange) => units.set(unit, [...(units.get(unit) ?? []), c]);
  for (const i of after.values()) {
    const old = before.get(i.kode);
    const fields = fieldChanges(old ? indicatorFields(old) : [], indicatorFields(i));
    if (!old) add(i.namaUnit, { kode: i.kode, nama: i.nama, keadaan: 'baru', fields });
    else if (fields.length) add(i.namaUnit, { kode: i.kode, nama: i.nama, keadaan: 'berubah', fields });
  }
  for (const old of before.values()) {
    if (!after.has(old.kode)) add(old.namaUnit, { kode: old.kode, nama: old.nama, keadaan: 'hilang', fields: [] });
  }
  return [...units].map(([nama, indikator]) => ({ nama, indikator }));
}

/** Budget lines (programs and their kegiatan) by code: pagu, realisasi and serapan as printed. */
function budgetLines(d: Dataset): Map<string, { nama: string; values: [string, string][] }> {
  const out = new Map<string, { nama: string; values: [string, string][] }>();
  for (const p of d.anggaran.program) {
    for (const line of [p, ...p.kegiatan]) {
      const key = line === p || line.kode.startsWith(`${p.kode}.`) ? line.kode : `${p.kode}.${line.kode}`;
      out.set(key, {
        nama: line.nama,
        values: [
          ['Pagu (Rp)', formatRupiah(line.pagu)],
          ['Realisasi (Rp)', formatRupiah(line.realisasi)],
          ['Serapan (%)', angka(line.serapan)],
        ],
      });
    }
  }
  return out;
}

function compareBudget(lama: Dataset, baru: Dataset): DraftChanges['anggaran'] {
  const before = budgetLines(lama);
  const after = budgetLines(baru);
  const codes = [...new Set([...after.keys(), ...before.keys()])];
  return codes.flatMap((kode) => {
    const a = before.get(kode);
    const b = after.get(kode);
    const fields = fieldChanges(a?.values ?? [], b?.values ?? (a?.values.map(([l]) => [l, '']) as [string, string][]));
    return fields.length ? [{ kode, nama: (b ?? a)!.nama, fields }] : [];
  });
}

const paragraphs = (md: string | undefined): string[] =>
  (md ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');

/** Changed paragraphs of one narrative slot: a removed paragraph followed by an added one is one edited paragraph. */
function compareSlot(lama: string | undefined, baru: string | undefined): FieldChange[] {
  const out: FieldChange[] = [];
  const parts = diffArrays(paragraphs(lama), paragraphs(baru));
  for (let n = 0; n < parts.length; n++) {
    const p = parts[n]!;
    const next = parts[n + 1];
    if (p.removed && next?.added) {
      p.value.forEach((a, k) => {
        const b = next.value[k] ?? '';
        out.push({ label: 'Paragraf diubah', lama: a, baru: b, kata: wordPieces(a, b) });
      });
      next.value
        .slice(p.value.length)
        .forEach((b) => out.push({ label: 'Paragraf baru', lama: '', baru: b, kata: wordPieces('', b) }));
      n++;
    } else if (p.removed)
      p.value.forEach((a) => out.push({ label: 'Paragraf dihapus', lama: a, baru: '', kata: wordPieces(a, '') }));
    else if (p.added)
      p.value.forEach((b) => out.push({ label: 'Paragraf baru', lama: '', baru: b, kata: wordPieces('', b) }));
  }
  return out;
}

function compareNarrative(lama: DraftRecord['narrative'], baru: DraftRecord['narrative']): DraftChanges['narasi'] {
  const slots = [...new Set([...Object.keys(baru), ...Object.keys(lama)])].sort();
  return slots.flatMap((slot) => {
    const paragraf = compareSlot(lama[slot], baru[slot]);
    return paragraf.length ? [{ slot, paragraf }] : [];
  });
}

const problemKey = (d: Diagnostic): string =>
  [d.severity, d.rule, d.file, d.sheet ?? '', d.cell ?? '', d.message].join('\u0000');

/** Errors and warnings new in `ke` (dibuka) and gone since `dari` (ditutup); info messages are left out. */
function compareProblems(lama: readonly Diagnostic[], baru: readonly Diagnostic[]): DraftChanges['masalah'] {
  const relevant = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity !== 'info');
  const before = new Set(relevant(lama).map(problemKey));
  const after = new Set(relevant(baru).map(problemKey));
  return {
    dibuka: relevant(baru).filter((d) => !before.has(problemKey(d))),
    ditutup: relevant(lama).filter((d) => !after.has(problemKey(d))),
  };
}

/** The changes from draft `lama` to draft `baru`. */
export function compareDrafts(lama: DraftRecord, baru: DraftRecord): DraftChanges {
  const head = (r: DraftRecord) => ({ nomor: r.nomor, dibuat: r.dibuat, sidik: r.sidik });
  return {
    dari: head(lama),
    ke: head(baru),
    unit: compareIndicators(lama.dataset, baru.dataset),
    anggaran: compareBudget(lama.dataset, baru.dataset),
    narasi: compareNarrative(lama.narrative, baru.narrative),
    gambar: comparePictures(lama.gambar, baru.gambar),
    masalah: compareProblems(lama.diagnostics, baru.diagnostics),
  };
}
