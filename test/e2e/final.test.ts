/**
 * SOP steps 7–9 with the real commands on a copy of the run's shared sample build (the draft; its page numbers let
 * every build here print once): `npm run package` refuses a draft; `npm run build-report` refuses a final while the
 * sample's placeholders and gaps remain; once they are replaced, `npm run package` builds the final (written under its
 * own name next to the draft, which stays byte-identical, without watermark, carrying the input fingerprint on its
 * last page and in its metadata) and writes the zip for KPU RI (final PDF, tables workbook, dataset, workbooks as
 * received, MANIFEST.txt) and a read-only archive copy with a PDF/A-2b; `npm run cek-paket` passes the zip and catches
 * a changed file; a second package of the unchanged final sends that very final (same PDF bytes, no Chromium started)
 * and gets a new archive folder with the PDF/A-2b the first one made of it (no Ghostscript); a realisasi changed after
 * the final makes the package build again.
 *
 * One final build serves both the final report's checks and the package's: `npm run package` builds the final with
 * the same `buildReport` as `npm run build-report` (pipeline/cli.ts has nothing of its own for a final; the refusal
 * below runs through it), so a separate `npm run build-report` final would print the same report a second time.
 * Chromium is seen by a tag in its environment (bad-inputs-helpers.ts, as killed-build.test.ts sees it).
 */
import { existsSync } from 'node:fs';
import { chmod, cp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/deliver/package/manifest.ts';
import { readPdf } from '../helpers/read-pdf.ts';
import {
  runCli,
  runPackageCli,
  SAMPLE_EPOCH,
  SHIPPED_PACKAGE,
  type CliRun,
  type SharedSample,
} from '../helpers/run-cli.ts';
import { copySharedSample } from '../helpers/shared-sample.ts';
import { watermarkedPages } from '../render/watermark-pages.ts';
import {
  newTag,
  setFirstCellUnder,
  startCli,
  TAG_VARIABLE,
  taggedProcesses,
  watchChromium,
} from './bad-inputs-helpers.ts';
import { makeFinalReady, setStatus } from './final-helpers.ts';

const STEM = 'LKj-Sekretariat-KPU-Provinsi-Banten-2024';
const ENV = { SOURCE_DATE_EPOCH: SAMPLE_EPOCH }; // 2025-01-15T03:00:00Z
let work: SharedSample;
const build = (...extra: string[]) => runCli(['--inputs', work.inputs, '--output', work.output, ...extra]);
const pack = (...extra: string[]) => runPackageCli(['--inputs', work.inputs, '--output', work.output, ...extra], ENV);
const cek = (zip: string) => runPackageCli(['--cek', zip]);
const canSeeProcesses = existsSync('/proc/self/environ');

/** `npm run package` on `dir`'s folders, and how many Chromium processes it started. */
async function packWatched(dir: { inputs: string; output: string }) {
  const tag = newTag();
  const watch = watchChromium(tag);
  try {
    const run = await runPackageCli(['--inputs', dir.inputs, '--output', dir.output], { ...ENV, [TAG_VARIABLE]: tag });
    return { run, chromium: watch.seen.size };
  } finally {
    watch.stop();
  }
}

beforeAll(async () => {
  // The run's shared sample build (the draft), copied: this file turns it final and packages it.
  work = await copySharedSample();
  expect(work.run.code, work.run.stderr).toBe(0);
});

afterAll(async () => {
  // The archive is read-only; make it writable again so the temporary folder can go.
  const arsip = join(work.output, 'arsip', '2024');
  for (const d of await readdir(arsip).catch(() => [])) await chmod(join(arsip, d), 0o755);
  await rm(work.dir, { recursive: true, force: true });
});

describe('npm run package on the sample as shipped', () => {
  it('refuses a draft (exit 2) and says how to go on', async () => {
    const run = await pack();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'Paket TIDAK dibuat. Paket hanya dibuat dari laporan final, sedangkan inputs/laporan.yaml masih berisi "status: draf".',
    );
    expect(await readdir(join(work.output, 'paket')).catch(() => [])).toEqual([]);
  });
});

