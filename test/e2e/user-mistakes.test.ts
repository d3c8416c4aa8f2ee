/**
 * Each kind of mistake an office makes, through the real CLI: an Indonesian message naming the file, exit 1 or 2,
 * never 3 and never a stack trace; a FIFO or a 50 MB file answered at once; and one real build (PDF) that goes on
 * past a whole-sheet dropdown, a 250-character workbook name, a veryHidden twin sheet, a 20 MB narrative and a
 * symlink loop, each with its warning.
 */
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALIAS_BOMB, notAFile } from '../failures/input-mistakes.ts';
import { withRange } from '../failures/range-files.ts';
import { copySample, runCli, type CliRun } from '../helpers/run-cli.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function sample() {
  const work = await copySample();
  dirs.push(work.dir);
  return work;
}

/** A user mistake: the given exit code, the message on stderr, no stack trace, no "Kegagalan internal". */
function expectMistake(run: CliRun, code: 1 | 2, message: string | RegExp): void {
  expect(run.code, run.stderr).toBe(code);
  if (typeof message === 'string') expect(run.stderr).toContain(message);
  else expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at |Kegagalan internal/);
}

const HUKUM = 'divisi-hukum-dan-pengawasan.xlsx';

describe('reference files that are not files, or far too big, or broken (exit 2)', () => {
  for (const kind of ['folder', 'fifo', 'device'] as const) {
    it(`iku.yaml as a ${kind}`, async () => {
      const work = await sample();
      await notAFile(work.inputs, 'iku.yaml', kind);
      const started = Date.now();
      expectMistake(
        await runCli(['--check', '--inputs', work.inputs, '--output', work.output]),
        2,
        /iku\.yaml adalah sebuah .*, bukan berkas/,
      );
      expect(Date.now() - started).toBeLessThan(30_000);
    });
  }

  it('a 50 MB iku.yaml, an alias bomb in renstra.yaml, laporan.yaml not in UTF-8', async () => {
    const work = await sample();
    await writeFile(join(work.inputs, 'iku.yaml'), Buffer.alloc(50 * 1024 * 1024, 0x23));
    await writeFile(join(work.inputs, 'renstra.yaml'), ALIAS_BOMB);
    await writeFile(
      join(work.inputs, 'laporan.yaml'),
      Buffer.concat([await readFile(join(work.inputs, 'laporan.yaml')), Buffer.from('# catatan \xe9\n', 'latin1')]),
    );
    const run = await runCli(['--check', '--inputs', work.inputs, '--output', work.output]);
    expectMistake(run, 2, 'Berkas iku.yaml berukuran 50 MB, melebihi batas 1 MB.');
    expect(run.stderr).toContain('renstra.yaml memakai alias YAML');
    expect(run.stderr).toMatch(/baris \d+  Kolom 11 pada baris ini berisi karakter yang bukan UTF-8/);
  });
});

describe('folders on the command line (exit 2)', () => {
  it('--output a file, --output inside --inputs, --inputs /', async () => {
    const work = await sample();
    const file = join(work.dir, 'berkas.pdf');
    await writeFile(file, '');
    expectMistake(
      await runCli(['--check', '--inputs', work.inputs, '--output', file]),
      2,
      `--output ${file} menunjuk ke sebuah berkas, bukan folder.`,
    );
    expectMistake(
      await runCli(['--check', '--inputs', work.inputs, '--output', join(work.inputs, 'keluaran')]),
      2,
      'berada di dalam folder masukan',
    );
    expectMistake(
      await runCli(['--check', '--inputs', '/', '--output', work.output]),
      2,
      'Folder masukan / adalah folder akar sistem',
    );
  });
});

describe('workbooks (exit 1)', () => {
  it('1e308 in a cell is refused by --check as by the build; a control character in a name is shown escaped', async () => {
    const work = await sample();
    const bytes = await readFile(join(work.inputs, HUKUM));
    // The realisasi of the first indicator, typed as 1e308 (Capaian!I5 of the sample).
    await writeFile(
      join(work.inputs, HUKUM),
      await edit(bytes, (wb) => (wb.getWorksheet('Capaian')!.getCell('I5').value = 1e308)),
    );
    await writeFile(join(work.inputs, 'divisi-\u001b[2Jbaru.xlsx'), 'bukan buku kerja');
    const check = await runCli(['--check', '--inputs', work.inputs, '--output', work.output]);
    expectMistake(check, 1, 'Realisasi bernilai 1e+308, di luar jangkauan angka yang wajar');
    expect(check.stderr).toContain('divisi-\\x1B[2Jbaru.xlsx');
    expect(check.stderr).not.toContain('\u001b');
    expectMistake(await runCli(['--inputs', work.inputs, '--output', work.output]), 1, 'Realisasi bernilai 1e+308');
  }, 120_000);
});

describe('a build that goes on, with warnings (exit 0)', () => {
  it('whole-sheet dropdown in a workbook named with 250 characters, veryHidden twin, 20 MB narrative, symlink loop', async () => {
    const work = await sample();
    const long = `${'divisi-hukum-'.padEnd(245, 'x')}.xlsx`;
    await writeFile(
      join(work.inputs, long),
      withRange(await readFile(join(work.inputs, HUKUM)), 'validation', 'A1:XFD1048576'),
    );
    await rm(join(work.inputs, HUKUM));
    const DATIN = join(work.inputs, 'divisi-data-dan-informasi.xlsx');
    await writeFile(
      DATIN,
      await edit(await readFile(DATIN), (wb) => {
        const twin = wb.addWorksheet(' Capaian ', { state: 'veryHidden' });
        twin.getCell('A1').value = 'salinan lama';
      }),
    );
    await writeFile(join(work.inputs, 'narasi', 'kesimpulan.md'), 'Kalimat panjang. '.repeat(1_200_000));
    await symlink('..', join(work.inputs, 'balik'));
    await mkdir(join(work.inputs, 'sub'));
    await symlink('..', join(work.inputs, 'sub', 'lingkar'));
    const run = await runCli(['--json', '--inputs', work.inputs, '--output', work.output]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    const rules = result.diagnostics.map((d: { rule: string; file: string }) => `${d.rule} ${d.file}`);
    expect(rules).toContain(`rentang-dipangkas ${long}`);
    expect(rules).toContain('berkas-terlalu-besar narasi/kesimpulan.md');
    expect(rules).toContain('sheet-tersembunyi-kembar divisi-data-dan-informasi.xlsx');
    // Had the links been followed, each workbook would be read again (balik/…, sub/lingkar/…) and collide with itself.
    expect(result.diagnostics.filter((d: { file: string }) => /balik|lingkar/.test(d.file))).toEqual([]);
    expect(await readdir(join(work.output, 'pemeriksaan', 'koreksi'))).toContain(long);
    expect(result.files.some((f: string) => f.endsWith('.pdf'))).toBe(true);
  }, 180_000);
});

/** `bytes` changed by `change`, through exceljs as any program would write it. */
async function edit(bytes: Buffer, change: (wb: import('exceljs').Workbook) => void): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
