/**
 * Every figure of the sample report, read back from the printed PDF and compared with an independent recomputation
 * straight from the sample workbooks (exceljs, cell by cell) and the YAML files (the `yaml` package) — not through the
 * pipeline's loader, validator or merge. If the pipeline and this file ever disagree, one of them is wrong.
 *
 * Printed numbers are compared as numbers at the precision they are printed with (`77,50` and `77,5` both read 77.5),
 * so the test follows the figures, not the typography; a capped capaian may carry its `*`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPdf } from '../helpers/read-pdf.ts';
import type { CliRun } from '../helpers/run-cli.ts';
import { sharedSample } from '../helpers/shared-sample.ts';

type Q = [number | null, number | null, number | null, number | null];
interface Ind {
  kode: string;
  sasaran: string;
  satuan: string;
  arah: 'naik' | 'turun';
  agregasi: string;
  rumus?: string;
  target: number;
  targetTriwulan: Q;
}
interface Row {
  tw: Q;
  realisasi: number | null;
}
interface Line {
  kode: string;
  pagu: number;
  realisasi: number;
  kodeIku: string | null;
  sumberDana: string | null;
}

/** The sample built once for the test run (read only). */
const work = await sharedSample();
const run: CliRun = work.run;
let lines: string[] = [];
const yaml = async (name: string) => parse(await readFile(join(work.inputs, name), 'utf8'));

/** The number a cell holds as Excel shows it: a percent-formatted cell holds a fraction. */
function cellNumber(cell: ExcelJS.Cell): number | null {
  const v = cell.value;
  const n =
    typeof v === 'number'
      ? v
      : v && typeof v === 'object' && 'result' in v && typeof v.result === 'number'
        ? v.result
        : null;
  if (n === null) return null;
  return /%/.test(cell.numFmt ?? '') ? Math.round(n * 100 * 1e9) / 1e9 : n;
}

/** The rows of a sheet under its header row, as header → cell. */
function table(ws: ExcelJS.Worksheet, first: string): Map<string, ExcelJS.Cell>[] {
  let header: Map<string, number> | null = null;
  const out: Map<string, ExcelJS.Cell>[] = [];
  ws.eachRow((row) => {
    if (!header) {
      if (String(row.getCell(1).value ?? '').trim() === first) {
        header = new Map();
        row.eachCell((c, k) => header?.set(String(c.value).trim(), k));
      }
      return;
    }
    if (!String(row.getCell(1).value ?? '').trim()) return;
    out.push(new Map([...header].map(([name, k]) => [name, row.getCell(k)])));
  });
  return out;
}

/** Capaian rows and budget lines of every workbook in the inputs folder. */
async function readWorkbooks(): Promise<{ rows: Map<string, Row>; budget: Line[] }> {
  const rows = new Map<string, Row>();
  const budget: Line[] = [];
  for (const f of (await readdir(work.inputs)).filter((n) => n.endsWith('.xlsx'))) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(work.inputs, f));
    for (const r of table(wb.getWorksheet('Capaian') as ExcelJS.Worksheet, 'Kode IKU')) {
      const n = (h: string) => (r.get(h) ? cellNumber(r.get(h) as ExcelJS.Cell) : null);
      const tw: Q = [n('Realisasi TW I'), n('Realisasi TW II'), n('Realisasi TW III'), n('Realisasi TW IV')];
      rows.set(String(r.get('Kode IKU')?.value).trim(), { tw, realisasi: n('Realisasi') });
    }
    for (const r of table(wb.getWorksheet('Anggaran') as ExcelJS.Worksheet, 'Kode')) {
      const text = (h: string) => (r.get(h)?.value == null ? null : String(r.get(h)?.value).trim() || null);
      budget.push({
        kode: text('Kode') ?? '',
        pagu: cellNumber(r.get('Pagu') as ExcelJS.Cell) ?? 0,
        realisasi: cellNumber(r.get('Realisasi') as ExcelJS.Cell) ?? 0,
        kodeIku: text('Kode IKU'),
        sumberDana: text('Sumber Dana'),
      });
    }
  }
  return { rows, budget };
}