describe('status: final on the sample as shipped', () => {
  it('is refused (exit 2) with one line per placeholder and gap, and writes no final', async () => {
    await setStatus(work.inputs, 'final');
    const run = await build();
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    for (const path of ['telepon', 'kontak', 'penandatangan.sekretaris.nama', 'penandatangan.sekretaris.nip']) {
      expect(run.stderr).toContain(`${path} di laporan.yaml masih berisi nilai contoh (rekaan)`);
    }
    expect(run.stderr).toContain('Logo sampul (templates/assets/logo.svg) masih logo contoh');
    expect(run.stderr).toContain(
      'Indikator IKU-03 (Jumlah kegiatan sosialisasi dan pendidikan pemilih yang dilaksanakan) di iku.yaml belum punya definisi',
    );
    expect(run.stderr).toContain('Laporan TIDAK dibuat');
    expect((await readdir(work.output)).filter((f) => f.includes('final'))).toEqual([]);
  }, 120_000);
});

describe('status: final once the placeholders are replaced', () => {
  let draftBefore: Buffer;
  let packaged: CliRun;
  let chromiumAtFirst = 0;
  beforeAll(async () => {
    draftBefore = await readFile(join(work.output, `${STEM}-draf-ke-1.pdf`));
    await makeFinalReady(work.inputs);
    ({ run: packaged, chromium: chromiumAtFirst } = await packWatched(work));
  }, 240_000);

  it('builds the final when there is none yet, saying so, with Chromium', () => {
    expect(packaged.stderr).toContain('Menyusun laporan final… (belum ada laporan final yang utuh di folder keluaran)');
    expect(packaged.stderr).not.toContain('Memakai laporan final');
    if (canSeeProcesses) expect(chromiumAtFirst, 'the build launched Chromium').toBeGreaterThan(0);
  });

  it('writes …-final.pdf beside the untouched draft, unwatermarked, with the fingerprint on its last page and in its metadata', async () => {
    expect(packaged.code, packaged.stderr).toBe(0);
    const names = (await readdir(work.output)).filter((f) => f.startsWith(STEM)).sort();
    expect(names).toEqual(
      [
        ...['html', 'json', 'pdf'].map((e) => `${STEM}-draf-ke-1.${e}`),
        ...['html', 'json', 'pdf'].map((e) => `${STEM}-final.${e}`),
        `${STEM}-lembar-reviu.html`,
      ].sort(),
    );
    expect(Buffer.compare(await readFile(join(work.output, `${STEM}-draf-ke-1.pdf`)), draftBefore)).toBe(0);
    const json = JSON.parse(await readFile(join(work.output, `${STEM}-final.json`), 'utf8'));
    expect(json.build).toMatchObject({ status: 'final', nomorDraf: null });
    const fingerprint: string = json.build.fingerprint;
    const bytes = await readFile(join(work.output, `${STEM}-final.pdf`));
    const pdf = await readPdf(bytes);
    const text = pdf.pages.join('\n');
    expect(text).not.toContain('DRAF');
    expect(text).not.toMatch(/kode berkas [0-9a-f]/);
    expect(await watermarkedPages(bytes)).toEqual(pdf.pages.map(() => false));
    // Otherwise the same report as the draft: the same bookmarks.
    const draft = await readPdf(draftBefore);
    expect(pdf.outline.map((o) => o.title)).toEqual(draft.outline.map((o) => o.title));
    expect(pdf.info).toMatchObject({
      Author: 'Sekretariat KPU Provinsi Banten',
      Subject: 'Laporan Kinerja (LKj) Tahun 2024',
      Creator: 'lkj',
    });
    expect(pdf.pages.at(-1)).toContain(`Kode berkas masukan laporan ini: ${fingerprint}`);
    expect((pdf.info['Custom'] as Record<string, string>)['SidikMasukan']).toBe(fingerprint);
    expect(pdf.info['Title']).toBe('Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024');
    expect(text).toContain('Penandatangan Uji, S.H.');
    // The last Lampiran: the reviewer's statement, with the reviewer from laporan.yaml
    const last = pdf.pages.at(-1)!;
    expect(last).toContain('PERNYATAAN TELAH DIREVIU');
    expect(last).toContain('Peninjau Uji, S.E.');
    expect(pdf.outline.map((o) => o.title)).toContain('LAMPIRAN 9 PERNYATAAN TELAH DIREVIU');
    // The Lembar Reviu of the final: machine answers with evidence, a tick box per line, the reviewer's name
    const lembar = await readFile(join(work.output, `${STEM}-lembar-reviu.html`), 'utf8');
    expect(lembar).toContain('LEMBAR REVIU LAPORAN KINERJA');
    expect(lembar).toContain('Final · disusun');
    expect(lembar).toMatch(
      /<td>Setiap indikator kinerja utama dilaporkan realisasinya<\/td><td class="jawab ya">Ya<\/td><td>T1\/T3: ada untuk semua \d+ indikator.<\/td>/,
    );
    expect(lembar).toMatch(
      /<td>Realisasi didukung data dan dokumen sumber yang sah \(bukti dukung\)<\/td><td class="jawab ">—<\/td>/,
    );
    expect(lembar).toContain('<p><b>Peninjau Uji, S.E.</b></p>');
  });

  let zipPath = '';
  it('packages a clean final: zip named satker-year-fingerprint, every file in MANIFEST.txt with its SHA-256', async () => {
    expect(packaged.code, packaged.stderr).toBe(0);
    const final = JSON.parse(await readFile(join(work.output, `${STEM}-final.json`), 'utf8'));
    const fp: string = final.build.fingerprint;
    zipPath = join(work.output, 'paket', `${STEM}-${fp}.zip`);
    expect(packaged.stderr).toContain(`Paket untuk KPU RI: ${zipPath}`);
    const zip = await JSZip.loadAsync(await readFile(zipPath));
    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir)
      .sort();
    const workbooks = (await readdir(work.inputs)).filter((f) => f.endsWith('.xlsx')).map((f) => `buku-kerja/${f}`);
    expect(names).toEqual(
      [
        'MANIFEST.txt',
        `${STEM}-data.json`,
        `${STEM}-final.pdf`,
        `${STEM}-lembar-reviu.html`,
        `${STEM}-tabel-T1-T9.xlsx`,
        ...workbooks,
      ].sort(),
    );
    const manifest = await zip.file('MANIFEST.txt')!.async('string');
    expect(manifest).toContain(`# Sidik masukan: ${fp}`);
    expect(manifest).toMatch(/# Alat: lkj \d+\.\d+\.\d+/);
    expect(manifest).toContain('# Disusun: 2025-01-15T03:00:00.000Z');
    for (const n of names.filter((x) => x !== 'MANIFEST.txt')) {
      expect(manifest).toContain(`${sha256(await zip.file(n)!.async('uint8array'))}  ${n}`);
    }
    expect(sha256(await zip.file(`${STEM}-final.pdf`)!.async('uint8array'))).toBe(
      sha256(await readFile(join(work.output, `${STEM}-final.pdf`))),
    );
    const first = workbooks[0]!;
    expect(sha256(await zip.file(first)!.async('uint8array'))).toBe(
      sha256(await readFile(join(work.inputs, first.slice('buku-kerja/'.length)))),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await zip.file(`${STEM}-tabel-T1-T9.xlsx`)!.async('uint8array')) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9']);
    const t8 = wb.getWorksheet('T8')!;
    const pagu = t8.getRow(4).getCell(3);
    expect(pagu.value).toBe(final.dataset.anggaran.program[0].pagu);
    expect(pagu.numFmt).toBe('"Rp "#,##0.00');
  });

  it('keeps a read-only archive copy with a PDF/A-2b that passes the checks, the package and the inputs', async () => {
    const year = join(work.output, 'arsip', '2024');
    const [folder] = await readdir(year);
    expect(folder).toMatch(/^2025-01-15-[0-9a-f]{12}$/);
    const files = (await readdir(join(year, folder!))).sort();
    expect(files).toEqual(
      [`${STEM}-${folder!.slice(11)}.zip`, `${STEM}-final-PDFA-2b.pdf`, 'masukan.zip', 'pemeriksaan-pdfa.txt'].sort(),
    );
    const checks = await readFile(join(year, folder!, 'pemeriksaan-pdfa.txt'), 'utf8');
    expect(checks).not.toContain('GAGAL');
    // Made from the final in output/, with Ghostscript
    const finalHash = sha256(await readFile(join(work.output, `${STEM}-final.pdf`)));
    expect(checks.split('\n')[0]).toBe(`SUMBER ${STEM}-final.pdf SHA-256 ${finalHash}`);
    expect(packaged.stderr).toContain('Membuat salinan arsip PDF/A-2b (Ghostscript)…');
    expect(checks).toContain('LULUS  XMP: pdfaid:part = 2 dan pdfaid:conformance = B');
    const pdfa = (await readFile(join(year, folder!, `${STEM}-final-PDFA-2b.pdf`))).toString('latin1');
    expect(pdfa).toContain('/GTS_PDFA1');
    // Read-only for everyone (root may still write, so the mode bits are what is checked).
    for (const f of files) expect((await stat(join(year, folder!, f))).mode & 0o222, f).toBe(0);
    expect((await stat(join(year, folder!))).mode & 0o222).toBe(0);
  });

  it('checks a package against its manifest: intact passes, a changed file is named', async () => {
    const ok = await cek(zipPath);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/Paket utuh: \d+ berkas cocok dengan MANIFEST.txt./);
    const zip = await JSZip.loadAsync(await readFile(zipPath));
    zip.file(`${STEM}-data.json`, '{}');
    const tampered = join(work.dir, 'diubah.zip');
    await writeFile(tampered, await zip.generateAsync({ type: 'uint8array' }));
    const bad = await cek(tampered);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${STEM}-data.json berubah: SHA-256-nya ${sha256('{}')}`);
  });

  it('a second package of the unchanged final sends that very final (no Chromium) and gets a new archive folder; the first is untouched', async () => {
    const year = join(work.output, 'arsip', '2024');
    const [folder] = await readdir(year);
    const before = await readFile(join(year, folder!, 'masukan.zip'));
    const finalPdf = await readFile(join(work.output, `${STEM}-final.pdf`));
    const fp: string = JSON.parse(await readFile(join(work.output, `${STEM}-final.json`), 'utf8')).build.fingerprint;
    const { run, chromium } = await packWatched(work);
    expect(run.code, run.stderr).toBe(0);
    expect((await readdir(year)).sort()).toEqual([folder, `${folder}-2`]);
    expect(Buffer.compare(await readFile(join(year, folder!, 'masukan.zip')), before)).toBe(0);
    // Reused, not built: said on the terminal, no Chromium, and the packaged PDF is the final's bytes
    expect(run.stderr).toContain(
      `Memakai laporan final yang sudah ada (sidik ${fp}, disusun 15 Januari 2025 10.00 WIB): masukan, templat dan versi alat tidak berubah sejak disusun.`,
    );
    expect(run.stderr).not.toContain('Menyusun laporan final');
    if (canSeeProcesses) expect(chromium, 'Chromium processes of the reusing run').toBe(0);
    expect(Buffer.compare(await readFile(join(work.output, `${STEM}-final.pdf`)), finalPdf)).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(join(year, `${folder}-2`, `${STEM}-${fp}.zip`)));
    const packagedPdf = await zip.file(`${STEM}-final.pdf`)!.async('uint8array');
    expect(Buffer.compare(Buffer.from(packagedPdf), finalPdf)).toBe(0);
    // The same final, so the PDF/A-2b the first archive made of it is copied, not made again by Ghostscript
    expect(run.stderr).toContain(
      `Salinan arsip PDF/A-2b: memakai salinan dari laporan final yang sama (arsip/2024/${folder}); Ghostscript tidak dijalankan lagi.`,
    );
    expect(run.stderr).not.toContain('Membuat salinan arsip PDF/A-2b (Ghostscript)');
    const pdfa = `${STEM}-final-PDFA-2b.pdf`;
    expect(
      Buffer.compare(await readFile(join(year, `${folder}-2`, pdfa)), await readFile(join(year, folder!, pdfa))),
    ).toBe(0);
    expect(await readFile(join(year, `${folder}-2`, 'pemeriksaan-pdfa.txt'), 'utf8')).toBe(
      await readFile(join(year, folder!, 'pemeriksaan-pdfa.txt'), 'utf8'),
    );
  }, 240_000);

  it.skipIf(!canSeeProcesses)(
    'stopped (SIGTERM) while Ghostscript makes the PDF/A-2b: exit 143, said in Indonesian, Ghostscript ended, nothing written or left',
    async () => {
      // On a copy without the archive, so that Ghostscript runs (the final is reused: no Chromium)
      const copy = { inputs: join(work.dir, 'henti', 'inputs'), output: join(work.dir, 'henti', 'output') };
      await cp(work.inputs, copy.inputs, { recursive: true });
      await cp(work.output, copy.output, { recursive: true, filter: (f) => !f.includes(join('output', 'arsip')) });
      const paket = await readdir(join(copy.output, 'paket'));
      const temp = new Set(await readdir(tmpdir()));
      const tag = newTag();
      const { child, done } = startCli(['--inputs', copy.inputs, '--output', copy.output], tag, {
        script: SHIPPED_PACKAGE,
        env: ENV,
      });
      let ended = false;
      void done.then(() => (ended = true));
      const start = Date.now();
      while (!ended && !taggedProcesses(tag, 'gs').length && Date.now() - start < 60_000) await sleep(20);
      expect(ended, 'the package ended before Ghostscript was seen').toBe(false);
      // SIGTERM to Node only (as `kill` sends it): Ghostscript gets no signal but ours
      child.kill('SIGTERM');
      const run = await done;
      expect(run.code, run.stderr).toBe(143);
      expect(run.stderr).toContain('Membuat salinan arsip PDF/A-2b (Ghostscript)…');
      expect(run.stderr).toContain(
        'Pembuatan paket dihentikan (diminta berhenti oleh sistem). Paket dan salinan arsip tidak dibuat; ' +
          'folder paket/ dan arsip/ tidak diubah.',
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(taggedProcesses(tag, 'gs')).toEqual([]);
      expect(await readdir(join(copy.output, 'paket'))).toEqual(paket);
      expect(existsSync(join(copy.output, 'arsip'))).toBe(false);
      // Neither our temporary folder nor Ghostscript's own temporary files stay behind
      expect((await readdir(tmpdir())).filter((f) => !temp.has(f) && /^(lkj-pdfa-|gs_)/.test(f))).toEqual([]);
    },
    240_000,
  );

  it('a realisasi changed after the final makes the package build again instead of sending the old final', async () => {
    // On a copy, so the folders above stay as they are: Realisasi 3 where the quarters average 94,6 is an error on a final
    const copy = { inputs: join(work.dir, 'ubah', 'inputs'), output: join(work.dir, 'ubah', 'output') };
    await cp(work.inputs, copy.inputs, { recursive: true });
    await cp(work.output, copy.output, { recursive: true, filter: (f) => !f.includes(join('output', 'arsip')) });
    const victim = (await readdir(copy.inputs)).filter((f) => f.endsWith('.xlsx')).sort()[0]!;
    const cell = await setFirstCellUnder(join(copy.inputs, victim), 'Capaian', /^Realisasi$/, 3);
    const finalPdf = await readFile(join(copy.output, `${STEM}-final.pdf`));
    const { run, chromium } = await packWatched(copy);
    expect(run.stderr).toContain('Menyusun laporan final… (masukan berubah sejak laporan final yang ada disusun)');
    expect(run.stderr).not.toContain('Memakai laporan final');
    if (canSeeProcesses) expect(chromium, 'the build launched Chromium').toBeGreaterThan(0);
    expect(run.stderr).toMatch(new RegExp(`Capaian!${cell} .*Realisasi tertulis 3`));
    expect(run.stderr).toContain('Paket TIDAK dibuat. Laporan final tidak dapat disusun');
    expect(run.code).toBe(1);
    // Nothing new in the package folder, and the old final left as it was
    expect(await readdir(join(copy.output, 'paket'))).toEqual(await readdir(join(work.output, 'paket')));
    expect(Buffer.compare(await readFile(join(copy.output, `${STEM}-final.pdf`)), finalPdf)).toBe(0);
  }, 240_000);
});
