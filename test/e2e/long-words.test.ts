/**
 * Hostile text typed into the workbooks and the narrative, printed by the real CLI and Chromium. A long link pasted
 * into a workbook cell or a narrative file must wrap, not make Chromium shrink the whole report: the page count and
 * the body font size stay those of the same report without it, and the link is printed whole. Markup typed into an
 * Analisis cell is printed as text: it runs nothing and fetches nothing.
 * Both edits go into one build (a copy of the shared build, so it prints once): each `it` reads that build.
 */
import { appendFile, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfItems } from '../helpers/read-pdf.ts';
import { runCli, type CliRun, type SharedSample } from '../helpers/run-cli.ts';
import { copySharedSample } from '../helpers/shared-sample.ts';
import { countingServer, setFirstCellUnder } from './bad-inputs-helpers.ts';

/** 300 characters without a space or a hyphen, as a shared-document link copied from a browser's address bar. */
const LINK =
  `https://docs.google.com/spreadsheets/d/${'1XqZ7bK9LmN2pQ4rS6tU8vW0yA3cE5gI7kM9oQ1sU3wY5'.repeat(7)}`.slice(0, 300);

interface Printed {
  pages: number;
  /**
   * The body text's font size (points, one decimal): that of the Kata Pengantar's first words. (The most used size
   * is no longer the body's: the Lampiran's 9 pt tables hold about as many characters as the 11 pt text.)
   */
  bodySize: number;
  /** All text items of all pages, in content order. */
  text: string;
  title: unknown;
}

async function readPrinted(pdfPath: string): Promise<Printed> {
  const { pages, info } = await readPdfItems(await readFile(pdfPath));
  const items = pages.flat();
  return {
    pages: pages.length,
    bodySize: items.find((it) => it.str.includes('Puji syukur'))?.size ?? 0,
    text: items.map((it) => it.str).join(''),
    title: info['Title'],
  };
}

const pdfIn = async (output: string) => join(output, (await readdir(output)).find((f) => f.endsWith('.pdf')) as string);
const squeeze = (s: string) => s.replace(/\s+/g, '');

let work: SharedSample;
let before: Printed;
let after: Printed;
let run: CliRun;
let markup: string;
let requests: string[];

beforeAll(async () => {
  // The run's shared sample build is "before"; this file changes a copy of it.
  work = await copySharedSample();
  expect(work.run.code, work.run.stderr).toBe(0);
  before = await readPrinted(await pdfIn(work.output));
  const victim = (await readdir(work.inputs)).filter((f) => f.endsWith('.xlsx')).sort()[0] as string;
  // The link in the first Analisis row's Penyebab cell and in a narrative file; the markup in that row's Upaya cell
  // (about as long as the text it replaces, so the page count compared below is the link's alone).
  await setFirstCellUnder(join(work.inputs, victim), 'Analisis', /^Penyebab/i, `Lihat ${LINK}`);
  await appendFile(join(work.inputs, 'narasi', 'latar-belakang.md'), `\n\nSumber: ${LINK}\n`);
  const server = await countingServer();
  try {
    markup = `<img src="http://127.0.0.1:${server.port}/x.png"><script>document.title='pwned'</script>`;
    await setFirstCellUnder(join(work.inputs, victim), 'Analisis', /^Upaya/, markup);
    run = await runCli(['--inputs', work.inputs, '--output', work.output]);
    requests = server.requests;
  } finally {
    await server.close();
  }
  expect(run.code, run.stderr).toBe(0);
  after = await readPrinted(await pdfIn(work.output));
}, 180_000);

afterAll(async () => {
  await rm(work.dir, { recursive: true, force: true });
});

describe('a 300-character link', () => {
  it('in an Analisis cell and in a narrative file: same page count and body font size, the link printed whole', () => {
    expect(before.bodySize).toBeGreaterThan(0);
    expect(after.bodySize).toBe(before.bodySize);
    expect(after.pages).toBe(before.pages);
    // Printed whole, wrapped over lines: every character is there, twice (cell and narrative).
    expect(after.text.replace(/\s+/g, '').split(LINK).length - 1).toBe(2);
    expect(run.stderr).not.toContain('lebih lebar dari halaman');
  });
});

describe('markup typed into an Analisis cell', () => {
  it('is printed literally, runs nothing and fetches nothing', () => {
    expect(requests).toEqual([]);
    expect(squeeze(after.text)).toContain(squeeze(markup));
    expect(after.title).not.toBe('pwned');
  });
});