/** The annual value from the quarters, by aggregation (used only where the Realisasi cell is empty). */
function annual(q: Q, agregasi: string): number | null {
  const f = q.filter((v): v is number => v !== null);
  if (!f.length) return null;
  if (agregasi === 'kumulatif') return q[3];
  if (agregasi === 'jumlah') return f.length === 4 ? f.reduce((a, b) => a + b, 0) : null;
  if (agregasi === 'akhir') return f[f.length - 1] ?? null;
  return f.reduce((a, b) => a + b, 0) / f.length;
}

/** Raw capaian in percent (primer §4). */
function rawCapaian(t: number, r: number, arah: string, rumus: string): number {
  if (arah === 'naik') return (r / t) * 100;
  if (rumus === 'T/R') return (t / r) * 100;
  return Math.max(0, (2 - r / t) * 100);
}

/** Numbers printed on a PDF line, IKU/program codes and years in headings left out. */
function numbers(line: string): number[] {
  const clean = line.replace(/IKU-\d+|\b076\.\d+\.[A-Z]+(?:\.\d+)?\b/g, ' ');
  return [...clean.matchAll(/(?<![\d,.])-?\d{1,3}(?:\.\d{3})*(?:,\d+)?(?![\d])/g)].map((m) => {
    const [int, dec] = (m[0] as string).split(',');
    return Number(`${(int as string).replace(/\./g, '')}${dec ? `.${dec}` : ''}`) + 0;
  });
}

/** The printed numbers contain `expected` in this order, each equal at the precision it was printed with. */
function hasInOrder(printed: readonly { n: number; d: number }[], expected: readonly number[]): boolean {
  let i = 0;
  for (const p of printed)
    if (i < expected.length && Math.abs(p.n - (expected[i] as number)) <= 0.5 * 10 ** -p.d + 1e-9) i++;
  return i === expected.length;
}

const withDecimals = (line: string) => {
  const clean = line.replace(/IKU-\d+|\b076\.\d+\.[A-Z]+(?:\.\d+)?\b/g, ' ');
  return [...clean.matchAll(/(?<![\d,.])-?\d{1,3}(?:\.\d{3})*(?:,\d+)?(?![\d])/g)].map((m) => ({
    n: numbers(m[0] as string)[0] as number,
    d: ((m[0] as string).split(',')[1] ?? '').length,
  }));
};

/** Lines (each joined with the two after it, where a long name wraps) that mention `code` and show `expected` in order. */
const rowsShowing = (code: string, expected: readonly number[]) =>
  lines
    .flatMap((l, i) => (l.includes(code) ? [[l, lines[i + 1] ?? '', lines[i + 2] ?? ''].join(' ')] : []))
    .filter((l) => hasInOrder(withDecimals(l), expected));

let indicators: (Ind & {
  realisasi: number | null;
  capaian: number | null;
  raw: number | null;
  row: Row | undefined;
})[] = [];
let budget: Line[] = [];
let config: { kebijakan: { batasCapaian100: boolean; rumusTurunDefault: string } };

beforeAll(async () => {
  const pdfName = (await readdir(work.output)).find((f) => f.endsWith('.pdf'));
  if (run.code !== 0 || !pdfName) return;
  lines = (await readPdf(await readFile(join(work.output, pdfName)))).pages.join('\n').split('\n');
  config = await yaml('laporan.yaml');
  const iku = await yaml('iku.yaml');
  const read = await readWorkbooks();
  budget = read.budget;
  indicators = (iku.indikator as Ind[]).map((ind) => {
    const row = read.rows.get(ind.kode);
    const realisasi = row ? (row.realisasi ?? annual(row.tw, ind.agregasi)) : null;
    const raw =
      realisasi === null
        ? null
        : rawCapaian(ind.target, realisasi, ind.arah, ind.rumus ?? config.kebijakan.rumusTurunDefault);
    const capaian = raw === null ? null : config.kebijakan.batasCapaian100 ? Math.min(raw, 100) : raw;
    return { ...ind, row, realisasi, capaian, raw };
  });
});

