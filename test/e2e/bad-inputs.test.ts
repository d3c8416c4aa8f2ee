/**
 * End to end with bad inputs, as a user meets them: the real CLI, the sample workbooks, real Chromium.
 * A failing build keeps the previous report and writes the problem reports and a correction copy; no Chromium outlives
 * a failed or interrupted build. (Markup typed into a workbook: long-words.test.ts.)
 */
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SharedSample } from '../helpers/run-cli.ts';
import { copySharedSample, sharedSample } from '../helpers/shared-sample.ts';
import { newTag, pressCtrlC, setFirstCellUnder, startCli, watchChromium } from './bad-inputs-helpers.ts';

const REPORT = [
  'LKj-Sekretariat-KPU-Provinsi-Banten-2024-draf-ke-1.pdf',
  'LKj-Sekretariat-KPU-Provinsi-Banten-2024-draf-ke-1.html',
  'LKj-Sekretariat-KPU-Provinsi-Banten-2024-draf-ke-1.json',
];
const NO_STACK = /\n\s+at /;
const canSeeProcesses = existsSync('/proc/self/environ');

let work: SharedSample;
let victim: string;

beforeAll(async () => {
  // The run's shared sample build, copied: its report is "the previous report" a failing build must keep.
  work = await copySharedSample();
  expect(work.run.code, work.run.stderr).toBe(0);
  victim = (await readdir(work.inputs)).filter((f) => f.endsWith('.xlsx')).sort()[0] ?? 'none.xlsx';
});

afterAll(async () => {
  await rm(work.dir, { recursive: true, force: true });
});

const reportBytes = () => Promise.all(REPORT.map((f) => readFile(join(work.output, f))));

describe('a workbook with an error', () => {
  it('stops with exit 1, leaves no Chromium behind, keeps the previous report byte-identical, and writes the problem reports', async () => {
    const before = await reportBytes();
    const cell = await setFirstCellUnder(join(work.inputs, victim), 'Capaian', /^Realisasi$/, 'abc');
    const tag = newTag();
    const watch = watchChromium(tag);
    const run = await startCli(['--inputs', work.inputs, '--output', work.output], tag).done;
    watch.stop();

    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(run.stderr).toContain(victim);
    expect(run.stderr).toContain(`Capaian!${cell}`);
    expect(run.stderr).toContain('"abc"');
    expect(run.stderr).toContain('Laporan pemeriksaan: ');
    expect(run.stderr).toContain(join('pemeriksaan', 'laporan-pemeriksaan.html'));
    // Chromium is started early (while the workbooks load), so it may have run; it must be gone now.
    if (canSeeProcesses) expect(watch.left()).toEqual([]);
    const after = await reportBytes();
    after.forEach((bytes, i) => expect(Buffer.compare(bytes, before[i] as Buffer), REPORT[i]).toBe(0));

    const json = JSON.parse(await readFile(join(work.output, 'pemeriksaan', 'laporan-pemeriksaan.json'), 'utf8'));
    expect(json.exitCode).toBe(1);
    expect(json.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'bukan-angka', file: victim, sheet: 'Capaian', cell, actual: 'abc' }),
    );
    expect(json.files.find((f: { file: string }) => f.file === victim)).toMatchObject({
      counts: { error: 1 },
      correctionCopy: `koreksi/${victim}`,
    });
    const html = await readFile(join(work.output, 'pemeriksaan', 'laporan-pemeriksaan.html'), 'utf8');
    expect(html).toContain(`Capaian!${cell}`);
    expect(html).toContain('Realisasi &quot;abc&quot; bukan angka');
  });

  it('writes a correction copy of that workbook: the problem cell red with the message as its note, a Koreksi sheet first', async () => {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(join(work.output, 'pemeriksaan', 'koreksi', victim));
    expect(copy.worksheets[0]?.name).toBe('Koreksi');
    const json = JSON.parse(await readFile(join(work.output, 'pemeriksaan', 'laporan-pemeriksaan.json'), 'utf8'));
    const problem = json.diagnostics.find(
      (d: { rule: string; file: string }) => d.rule === 'bukan-angka' && d.file === victim,
    );
    const cell = copy.getWorksheet('Capaian')?.getCell(problem.cell);
    expect(cell?.value).toBe('abc');
    expect(String(cell?.note)).toContain(`GALAT: ${problem.message}`);
    expect(cell?.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
  });
});

// Markup typed into an Analisis cell (printed literally, runs and fetches nothing): long-words.test.ts, whose build
// carries it with a long link.

describe.skipIf(!canSeeProcesses)('no Chromium outlives a build', () => {
  it('that fails after printing (the report cannot be written): exit 2, what to do, browser gone, old report intact', async () => {
    const output = join(work.dir, 'output-blocked');
    // The shared build's inputs and draft history: the same draft again, its page numbers known, so Chromium prints
    // once. The previous report's PDF and JSON, marked so that the new ones differ from them, and a folder where the
    // HTML should go: the new PDF is renamed into place first, then the HTML's rename fails, and the old PDF must be
    // put back.
    await copyFile(join((await sharedSample()).inputs, victim), join(work.inputs, victim));
    await cp(join(work.output, 'riwayat'), join(output, 'riwayat'), { recursive: true });
    const [pdf, html, json] = REPORT as [string, string, string];
    const old = [
      Buffer.concat([await readFile(join(work.output, pdf)), Buffer.from('%laporan lama\n')]),
      Buffer.from('{"laporan":"lama"}\n'),
    ];
    await writeFile(join(output, pdf), old[0]!);
    await writeFile(join(output, json), old[1]!);
    await mkdir(join(output, html));
    const tag = newTag();
    const watch = watchChromium(tag);
    const run = await startCli(['--inputs', work.inputs, '--output', output], tag).done;
    watch.stop();
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(run.stderr).not.toContain('Kegagalan internal');
    expect(run.stderr).toContain(
      `Tidak dapat menyimpan ${join(output, html)}: ada folder bernama "${html}" di tempat berkas itu. ` +
        'Pindahkan, hapus atau ganti nama folder itu, lalu jalankan perintahnya lagi. ' +
        'Laporan sebelumnya tetap utuh: tidak ada berkasnya yang diubah.',
    );
    expect(watch.seen.size).toBeGreaterThan(0);
    expect(watch.left()).toEqual([]);
    expect(Buffer.compare(await readFile(join(output, pdf)), old[0]!), pdf).toBe(0);
    expect(Buffer.compare(await readFile(join(output, json)), old[1]!), json).toBe(0);
    // No temporary or backup file left, and no report file that was not there before (the Lembar Reviu).
    expect((await readdir(output)).sort()).toEqual([html, json, pdf, 'pemeriksaan', 'riwayat'].sort());
  });

  it('interrupted with Ctrl-C while printing: exit 130, browser and its temporary profile gone, report untouched', async () => {
    const before = await reportBytes();
    const tag = newTag();
    const watch = watchChromium(tag);
    const { child, done } = startCli(['--inputs', work.inputs, '--output', work.output], tag);
    await watch.appeared();
    pressCtrlC(child);
    const run = await done;
    watch.stop();
    expect(run.code).toBe(130);
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(run.stderr).toContain('Penyusunan dihentikan (Ctrl-C).');
    expect(watch.left()).toEqual([]);
    expect(watch.profiles.size).toBeGreaterThan(0);
    for (const p of watch.profiles) expect(existsSync(p), p).toBe(false);
    const after = await reportBytes();
    after.forEach((bytes, i) => expect(Buffer.compare(bytes, before[i] as Buffer), REPORT[i]).toBe(0));
  });
});
