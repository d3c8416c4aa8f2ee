import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadInputs } from '../fixtures/load-inputs.ts';
import { divisionSheets } from '../fixtures/division-workbook.ts';
import { referenceYaml } from '../fixtures/reference.ts';
import { removeTempDirs, tempDir, writeWorkbook } from '../fixtures/write-workbook.ts';

afterAll(removeTempDirs);

/** An inputs folder with the three YAML files, two workbooks in reverse name order, and narrative. */
async function inputsFolder(): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'laporan.yaml'), stringify(referenceYaml.config));
  await writeFile(path.join(dir, 'renstra.yaml'), stringify(referenceYaml.renstra));
  await writeFile(path.join(dir, 'iku.yaml'), stringify(referenceYaml.iku));
  await mkdir(path.join(dir, 'unit'));
  await writeWorkbook(path.join(dir, 'unit', 'divisi-hukum.xlsx'), divisionSheets());
  await writeWorkbook(
    path.join(dir, 'bagian-keuangan.xlsx'),
    divisionSheets({ unit: 'Bagian Keuangan, Umum dan Logistik' }),
  );
  await mkdir(path.join(dir, 'narasi'));
  await writeFile(path.join(dir, 'narasi', 'pendahuluan.md'), '# Pendahuluan\n');
  return dir;
}

describe('loadInputs', () => {
  it('reads the YAML files, narrative and workbooks, sorted by file name', async () => {
    const dir = await inputsFolder();
    const loaded = await loadInputs(dir);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.config).toMatchObject({ file: 'laporan.yaml', data: { tahun: 2024 } });
    expect(loaded.config?.lines?.['penandatangan.sekretaris.nip']).toBeGreaterThan(1);
    expect(loaded.iku?.data).toMatchObject({ tahun: 2024 });
    expect(loaded.workbooks.map((w) => w.file)).toEqual(['bagian-keuangan.xlsx', 'unit/divisi-hukum.xlsx']);
    expect(loaded.narrative).toEqual({ pendahuluan: '# Pendahuluan\n' });
  });

  it('rejects other spreadsheet formats, skips lock files, and reports a corrupt workbook while reading the rest', async () => {
    const dir = await inputsFolder();
    await writeFile(path.join(dir, 'divisi-lama.xls'), 'not really excel');
    await writeFile(path.join(dir, 'data.CSV'), 'a,b\n');
    await writeFile(path.join(dir, '~$divisi-hukum.xlsx'), 'lock');
    await writeFile(path.join(dir, 'rusak.xlsx'), 'this is not a zip file');
    const loaded = await loadInputs(dir);
    expect(loaded.workbooks.map((w) => w.file)).toEqual(['bagian-keuangan.xlsx', 'unit/divisi-hukum.xlsx']);
    expect(loaded.diagnostics.map((d) => [d.severity, d.rule, d.file])).toEqual([
      ['error', 'format-tidak-didukung', 'data.CSV'],
      ['error', 'format-tidak-didukung', 'divisi-lama.xls'],
      ['error', 'berkas-rusak', 'rusak.xlsx'],
    ]);
    expect(loaded.diagnostics[1]?.message).toBe(
      'Berkas divisi-lama.xls berformat .xls yang tidak dapat dibaca. Buka di Excel atau LibreOffice, pilih "Simpan Sebagai" → "Excel Workbook (.xlsx)", lalu hapus berkas lamanya.',
    );
  });

  it('reports a missing reference file and YAML syntax errors with their line', async () => {
    const dir = await inputsFolder();
    await writeFile(path.join(dir, 'renstra.yaml'), '');
    await writeFile(path.join(dir, 'iku.yaml'), 'tahun: 2024\nindikator:\n  - kode: IKU-01\n\tnama: salah\n');
    await rm(path.join(dir, 'laporan.yaml'));
    const loaded = await loadInputs(dir);
    expect(loaded.config).toBeNull();
    expect(loaded.iku).toBeNull();
    expect(loaded.renstra).toMatchObject({ file: 'renstra.yaml', data: null });
    const [missing, yamlError] = loaded.diagnostics;
    expect(missing).toMatchObject({ severity: 'error', rule: 'berkas-referensi-hilang', file: 'laporan.yaml' });
    expect(yamlError).toMatchObject({ severity: 'error', rule: 'yaml-tidak-valid', file: 'iku.yaml', line: 4 });
    expect(yamlError?.message).toMatch(
      /^iku\.yaml baris 4, kolom 1: penulisan YAML tidak valid\. Gunakan spasi untuk indentasi, bukan tab\./,
    );
  });

  it('works without a narasi folder', async () => {
    const dir = await tempDir();
    const loaded = await loadInputs(dir);
    expect(loaded.narrative).toEqual({});
    expect(loaded.workbooks).toEqual([]);
    expect(loaded.diagnostics.map((d) => d.rule)).toEqual([
      'berkas-referensi-hilang',
      'berkas-referensi-hilang',
      'berkas-referensi-hilang',
    ]);
  });

  it('reports a missing inputs folder once', async () => {
    const loaded = await loadInputs(path.join(await tempDir(), 'tidak-ada'));
    expect(loaded.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['error', 'folder-masukan-tidak-ada']]);
  });
});