describe('the sample PDF against a recomputation from the workbooks and YAML', () => {
  it('built', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(indicators).toHaveLength(10);
  });

  it('T1 and T3: target, realisasi and capaian of every indicator, on its row in both tables', () => {
    for (const i of indicators) {
      const expected = [i.target, i.realisasi as number, i.capaian as number];
      expect(rowsShowing(i.kode, expected).length, `${i.kode}: ${expected.join(' · ')}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('Lampiran 2: the Rencana Aksi quarters, the quarterly realisasi, the year and the capaian', () => {
    for (const i of indicators) {
      const tw = (q: Q) => q.filter((v): v is number => v !== null);
      const expected = [
        i.target,
        ...tw(i.targetTriwulan),
        ...tw(i.row?.tw ?? [null, null, null, null]),
        i.realisasi as number,
        i.capaian as number,
      ];
      expect(rowsShowing(i.kode, expected).length, `${i.kode}: ${expected.join(' · ')}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('the mean capaian of every sasaran (T3, in Renstra order) and the overall capaian', async () => {
    const renstra = await yaml('renstra.yaml');
    const means = (renstra.sasaran as { kode: string }[]).map((s) => {
      const vals = indicators.filter((i) => i.sasaran === s.kode && i.capaian !== null).map((i) => i.capaian as number);
      return vals.reduce((a, b) => a + b, 0) / vals.length;
    });
    const printed = lines.filter((l) => l.startsWith('Rata-rata capaian sasaran')).map((l) => withDecimals(l)[0]);
    expect(printed).toHaveLength(means.length);
    printed.forEach((p, k) =>
      expect(hasInOrder(p ? [p] : [], [means[k] as number]), `sasaran ${k + 1}: ${p?.n} vs ${means[k]}`).toBe(true),
    );
    const overall = means.reduce((a, b) => a + b, 0) / means.length;
    const line = lines.find((l) => l.startsWith('Capaian kinerja keseluruhan')) ?? '';
    expect(hasInOrder(withDecimals(line), [overall]), `${line} vs ${overall}`).toBe(true);
  });

  it('how many indicators met their target, in the generated sentence', () => {
    const met = indicators.filter((i) => i.raw !== null && i.raw >= 100).length;
    expect(lines.join(' ')).toContain(`${met} dari ${indicators.length} indikator mencapai atau melampaui target`);
  });

  it('T4: the realisasi of earlier years from renstra.yaml, then this year', async () => {
    const renstra = await yaml('renstra.yaml');
    const tahun = (await yaml('iku.yaml')).tahun as number;
    for (const s of renstra.sasaran as { indikator: { kodeIku: string; realisasi?: Record<string, number> }[] }[]) {
      for (const r of s.indikator) {
        const i = indicators.find((x) => x.kode === r.kodeIku);
        const earlier = [tahun - 2, tahun - 1].flatMap((y) =>
          r.realisasi?.[String(y)] === undefined ? [] : [r.realisasi[String(y)] as number],
        );
        const expected = [...earlier, i?.realisasi as number];
        expect(rowsShowing(r.kodeIku, expected).length, `${r.kodeIku}: ${expected.join(' · ')}`).toBeGreaterThanOrEqual(
          1,
        );
      }
    }
  });

  it('T2 and Lampiran 1: the PK budget per program and its total; T8: pagu, realisasi, serapan and sisa per program and kegiatan', async () => {
    const iku = await yaml('iku.yaml');
    const pk = iku.program as { kode: string; anggaran: number }[];
    for (const p of pk) expect(rowsShowing(p.kode, [p.anggaran]).length, p.kode).toBeGreaterThanOrEqual(3);
    const total = pk.reduce((a, p) => a + p.anggaran, 0);
    expect(
      lines.filter((l) => l.trim().startsWith('Jumlah') && hasInOrder(withDecimals(l), [total])).length,
    ).toBeGreaterThanOrEqual(2);
    const groups = new Map<string, { pagu: number; realisasi: number }>();
    for (const l of budget) {
      const parts = l.kode.split('.');
      for (const key of [parts.slice(0, 3).join('.'), parts.slice(0, 4).join('.')]) {
        const g = groups.get(key) ?? { pagu: 0, realisasi: 0 };
        groups.set(key, { pagu: g.pagu + l.pagu, realisasi: g.realisasi + l.realisasi });
      }
    }
    for (const [kode, g] of groups) {
      const expected = [g.pagu, g.realisasi, (g.realisasi / g.pagu) * 100, g.pagu - g.realisasi];
      expect(rowsShowing(kode, expected).length, `${kode}: ${expected.join(' · ')}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('T7: per indicator the capaian and the budget tied to it (workbook lines and hibah lines), with its serapan', async () => {
    const hibah = (await yaml('hibah.yaml')).hibah as {
      penggunaan: { tahun: number; pagu: number; realisasi: number; kodeIku?: string }[];
    }[];
    const tahun = (await yaml('iku.yaml')).tahun as number;
    for (const i of indicators) {
      const mine = [
        ...budget.filter((l) => l.kodeIku === i.kode),
        ...hibah.flatMap((h) => h.penggunaan.filter((p) => p.tahun === tahun && p.kodeIku === i.kode)),
      ];
      const pagu = mine.reduce((a, l) => a + l.pagu, 0);
      const realisasi = mine.reduce((a, l) => a + l.realisasi, 0);
      if (pagu === 0) continue;
      const expected = [i.capaian as number, pagu, realisasi, (realisasi / pagu) * 100];
      expect(rowsShowing(i.kode, expected).length, `${i.kode}: ${expected.join(' · ')}`).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('traceable figures in the sample HTML', () => {
  /** Columns (0-based, within `<td>`s of a row) that hold figures of their own: all others are computed or words. */
  const TRACED: Record<string, number[] | 'all'> = {
    'pengukuran-program': [1, 2], // PK budget, realisasi (the serapan is computed)
    t1: 'all',
    t3: 'all',
    pengukuran: 'all',
    t4: 'all',
    t5: 'all',
    t6: 'all',
    pk: 'all',
    'pk-program': 'all',
    'rencana-aksi': 'all',
    renstra: 'all',
    t7: [1, 2, 3], // capaian, pagu, realisasi (serapan and efisiensi are computed from them)
    t8: [2, 3], // pagu, realisasi (serapan and sisa are computed)
    'sumber-dana': [1, 2], // pagu, realisasi per source of funds
    hibah: [1, 2, 3], // NPHD amount, realisasi before and in the report year
    'jenis-belanja': [2, 3], // pagu, realisasi per jenis belanja (a source's heading row repeats the per-source table)
  };

  it('gives every figure cell of the indicator and budget tables a data-sumber, and Lampiran Sumber Data lists the same sources', async () => {
    const file = (await readdir(work.output)).find((f) => f.endsWith('.html'));
    // Next year's PK and Rencana Aksi (Lampiran, from iku-<tahun+1>.yaml) are not this report's figures: not traced yet.
    const html = (await readFile(join(work.output, file ?? 'missing.html'), 'utf8')).replace(
      /<section class="bab lampiran-(?:pk|ra)-berikut[\s\S]*?<\/section>/g,
      '',
    );
    const untraced: string[] = [];
    let checked = 0;
    for (const [, name, body] of html.matchAll(/<table class="tabel tabel-([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/table>/g)) {
      const columns = TRACED[name as string];
      if (!columns) continue;
      for (const [, attrs, row] of (body as string).matchAll(/<tr([^>]*)>([\s\S]*?)<\/tr>/g)) {
        if (/class="(total|rata-rata|sumber)"/.test(attrs as string) || (row as string).includes('<th')) continue;
        // Leading No/Sasaran cells of a group are rowspanned: count cells from the indicator cell on.
        const cells = [...(row as string).matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].filter(
          (c) => !/class="(no|sasaran)[" ]/.test(c[1] as string),
        );
        cells.forEach((c, k) => {
          const text = (c[2] as string).replace(/<[^>]*>/g, '').trim();
          if (!/^-?[\d.]+(,\d+)?\*?$/.test(text) || (columns !== 'all' && !columns.includes(k))) return;
          checked++;
          if (!/data-sumber="[^"]+"/.test(c[1] as string)) untraced.push(`${name}: ${text}`);
        });
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(untraced).toEqual([]);
    // One source as the HTML and Lampiran Sumber Data print it: IKU-02's realisasi cell in its workbook.
    const source = /data-sumber="([^"]+)" data-angka="IKU-02 realisasi"/.exec(html)?.[1] ?? '';
    expect(source).toMatch(/^divisi-sosialisasi-pendidikan-pemilih-dan-partisipasi-masyarakat\.xlsx, Capaian!I\d+$/);
    expect(lines.join(' ')).toMatch(/LAMPIRAN \d+ SUMBER DATA/);
    expect(lines.join('').replace(/\s+/g, '')).toContain(source.replace(/\s+/g, ''));
  });
});
