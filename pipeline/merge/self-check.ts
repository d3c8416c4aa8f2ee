/**
 * Self-check before anything is printed: the merged dataset must pass its own schema (`datasetSchema`) and the
 * report's invariants — totals are the sums of their rows, each indicator's figure for this year is the same in every
 * place it is kept, a mean lies between its parts, every figure carries its source. A broken invariant is our fault,
 * never the user's: it throws (exit 3, "Kegagalan internal") instead of printing a report that contradicts itself.
 */
import { datasetSchema, type Dataset } from '../../schemas/dataset.ts';

/** The error of a broken invariant; the message is Indonesian and says what disagreed with what. */
export class SelfCheckError extends Error {
  override name = 'SelfCheckError';
}

const rp = (n: number): string => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);
const near = (a: number, b: number, eps = 1e-6): boolean => Math.abs(a - b) <= eps * Math.max(1, Math.abs(a), Math.abs(b));

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
      out.push(`${what}: pagu/realisasi ${rp(a.pagu)}/${rp(a.realisasi)}, padahal jumlah rinciannya ${rp(b.pagu)}/${rp(b.realisasi)}`);
    }
  };
  for (const p of d.anggaran.program) {
    same(`program ${p.kode}`, p, sum(p.kegiatan));
    for (const line of [p, ...p.kegiatan]) {
      if (!near(line.sisa, line.pagu - line.realisasi)) out.push(`sisa ${line.kode} ${rp(line.sisa)} ≠ pagu − realisasi`);
      if (!line.asal) out.push(`sumber data anggaran ${line.kode} tidak tercatat`);
    }
  }
  same('total anggaran', d.anggaran.total, sum(d.anggaran.program));
  for (const s of d.sasaran) same(`anggaran sasaran ${s.kode}`, s.anggaran, sum(s.indikator.map((i) => i.anggaran)));
  same('anggaran yang ditautkan ke IKU', d.anggaran.terkaitIku, sum(d.sasaran.flatMap((s) => s.indikator.map((i) => i.anggaran))));
  return out;
}

/** The lowest and highest of the values, or null for none. */
const range = (xs: readonly number[]): [number, number] | null => (xs.length ? [Math.min(...xs), Math.max(...xs)] : null);
const within = (v: number, r: [number, number]): boolean => v >= r[0] - 1e-6 && v <= r[1] + 1e-6;

function indicatorInvariants(d: Dataset): string[] {
  const out: string[] = [];
  const sasaranValues: number[] = [];
  for (const s of d.sasaran) {
    const parts: number[] = [];
    for (const i of s.indikator) {
      const now = i.riwayat[i.riwayat.length - 1];
      const nilai = i.capaian.status === 'terhitung' ? i.capaian.nilai : null;
      if (i.capaian.status === 'terhitung') parts.push(i.capaian.nilai, i.capaian.nilaiMentah);
      if (now && (now.tahun !== d.tahun || now.realisasi !== i.realisasi || now.capaian !== nilai)) {
        out.push(`${i.kode}: capaian tahun ${d.tahun} di tabel perbandingan (${String(now.capaian)}) berbeda dengan capaiannya (${String(nilai)})`);
      }
      if (!i.asal?.['target'] || (i.realisasi !== null && i.sumber !== null && !i.asal['realisasi']?.length)) {
        out.push(`${i.kode}: sumber data target/realisasi tidak tercatat`);
      }
    }
    const r = range(parts);
    if (s.capaian !== null) sasaranValues.push(s.capaian);
    if (s.capaian !== null && r && !within(s.capaian, r)) out.push(`capaian sasaran ${s.kode} ${rp(s.capaian)} di luar rentang capaian indikatornya`);
  }
  const r = range(sasaranValues);
  if (d.capaianKeseluruhan !== null && r && !within(d.capaianKeseluruhan, r)) {
    out.push(`capaian keseluruhan ${rp(d.capaianKeseluruhan)} di luar rentang capaian sasaran`);
  }
  return out;
}
