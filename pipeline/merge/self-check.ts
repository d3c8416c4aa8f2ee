/**
 * Self-check before anything is printed: the merged dataset must pass its own schema (`datasetSchema`) and the
 * report's invariants — totals are the sums of their rows, each indicator's figure for this year is the same in every
 * place it is kept, a mean lies between its parts, every figure carries its source. A broken invariant is our fault,
 * never the user's: it throws (exit 3, "Kegagalan internal") instead of printing a report that contradicts itself.
 */
import { datasetSchema, type CapaianResult, type Dataset } from '../../schemas/dataset.ts';
import { InternalError } from '../diagnostic.ts';
import { formatAngka } from '../format.ts';

/** The error of a broken invariant; the message is Indonesian and says what disagreed with what. */
export class SelfCheckError extends InternalError {
  override name = 'SelfCheckError';
}

const rp = (n: number): string => formatAngka(n);
const near = (a: number, b: number, eps = 1e-6): boolean =>
  Math.abs(a - b) <= eps * Math.max(1, Math.abs(a), Math.abs(b));

/** Throws a `SelfCheckError` naming every broken invariant; returns the dataset as the schema parsed it. */
export function assertDataset(dataset: Dataset): Dataset {
  const parsed = datasetSchema.safeParse(dataset);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(akar)'}: ${i.message}`);
    fail([`data gabungan tidak sesuai skemanya (${issues.join('; ')})`]);
  }
  const broken = [...budgetInvariants(dataset), ...indicatorInvariants(dataset)];
  if (broken.length) fail(broken);
  return dataset;
}

function fail(broken: string[]): never {
  throw new SelfCheckError(
    `Pemeriksaan mandiri sebelum mencetak gagal: ${broken.join('; ')}. Laporan tidak dibuat agar tidak memuat angka yang ` +
      'saling bertentangan; ini kesalahan program, bukan kesalahan isian.',
  );
}

function budgetInvariants(d: Dataset): string[] {
  const out: string[] = [];
  const sum = (xs: readonly { pagu: number; realisasi: number }[]) => ({
    pagu: xs.reduce((a, x) => a + x.pagu, 0),
    realisasi: xs.reduce((a, x) => a + x.realisasi, 0),
  });
  const same = (what: string, a: { pagu: number; realisasi: number }, b: { pagu: number; realisasi: number }) => {
    if (!near(a.pagu, b.pagu) || !near(a.realisasi, b.realisasi)) {
      out.push(
        `${what}: pagu/realisasi ${rp(a.pagu)}/${rp(a.realisasi)}, padahal jumlah rinciannya ${rp(b.pagu)}/${rp(b.realisasi)}`,
      );
    }
  };
  for (const p of d.anggaran.program) {
    same(`program ${p.kode}`, p, sum(p.kegiatan));
    for (const line of [p, ...p.kegiatan]) {
      if (!near(line.sisa, line.pagu - line.realisasi))
        out.push(`sisa ${line.kode} ${rp(line.sisa)} ≠ pagu − realisasi`);
      if (!line.asal) out.push(`sumber data anggaran ${line.kode} tidak tercatat`);
    }
  }
  same('total anggaran', d.anggaran.total, sum(d.anggaran.program));
  for (const s of d.sasaran) same(`anggaran sasaran ${s.kode}`, s.anggaran, sum(s.indikator.map((i) => i.anggaran)));
  same(
    'anggaran yang ditautkan ke IKU',
    d.anggaran.terkaitIku,
    sum(d.sasaran.flatMap((s) => s.indikator.map((i) => i.anggaran))),
  );
  return out;
}

/** The lowest and highest of the values, or null for none. */
const range = (xs: readonly number[]): [number, number] | null =>
  xs.length ? [Math.min(...xs), Math.max(...xs)] : null;
const within = (v: number, r: [number, number] | null): boolean => r === null || (v >= r[0] - 1e-6 && v <= r[1] + 1e-6);
const shown = (c: CapaianResult): string => (c.status === 'terhitung' ? rp(c.nilai) : c.status);
const sameCapaian = (a: CapaianResult, b: CapaianResult): boolean =>
  a.status === b.status &&
  (a.status !== 'terhitung' || (b.status === 'terhitung' && a.nilai === b.nilai && a.nilaiMentah === b.nilaiMentah));

/** A mean (printed `nilai` and raw `nilaiMentah`) must lie between the lowest and highest of its parts. */
function meanWithin(what: string, mean: CapaianResult, parts: readonly CapaianResult[]): string[] {
  if (mean.status !== 'terhitung') return [];
  const computed = parts.flatMap((p) => (p.status === 'terhitung' ? [p] : []));
  const ok =
    within(mean.nilai, range(computed.map((p) => p.nilai))) &&
    within(mean.nilaiMentah, range(computed.map((p) => p.nilaiMentah)));
  return ok ? [] : [`${what} ${rp(mean.nilai)} di luar rentang capaian yang dirata-ratakan`];
}

function indicatorInvariants(d: Dataset): string[] {
  const out: string[] = [];
  for (const s of d.sasaran) {
    for (const i of s.indikator) {
      const now = i.riwayat[i.riwayat.length - 1];
      if (now && (now.tahun !== d.tahun || now.realisasi !== i.realisasi || !sameCapaian(now.capaian, i.capaian))) {
        out.push(
          `${i.kode}: capaian tahun ${d.tahun} di tabel perbandingan (${shown(now.capaian)}) berbeda dengan capaiannya (${shown(i.capaian)})`,
        );
      }
      if (!i.asal?.['target'] || (i.realisasi !== null && i.sumber !== null && !i.asal['realisasi']?.length)) {
        out.push(`${i.kode}: sumber data target/realisasi tidak tercatat`);
      }
    }
    out.push(
      ...meanWithin(
        `capaian sasaran ${s.kode}`,
        s.capaian,
        s.indikator.map((i) => i.capaian),
      ),
    );
  }
  out.push(
    ...meanWithin(
      'capaian keseluruhan',
      d.capaianKeseluruhan,
      d.sasaran.map((s) => s.capaian),
    ),
  );
  return out;
}
