/** Joins the reference data (laporan, renstra, iku) with the sample data into what each unit types into its template. */
import type { IkuIndikator } from '../../schemas/iku.ts';
import type { Reference } from '../../schemas/reference.ts';
import { annualFromQuarters } from './agregasi.ts';
import { budgetLines, type BudgetLine } from './budget-lines.ts';
import { ANALISIS_SAMPLES, CAPAIAN_SAMPLES } from './data-capaian.ts';
import { KEGIATAN_SAMPLES } from './data-anggaran.ts';
import { UNIT_SAMPLES } from './data-units.ts';
import type { TemplateValues } from '../../pipeline/prepare/division-template/fill-template.ts';
import { unitSlug } from '../../pipeline/validate/find-unit.ts';

/** One unit's sample: file name (relative to inputs/), what it types into its template, its budget lines for the summary. */
export interface UnitWorkbook {
  kode: string;
  file: string;
  values: TemplateValues;
  lines: BudgetLine[];
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`sample data missing: ${what}`);
  return value;
}

/** The row the unit types for one indicator; throws if the annual figure does not follow from the quarters. */
function capaianRow(ind: IkuIndikator): TemplateValues['capaian'][number] {
  const s = need(CAPAIAN_SAMPLES[ind.kode], `realisasi of ${ind.kode}`);
  const derived = annualFromQuarters(ind.agregasi, s.triwulan);
  if (derived === null || Math.abs(derived - s.realisasi) > 1e-9) {
    throw new Error(
      `${ind.kode}: realisasi ${s.realisasi} does not follow from the quarters (${ind.agregasi} → ${derived})`,
    );
  }
  return {
    kodeIku: ind.kode,
    triwulan: s.triwulan,
    realisasi: s.realisasi,
    sumberData: s.sumberData,
    keterangan: s.keterangan,
    ...(s.persen === true ? { persen: true } : {}),
  };
}

/** Every sample kegiatan must exist in the Renstra, and each program's lines must add up to its PK budget. */
function checkBudget(ref: Reference, lines: readonly BudgetLine[]): void {
  for (const k of KEGIATAN_SAMPLES) {
    const program = need(
      ref.renstra.program.find((p) => p.kode === k.program),
      `program ${k.program} in renstra.yaml`,
    );
    need(
      program.kegiatan.find((g) => g.kode === k.kegiatan),
      `kegiatan ${k.kegiatan} in renstra.yaml`,
    );
  }
  for (const p of ref.iku.program) {
    const pagu = lines.filter((l) => l.program === p.kode).reduce((s, l) => s + l.pagu, 0);
    if (pagu !== p.anggaran) throw new Error(`program ${p.kode}: lines add up to ${pagu}, PK says ${p.anggaran}`);
  }
}

/** The values of each unit of `laporan.yaml`, checked against the IKU and PK of `iku.yaml`. */
export function buildUnitWorkbooks(ref: Reference): UnitWorkbook[] {
  const allLines = KEGIATAN_SAMPLES.flatMap(budgetLines);
  checkBudget(ref, allLines);
  return ref.config.unitKerja.map((unit) => {
    const indikator = ref.iku.indikator.filter((i) => i.unit === unit.kode);
    if (indikator.length === 0) throw new Error(`unit ${unit.kode} has no IKU in iku.yaml`);
    const codes = new Set(indikator.map((i) => i.kode));
    const lines = allLines.filter((l) => l.unit === unit.kode);
    const foreign = lines.find((l) => l.kodeIku !== null && !codes.has(l.kodeIku));
    if (foreign !== undefined)
      throw new Error(`${foreign.kode} is tied to ${foreign.kodeIku}, not an IKU of ${unit.kode}`);
    const who = need(UNIT_SAMPLES[unit.kode], `identitas of ${unit.kode}`);
    const values: TemplateValues = {
      identitas: {
        penanggungJawab: who.penanggungJawab,
        nip: who.nip,
        tanggal: new Date(`${who.tanggal}T00:00:00Z`),
      },
      capaian: indikator.map(capaianRow),
      analisis: indikator.map((i) => ({ kodeIku: i.kode, ...need(ANALISIS_SAMPLES[i.kode], `analisis of ${i.kode}`) })),
      anggaran: lines.map((l) => ({
        kode: l.kode,
        nama: l.nama,
        pagu: l.pagu,
        realisasi: l.realisasi,
        kodeIku: l.kodeIku,
      })),
    };
    return { kode: unit.kode, file: `${unitSlug(unit.nama)}.xlsx`, values, lines };
  });
}
