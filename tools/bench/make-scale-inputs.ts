/**
 * Synthetic inputs for the scale benchmark: N units, each with one IKU and a workbook of 1.000 budget lines,
 * built on the sample's reference data. Invented data, for timing only.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import {
  writeDivisionWorkbook,
  type AnggaranSpecRow,
} from '../../pipeline/prepare/division-template/write-division-workbook.ts';

const pad = (n: number) => String(n).padStart(4, '0');

/** Writes `laporan.yaml`, `renstra.yaml`, `iku.yaml` and `n` workbooks into `dir`. */
export async function makeScaleInputs(sampleDir: string, dir: string, n: number, budgetLines = 1000): Promise<void> {
  await mkdir(dir, { recursive: true });
  const read = async (f: string) => parse(await readFile(join(sampleDir, f), 'utf8'));
  const [laporan, renstra, iku] = await Promise.all([read('laporan.yaml'), read('renstra.yaml'), read('iku.yaml')]);
  const sasaran: { kode: string; indikator: unknown[] }[] = renstra.sasaran;
  const units = Array.from({ length: n }, (_, i) => ({
    kode: `U${pad(i + 1)}`,
    nama: `Unit Uji ${pad(i + 1)}`,
    alias: [],
  }));
  const indikator = units.map((u, i) => ({
    kode: `IKU-${pad(i + 1)}`,
    nama: `Persentase keluaran unit uji ${pad(i + 1)} yang selesai tepat waktu`,
    sasaran: sasaran[i % sasaran.length]?.kode,
    satuan: '%',
    arah: 'naik',
    agregasi: 'kumulatif',
    target: 100,
    targetTriwulan: [25, 50, 75, 100],
    unit: u.kode,
  }));
  for (const s of sasaran) {
    s.indikator = indikator
      .filter((k) => k.sasaran === s.kode)
      .map((k) => ({
        kodeIku: k.kode,
        target: { 2022: 100, 2023: 100, 2024: 100 },
        realisasi: { 2022: 90, 2023: 95 },
      }));
  }
  const kegiatan: string[] = renstra.program.flatMap((p: { kode: string; kegiatan: { kode: string }[] }) =>
    p.kegiatan.map((k) => `${p.kode}.${k.kode}`),
  );
  await cp(join(sampleDir, 'narasi'), join(dir, 'narasi'), { recursive: true });
  await writeFile(join(dir, 'laporan.yaml'), stringify({ ...laporan, unitKerja: units }));
  await writeFile(join(dir, 'renstra.yaml'), stringify(renstra));
  await writeFile(join(dir, 'iku.yaml'), stringify({ ...iku, indikator }));
  for (const [i, u] of units.entries()) {
    const k = indikator[i]!;
    const anggaran: AnggaranSpecRow[] = Array.from({ length: budgetLines }, (_, j) => ({
      kode: `${kegiatan[(i + j) % kegiatan.length]}.EBA.962.${String(j % 1000).padStart(3, '0')}.521211`,
      nama: `Belanja bahan kegiatan uji ${j + 1}`,
      pagu: 10_000_000 + ((i * 7919 + j * 104_729) % 5_000_000),
      realisasi: 9_000_000 + ((i * 7919 + j * 104_729) % 1_000_000),
      kodeIku: j % 10 === 0 ? k.kode : null,
    }));
    await writeDivisionWorkbook(join(dir, `unit-${pad(i + 1)}.xlsx`), {
      identitas: {
        unitKerja: u.nama,
        tahun: iku.tahun,
        penanggungJawab: 'Pegawai Uji',
        nip: '198001012010011001',
        tanggal: new Date(Date.UTC(2025, 0, 8)),
      },
      capaian: [
        {
          kodeIku: k.kode,
          indikator: k.nama,
          satuan: '%',
          target: 100,
          triwulan: [20, 45, 70, 95],
          realisasi: 95,
          sumberData: 'Data uji',
          keterangan: '',
        },
      ],
      analisis: [{ kodeIku: k.kode, penyebab: 'Data uji.', upaya: 'Data uji.', programPendukung: 'Data uji.' }],
      anggaran,
    });
  }
}
