/**
 * The final report, as the Pelaksana meets it with the real CLI on the sample: refused with a list while the sample's
 * placeholders and gaps remain; once they are replaced, written under its own name next to the draft (which stays
 * byte-identical), without watermark, carrying the input fingerprint on its last page and in its metadata.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/read-pdf.ts';
import { runCli, type SharedSample } from '../helpers/run-cli.ts';
import { copySharedSample } from '../helpers/shared-sample.ts';
import { watermarkedPages } from '../render/watermark-pages.ts';
import { makeFinalReady, setStatus } from './final-helpers.ts';

const STEM = 'LKj-Sekretariat-KPU-Provinsi-Banten-2024';
let work: SharedSample;
const build = (...extra: string[]) => runCli(['--inputs', work.inputs, '--output', work.output, ...extra]);

beforeAll(async () => {
  // The run's shared sample build (the draft), copied: this file turns it final.
  work = await copySharedSample();
  expect(work.run.code, work.run.stderr).toBe(0);
});

afterAll(async () => {
  await rm(work.dir, { recursive: true, force: true });
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
  it('writes …-final.pdf beside the untouched draft, unwatermarked, with the fingerprint on its last page and in its metadata', async () => {
    const draftBefore = await readFile(join(work.output, `${STEM}-draf-ke-1.pdf`));
    await makeFinalReady(work.inputs);
    const run = await build();
    expect(run.code, run.stderr).toBe(0);
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
  }, 180_000);
});
