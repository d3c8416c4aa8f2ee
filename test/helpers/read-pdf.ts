/**
 * Reads a real PDF back for assertions: text per page (as lines), outline, metadata and fonts.
 *
 * pdf.js runs in a worker thread (read-pdf.worker.mjs: its Node build changes the built-ins of the thread that loads
 * it). What it read is kept by the SHA-256 of the PDF's bytes, in this process and, during a run of the end-to-end
 * project, in a folder the whole run shares (global-setup.ts): the several files that read the one shared sample build
 * run in different processes, and each parsed it again (pdf.js: 0,5–0,9 CPU-s for its 55 pages). The key is the file's
 * content, so whatever reads a PDF reads what this run printed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';
import { PDFArray, PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder where this run keeps what pdf.js read from each PDF (by SHA-256); absent in the unit project. */
    pdfText?: string;
  }
}

/** One outline (bookmark) entry with the 0-based page it points to. */
export interface OutlineEntry {
  title: string;
  pageIndex: number;
  depth: number;
}

/** One text item as pdf.js reads it: its string, where its baseline starts, its font size in points (0,1). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  size: number;
}

/** What pdf.js read: each page's text items in content order, the outline, the document information. */
export interface PdfRead {
  pages: PdfItem[][];
  outline: OutlineEntry[];
  info: Record<string, unknown>;
}

/** What a test can check in a PDF. */
export interface PdfContent {
  /** Each page's text, lines top to bottom, items on a line joined by a space. */
  pages: string[];
  outline: OutlineEntry[];
  info: Record<string, unknown>;
}

/** Groups text items into lines by their baseline, top to bottom, left to right. */
function linesOf(items: PdfItem[]): string {
  const rows = new Map<number, { x: number; s: string }[]>();
  for (const it of items) {
    if (!it.str.trim()) continue;
    const y = Math.round(it.y / 3) * 3;
    rows.set(y, [...(rows.get(y) ?? []), { x: it.x, s: it.str }]);
  }
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, cells]) =>
      cells
        .sort((a, b) => a.x - b.x)
        .map((c) => c.s.trim())
        .join(' '),
    )
    .join('\n');
}

/** Parses the PDF (text, outline, metadata); each caller gets its own copy to change. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const { pages, outline, info } = await read(bytes);
  return { pages: pages.map(linesOf), ...structuredClone({ outline, info }) };
}

/** What pdf.js read from the PDF, item by item; each caller gets its own copy to change. */
export async function readPdfItems(bytes: Uint8Array): Promise<PdfRead> {
  return structuredClone(await read(bytes));
}

/** What pdf.js read, shared by every caller in this process: not to be changed. */
function read(bytes: Uint8Array): Promise<PdfRead> {
  const key = createHash('sha256').update(bytes).digest('hex');
  let reading = parsed.get(key);
  if (!reading) {
    reading = readShared(key, bytes);
    parsed.set(key, reading);
    reading.catch(() => parsed.delete(key));
  }
  return reading;
}

/** What this process has read or is reading, by SHA-256 of the bytes. */
const parsed = new Map<string, Promise<PdfRead>>();

/** Longer than pdf.js takes for any PDF of the tests on a busy machine, shorter than a test's time limit (120 s). */
const WAIT_MS = 100_000;

/**
 * From the run's folder when another process read the same bytes; otherwise parsed here and left there for the others
 * (the first to create `<key>.lock`, holding its pid, parses; the rest wait for `<key>.json`). A parse that fails
 * removes its lock; a lock whose process is gone (killed) is taken over.
 */
async function readShared(key: string, bytes: Uint8Array): Promise<PdfRead> {
  const dir = inject('pdfText');
  if (!dir) return parse(bytes);
  const json = join(dir, `${key}.json`);
  const lock = join(dir, `${key}.lock`);
  const done = async () => JSON.parse(await readFile(json, 'utf8')) as PdfRead;
  for (const start = Date.now(); ; await sleep(50)) {
    if (existsSync(json)) return done();
    if (await takeLock(lock)) {
      try {
        // Another process may have finished between the look above and the lock.
        if (existsSync(json)) return await done();
        const read = await parse(bytes);
        // Written whole, then renamed: a reader never sees half a file.
        await writeFile(`${json}.tmp`, JSON.stringify(read));
        await rename(`${json}.tmp`, json);
        return read;
      } finally {
        await rm(lock, { force: true });
      }
    }
    if (Date.now() - start > WAIT_MS) throw new Error(`no other test process finished reading the PDF ${key}`);
  }
}

/** Creates `lock` holding this process's pid; false when a live process holds it (a dead holder's lock is removed). */
async function takeLock(lock: string): Promise<boolean> {
  try {
    await writeFile(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
  if (holder > 0 && !isAlive(holder)) await rm(lock, { force: true });
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

type Pending = Map<number, { resolve: (r: PdfRead) => void; reject: (e: Error) => void }>;
let reader: { worker: Worker; pending: Pending } | undefined;
let nextId = 0;

/** Parses `bytes` in this process's reader thread, started at the first PDF. */
function parse(bytes: Uint8Array): Promise<PdfRead> {
  if (!reader) {
    const worker = new Worker(new URL('./read-pdf.worker.mjs', import.meta.url));
    // Each thread its own reads: a thread that ends fails only what it was reading.
    const pending: Pending = new Map();
    const started = { worker, pending };
    worker.on('message', ({ id, result, error }: { id: number; result?: PdfRead; error?: string }) => {
      const w = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) worker.unref();
      if (error !== undefined) w?.reject(new Error(`pdf.js could not read the PDF: ${error}`));
      else w?.resolve(result as PdfRead);
    });
    // An error in the thread, or the thread gone (killed, out of memory): the next read starts a new one.
    const fail = (e: Error) => {
      for (const w of pending.values()) w.reject(e);
      pending.clear();
      if (reader === started) reader = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the PDF reader thread ended (exit ${code})`)));
    reader = started;
  }
  const { worker, pending } = reader;
  const id = nextId++;
  const done = new Promise<PdfRead>((resolve, reject) => pending.set(id, { resolve, reject }));
  worker.ref(); // Kept alive while it has work; let go (unref) when it has none, so it never holds the process open.
  const copy = new Uint8Array(bytes);
  worker.postMessage({ id, data: copy }, [copy.buffer]);
  return done;
}

/** Every font used on any page, with whether its program is embedded in the file (bytes, or the file already loaded). */
export async function fontsOf(file: Uint8Array | PDFDocument): Promise<{ name: string; embedded: boolean }[]> {
  const pdf = file instanceof PDFDocument ? file : await PDFDocument.load(file, { updateMetadata: false });
  const seen = new Map<string, boolean>();
  for (const page of pdf.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const key of fonts?.keys() ?? []) {
      const font = fonts?.lookup(key, PDFDict);
      const base = font?.get(PDFName.of('BaseFont'))?.toString() ?? key.toString();
      const descendants = font?.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
      const descendant = descendants?.lookupMaybe(0, PDFDict);
      const descriptor = (descendant ?? font)?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.has(PDFName.of(k)));
      seen.set(base, (seen.get(base) ?? true) && embedded);
    }
  }
  return [...seen.entries()].map(([name, embedded]) => ({ name, embedded }));
}
