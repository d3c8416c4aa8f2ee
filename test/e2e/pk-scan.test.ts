/**
 * The signed PK scan in Lampiran 1, with the real CLI and Chromium: a PDF at inputs/lampiran/perjanjian-kinerja.pdf
 * replaces the re-typed PK, each scanned page drawn on its own report page (page numbers and header kept); a file
 * that is not a PDF stops the build with a message naming it.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/read-pdf.ts';
import { copySample, runCli } from '../helpers/run-cli.ts';

let work: Awaited<ReturnType<typeof copySample>>;
const scanPath = () => join(work.inputs, 'lampiran', 'perjanjian-kinerja.pdf');

/** A stand-in for a scanned PK (test data): two pages, each saying which it is. */
async function fakeScan(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2])
    doc.addPage([595, 842]).drawText(`PINDAIAN PK HALAMAN ${n}`, { x: 60, y: 760, size: 20, font });
  return doc.save();
}

beforeAll(async () => {
  work = await copySample();
  await mkdir(join(work.inputs, 'lampiran'), { recursive: true });
});

afterAll(async () => {
  await rm(work.dir, { recursive: true, force: true });
});

describe('inputs/lampiran/perjanjian-kinerja.pdf', () => {
  it('replaces the re-typed PK in Lampiran 1: one report page per scanned page, right after the heading page', async () => {
    await writeFile(scanPath(), await fakeScan());
    const run = await runCli(['--inputs', work.inputs, '--output', work.output]);
    expect(run.code, run.stderr).toBe(0);
    const name = (await readdir(work.output)).find((f) => f.endsWith('.pdf'))!;
    const pdf = await readPdf(await readFile(join(work.output, name)));
    const heading = pdf.outline.find((o) => o.title.startsWith('LAMPIRAN 1'))!;
    const page = (k: number) => (pdf.pages[heading.pageIndex + k] ?? '').replace(/\s+/g, ' ');
    expect(page(0)).toContain('dilampirkan sebagai pindaian pada 2 halaman berikut');
    expect(page(1)).toContain('PINDAIAN PK HALAMAN 1');
    expect(page(2)).toContain('PINDAIAN PK HALAMAN 2');
    // the report's running header stays on the scanned pages
    expect(page(1)).toContain('Laporan Kinerja Sekretariat KPU Provinsi Banten Tahun 2024');
    expect(pdf.pages.join('\n')).not.toContain('selanjutnya disebut pihak pertama');
    const lembar = await readFile(
      join(work.output, 'LKj-Sekretariat-KPU-Provinsi-Banten-2024-lembar-reviu.html'),
      'utf8',
    );
    expect(lembar).toContain('Lampiran 1: pindaian PK yang ditandatangani (inputs/lampiran/).');
  });

  it('that is not a PDF stops the build (exit 1) with a message naming it', async () => {
    await writeFile(scanPath(), 'bukan pdf');
    const run = await runCli(['--inputs', work.inputs, '--output', work.output, '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Berkas lampiran/perjanjian-kinerja.pdf tidak dapat dibaca sebagai PDF');
    expect(run.stderr).toContain('Pindai ulang Perjanjian Kinerja yang ditandatangani dan simpan sebagai PDF');
  });
});
