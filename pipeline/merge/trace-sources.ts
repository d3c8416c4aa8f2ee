/**
 * Traceable numbers: each figure of the dataset gets its source — the workbook cell it was typed in, or the YAML
 * line it was written on, or (for a computed figure) the sources it was computed from. Pure; runs right after the
 * merge, so the JSON written next to the PDF, the HTML (`data-sumber`) and Lampiran "Sumber Data" all say the same.
 */
import type {
  Asal,
  AsalMap,
  Dataset,
  HibahData,
  IndikatorData,
  ProgramData,
  SumberDanaData,
} from '../../schemas/dataset.ts';
import type { Division } from '../../schemas/division.ts';
import type { Reference } from '../../schemas/reference.ts';
import { yamlLine } from '../load/yaml-line-map.ts';
import { akunOf, jenisBelanja } from './jenis-belanja.ts';
import { splitBudgetCode } from './merge-budget.ts';

type YamlFile = 'iku.yaml' | 'renstra.yaml' | 'laporan.yaml' | 'hibah.yaml';

/** `{ file: 'iku.yaml', baris: 19 }` for a key path, the line left out when it is not known. */
export function yamlAsal(ref: Reference, file: YamlFile, path: string, catatan?: string): Asal {
  const { line: baris } = yamlLine(ref.lines?.[file], path);
  return { file, ...(baris === undefined ? {} : { baris }), ...(catatan ? { catatan } : {}) };
}

