/**
 * The archive copy's PDF/A-2b (SOP step 9) with the real Ghostscript on a small real PDF: the first archive makes it
 * and records the SHA-256 of the final it was made from; a second archive of the same final bytes copies that PDF/A
 * instead of running Ghostscript again; a final with other bytes, or an earlier copy that no longer passes the checks,
 * gets a fresh one. Skipped where Ghostscript is not installed (npm run package installs or asks for it).
 */
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareArchive } from '../../pipeline/deliver/package/archive.ts';
import { sha256 } from '../../pipeline/deliver/package/manifest.ts';
import { findGhostscript } from '../../pipeline/deliver/package/pdfa.ts';
import type { FinalReport } from '../../pipeline/deliver/package/reusable-final.ts';
import { testReference } from '../fixtures/reference.ts';

const gs = findGhostscript();
const STEM = 'LKj-Sekretariat-KPU-Provinsi-Banten-2024-final';
const SIDIK = '0123456789ab';
const AT = new Date('2025-01-15T03:00:00Z');
let dir: string;

/** A one-page final with a line of text in an embedded font, as Ghostscript will be given it. */
async function finalPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(text, { x: 60, y: 760, size: 14, font });
  return doc.save();
}

const finalOf = (pdf: Uint8Array): FinalReport =>
  ({
    pdf,
    json: '{}',
    build: { builtAt: AT.toISOString(), fingerprint: SIDIK },
    dataset: {},
    diagnostics: [],
  }) as never;

/** One archive of `pdf` into `output`: what it said, and the new folder's PDF/A and check file. */
async function archive(output: string, pdf: Uint8Array) {
  const said: string[] = [];
  const prepared = await prepareArchive(
    gs!,
    join(dir, 'inputs'),
    output,
    { final: finalOf(pdf), halaman: 1, reference: testReference() },
    { name: 'paket.zip', data: 'zip' },
    AT,
    (line) => said.push(line),
  );
  const { checks } = prepared;
  const arsip = await prepared.write();
  return {
    said: said.join('\n'),
    checks,
    folder: arsip.split(/[\\/]/).pop()!,
    pdfa: await readFile(join(arsip, `${STEM}-PDFA-2b.pdf`)),
    recorded: await readFile(join(arsip, 'pemeriksaan-pdfa.txt'), 'utf8'),
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lkj-arsip-'));
  await mkdir(join(dir, 'inputs')); // masukan.zip of an empty inputs folder
});

afterAll(async () => {
  // The archive is read-only: made writable again so the temporary folder can go.
  for (const year of [join(dir, 'a', 'arsip', '2024'), join(dir, 'b', 'arsip', '2024')])
    for (const d of await readdir(year).catch(() => [])) await chmod(join(year, d), 0o755);
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!gs)('the archive copy of the PDF/A-2b', () => {
  it('is made once per final: the same bytes again copy it (no Ghostscript), other bytes get their own', async () => {
    const output = join(dir, 'a');
    const pdf = await finalPdf('LAPORAN FINAL');
    const first = await archive(output, pdf);
    expect(first.said).toBe('Membuat salinan arsip PDF/A-2b (Ghostscript)…');
    expect(first.checks.every((c) => c.lulus)).toBe(true);
    expect(first.recorded.split('\n')[0]).toBe(`SUMBER ${STEM}.pdf SHA-256 ${sha256(pdf)}`);
    expect(Buffer.from(first.pdfa).toString('latin1')).toContain('/GTS_PDFA1');

    const second = await archive(output, pdf);
    expect(second.folder).toBe(`${first.folder}-2`);
    expect(second.said).toBe(
      `Salinan arsip PDF/A-2b: memakai salinan dari laporan final yang sama (arsip/2024/${first.folder}); ` +
        'Ghostscript tidak dijalankan lagi.',
    );
    expect(Buffer.compare(second.pdfa, first.pdfa)).toBe(0);
    expect(second.recorded).toBe(first.recorded);

    // Other bytes with the same fingerprint (a final built again with --susun-ulang): a PDF/A of their own
    const other = await finalPdf('LAPORAN FINAL, DISUSUN ULANG');
    const third = await archive(output, other);
    expect(third.said).toBe('Membuat salinan arsip PDF/A-2b (Ghostscript)…');
    expect(third.recorded.split('\n')[0]).toBe(`SUMBER ${STEM}.pdf SHA-256 ${sha256(other)}`);
    expect(Buffer.compare(third.pdfa, first.pdfa)).not.toBe(0);
  });

  it('is made again when the earlier copy no longer passes the checks', async () => {
    const output = join(dir, 'b');
    const pdf = await finalPdf('LAPORAN FINAL');
    const first = await archive(output, pdf);
    // The earlier copy damaged (its PDF/A identification gone), although it is kept read-only
    const folder = join(output, 'arsip', '2024', first.folder);
    const file = join(folder, `${STEM}-PDFA-2b.pdf`);
    await chmod(folder, 0o755);
    await chmod(file, 0o644);
    await writeFile(
      file,
      Buffer.from(
        Buffer.from(first.pdfa)
          .toString('latin1')
          .replace(/pdfaid/g, 'xxxxxx'),
        'latin1',
      ),
    );
    const second = await archive(output, pdf);
    expect(second.said).toBe('Membuat salinan arsip PDF/A-2b (Ghostscript)…');
    expect(second.checks.every((c) => c.lulus)).toBe(true);
  });
});