/** Column letters → number: `A` → 1, `AA` → 27. */
const colNumber = (col: string): number => [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** `C7:C9, C12` (one column) or `E5:H5` (one row) from cell addresses: runs of neighbouring cells joined. */
export function cellRuns(cells: readonly string[]): string {
  const parsed = cells
    .map((c) => /^([A-Z]+)(\d+)$/.exec(c))
    .flatMap((m) => (m ? [{ col: m[1] as string, row: Number(m[2]) }] : []));
  const oneRow = parsed.every((p) => p.row === parsed[0]?.row);
  // Along the row when all cells share one, else down each column.
  const line = (p: { col: string; row: number }) => (oneRow ? p.row : colNumber(p.col));
  const pos = (p: { col: string; row: number }) => (oneRow ? colNumber(p.col) : p.row);
  parsed.sort((a, b) => line(a) - line(b) || pos(a) - pos(b));
  const runs: string[] = [];
  for (let i = 0; i < parsed.length;) {
    let j = i;
    while (
      j + 1 < parsed.length &&
      line(parsed[j + 1]!) === line(parsed[i]!) &&
      pos(parsed[j + 1]!) === pos(parsed[j]!) + 1
    )
      j++;
    const a = parsed[i]!;
    const b = parsed[j]!;
    runs.push(i === j ? `${a.col}${a.row}` : `${a.col}${a.row}:${b.col}${b.row}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** Budget lines grouped by workbook, as one source per workbook naming the cells of `field` in its budget sheet. */
function linesAsal(
  lines: readonly { file: string; sheet: string; cell: string | undefined }[],
  catatan?: string,
): Asal[] {
  const byFile = new Map<string, { sheet: string; cells: string[] }>();
  for (const l of lines) {
    const entry = byFile.get(l.file) ?? { sheet: l.sheet, cells: [] };
    if (l.cell) entry.cells.push(l.cell);
    byFile.set(l.file, entry);
  }
  return [...byFile].map(([file, { sheet, cells }]) => ({
    file,
    sheet,
    ...(cells.length ? { cell: cellRuns(cells) } : {}),
    ...(catatan ? { catatan } : {}),
  }));
}

/** The dataset with `asal` on every indicator, program and kegiatan. */
export function traceSources(dataset: Dataset, divisions: readonly Division[], ref: Reference): Dataset {
  const lines: Line[] = divisions.flatMap((d) =>
    d.anggaran.map((row) => ({ file: d.file, sheet: d.sheets.anggaran, row })),
  );
  const cellsOf = (field: 'pagu' | 'realisasi', keep: (kode: string, kodeIku: string | undefined) => boolean) =>
    linesAsal(
      lines
        .filter((l) => keep(l.row.kode, l.row.kodeIku))
        .map((l) => ({ file: l.file, sheet: l.sheet, cell: l.row.sel?.[field] })),
    );
  const budgetAsal = (keep: (kode: string, kodeIku: string | undefined) => boolean): AsalMap => ({
    pagu: cellsOf('pagu', keep),
    realisasi: cellsOf('realisasi', keep),
  });
  const program = dataset.anggaran.program.map((p): ProgramData => {
    const n = ref.iku.program.findIndex((x) => x.kode === p.kode);
    return {
      ...p,
      asal: {
        ...budgetAsal((kode) => splitBudgetCode(kode).program === p.kode),
        ...(n >= 0 ? { pk: [yamlAsal(ref, 'iku.yaml', `program[${n}].anggaran`)] } : {}),
      },
      kegiatan: p.kegiatan.map((k) => ({ ...k, asal: budgetAsal((kode) => sameKegiatan(kode, k.kode, p.kode)) })),
    };
  });
  // An indicator's budget is its lines of the sources counted for efficiency, workbook and hibah alike (merge-indicator).
  const counted = (sumber: string | undefined) => {
    const only = ref.config.kebijakan.efisiensiSumberDana;
    return !only || only.includes(sumber ?? ref.config.sumberDana[0]?.kode ?? 'RM');
  };
  const indicatorBudget = (kodeIku: string): AsalMap => {
    const mine = lines.filter((l) => l.row.kodeIku === kodeIku && counted(l.row.sumberDana));
    const hibah = hibahAsal(ref, kodeIku, counted);
    return {
      pagu: [
        ...linesAsal(mine.map((l) => ({ file: l.file, sheet: l.sheet, cell: l.row.sel?.['pagu'] }))),
        ...hibah.pagu,
      ],
      realisasi: [
        ...linesAsal(mine.map((l) => ({ file: l.file, sheet: l.sheet, cell: l.row.sel?.['realisasi'] }))),
        ...hibah.realisasi,
      ],
    };
  };
  const sasaran = dataset.sasaran.map((s) => ({
    ...s,
    indikator: s.indikator.map((ind) => ({
      ...ind,
      asal: indicatorAsal(ind, divisions, ref, indicatorBudget(ind.kode)),
    })),
  }));
  const { sumberDana, gabungan } = traceSumberDana(dataset, lines, ref);
  const hibah = dataset.hibah.map((h) => traceHibah(h, ref));
  return { ...dataset, sasaran, anggaran: { ...dataset.anggaran, program, sumberDana, gabungan }, hibah };
}

type Line = { file: string; sheet: string; row: Division['anggaran'][number] };

/**
 * Sources of the per-source and per-jenis-belanja sums (BAB III B): the workbook cells of their lines and the
 * report year's hibah lines, chosen by the same source and akun rules as merge-sumber-dana.ts.
 */
function traceSumberDana(
  dataset: Dataset,
  lines: readonly Line[],
  ref: Reference,
): { sumberDana: SumberDanaData[]; gabungan: SumberDanaData | null } {
  const dipa = ref.config.sumberDana[0]?.kode ?? 'RM';
  const tagged = lines.map((l) => ({
    ...l,
    dana: l.row.sumberDana ?? dipa,
    jenis: jenisBelanja(akunOf(l.row.kode)).kode,
  }));
  const hibahLines = (ref.hibah?.hibah ?? []).flatMap((h, i) =>
    h.penggunaan.flatMap((p, k) =>
      p.tahun === ref.config.tahun
        ? [{ dana: h.sumberDana, jenis: jenisBelanja(p.akun).kode, path: `hibah[${i}].penggunaan[${k}]` }]
        : [],
    ),
  );
  const asalOf = (keep: (dana: string, jenis: string) => boolean): AsalMap => {
    const mine = tagged.filter((l) => keep(l.dana, l.jenis));
    const fromHibah = hibahLines.filter((h) => keep(h.dana, h.jenis));
    const field = (f: 'pagu' | 'realisasi') => [
      ...linesAsal(mine.map((l) => ({ file: l.file, sheet: l.sheet, cell: l.row.sel?.[f] }))),
      ...fromHibah.map((h) => yamlAsal(ref, 'hibah.yaml', `${h.path}.${f}`)),
    ];
    return { pagu: field('pagu'), realisasi: field('realisasi') };
  };
  const trace = (s: SumberDanaData, dana: string | null): SumberDanaData => ({
    ...s,
    asal: asalOf((d) => dana === null || d === dana),
    jenisBelanja: s.jenisBelanja.map((j) => ({
      ...j,
      asal: asalOf((d, jenis) => (dana === null || d === dana) && jenis === j.kode),
    })),
  });
  return {
    sumberDana: dataset.anggaran.sumberDana.map((s) => trace(s, s.kode)),
    gabungan: dataset.anggaran.gabungan ? trace(dataset.anggaran.gabungan, null) : null,
  };
}

/** A hibah's NPHD amount and its realisasi before and in the report year, as hibah.yaml lines. */
function traceHibah(h: HibahData, ref: Reference): HibahData {
  const i = (ref.hibah?.hibah ?? []).findIndex((x) => x.kode === h.kode);
  const item = ref.hibah?.hibah[i];
  if (!item) return h;
  const uses = (keep: (tahun: number) => boolean): Asal[] =>
    item.penggunaan.flatMap((p, k) =>
      keep(p.tahun) ? [yamlAsal(ref, 'hibah.yaml', `hibah[${i}].penggunaan[${k}].realisasi`)] : [],
    );
  return {
    ...h,
    asal: {
      jumlah: [yamlAsal(ref, 'hibah.yaml', `hibah[${i}].jumlah`)],
      sebelumnya: uses((t) => t < ref.config.tahun),
      realisasi: uses((t) => t === ref.config.tahun),
    },
  };
}

/** The report year's hibah lines (`hibah.yaml → penggunaan`) tied to an IKU, as YAML lines of their pagu and realisasi. */
function hibahAsal(
  ref: Reference,
  kodeIku: string,
  counted: (sumber: string) => boolean,
): { pagu: Asal[]; realisasi: Asal[] } {
  const out = { pagu: [] as Asal[], realisasi: [] as Asal[] };
  (ref.hibah?.hibah ?? []).forEach((h, i) => {
    if (!counted(h.sumberDana)) return;
    h.penggunaan.forEach((p, k) => {
      if (p.tahun !== ref.config.tahun || p.kodeIku !== kodeIku) return;
      out.pagu.push(yamlAsal(ref, 'hibah.yaml', `hibah[${i}].penggunaan[${k}].pagu`));
      out.realisasi.push(yamlAsal(ref, 'hibah.yaml', `hibah[${i}].penggunaan[${k}].realisasi`));
    });
  });
  return out;
}

/** A line belongs to kegiatan `076.01.WA.4369` (or to the program's "no kegiatan" line `076.01.WA`). */
function sameKegiatan(kode: string, kegiatanKode: string, programKode: string): boolean {
  const { program, kegiatan } = splitBudgetCode(kode);
  return (
    program === programKode &&
    (kegiatan === null ? kegiatanKode === programKode : `${program}.${kegiatan}` === kegiatanKode)
  );
}

/** Where the Renstra lists the indicator: `sasaran[i].indikator[j]`. */
function renstraPath(ref: Reference, kode: string): string | null {
  for (const [i, s] of ref.renstra.sasaran.entries()) {
    const j = s.indikator.findIndex((x) => x.kodeIku === kode);
    if (j >= 0) return `sasaran[${i}].indikator[${j}]`;
  }
  return null;
}

const TW = ['TW I', 'TW II', 'TW III', 'TW IV'];

function indicatorAsal(ind: IndikatorData, divisions: readonly Division[], ref: Reference, anggaran: AsalMap): AsalMap {
  const n = ref.iku.indikator.findIndex((i) => i.kode === ind.kode);
  const division = divisions.find((d) => d.file === ind.sumber);
  const row = division?.capaian.find((c) => c.kodeIku === ind.kode);
  const cell = (key: string): Asal[] =>
    division && row?.sel?.[key] ? [{ file: division.file, sheet: division.sheets.capaian, cell: row.sel[key] }] : [];
  const asal: AsalMap = { target: [yamlAsal(ref, 'iku.yaml', `indikator[${n}].target`)] };
  ind.targetTriwulan.forEach((v, k) => {
    if (v !== null) asal[`targetTriwulan.${k}`] = [yamlAsal(ref, 'iku.yaml', `indikator[${n}].targetTriwulan[${k}]`)];
  });
  const quarterKeys = ['twI', 'twII', 'twIII', 'twIV'];
  ind.realisasiTriwulan.forEach((v, k) => {
    if (v !== null) asal[`realisasiTriwulan.${k}`] = cell(quarterKeys[k] as string);
  });
  if (ind.realisasi !== null) {
    const typed = row?.realisasi !== null && row?.realisasi !== undefined;
    const filled = ind.realisasiTriwulan.flatMap((v, k) =>
      v === null ? [] : cell(quarterKeys[k] as string).map((a) => ({ ...a, catatan: TW[k] as string })),
    );
    asal['realisasi'] = typed
      ? cell('realisasi')
      : filled.map((a) => ({ ...a, catatan: `dihitung dari triwulan (${ind.agregasi}): ${a.catatan}` }));
  }
  if (ind.capaian.status === 'terhitung') {
    asal['capaian'] = [...(asal['target'] ?? []), ...(asal['realisasi'] ?? [])].map((a) => ({
      ...a,
      catatan: `dihitung dengan rumus ${ind.rumus}`,
    }));
  }
  const path = renstraPath(ref, ind.kode);
  for (const h of path ? ind.riwayat.slice(0, -1) : []) {
    if (h.realisasi !== null)
      asal[`riwayat.${h.tahun}`] = [yamlAsal(ref, 'renstra.yaml', `${path}.realisasi.${h.tahun}`)];
  }
  if (path && ind.renstra.targetAkhir !== null)
    asal['renstra.targetAkhir'] = [yamlAsal(ref, 'renstra.yaml', `${path}.target.${ind.renstra.tahunAkhir}`)];
  if (path && ind.standarNasional)
    asal['standarNasional'] = [yamlAsal(ref, 'renstra.yaml', `${path}.standarNasional.nilai`)];
  if (anggaran['pagu']?.length) {
    asal['anggaran.pagu'] = anggaran['pagu'];
    asal['anggaran.realisasi'] = anggaran['realisasi'] ?? [];
  }
  return asal;
}
