/**
 * Reads and validates every division workbook: in this thread for a handful of workbooks, in worker threads (one
 * per core) for many, where starting the workers (each loads exceljs, ~0,3 s) pays for itself. Results come back in
 * file order whatever order the workers finish in.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Reference } from '../../schemas/reference.ts';
import { checkWorkbook, type CheckedWorkbook } from './check-workbook.ts';

/**
 * Results kept between builds of one watch session: a workbook whose file (modification time and size) and whose
 * reference data did not change is not read again.
 */
export interface WorkbookCache {
  reference: string;
  entries: Map<string, { stamp: string; result: CheckedWorkbook }>;
}

/** An empty cache for a watch session. */
export const newWorkbookCache = (): WorkbookCache => ({ reference: '', entries: new Map() });

/** Below this many workbooks, one thread is faster than starting workers. */
export const WORKERS_FROM = 24;

/**
 * Checks `files` (relative to `inputsDir`); `workers` (tests) or the environment variable `LKJ_WORKERS` (`0` = none)
 * overrides the automatic choice.
 */
export async function checkWorkbooks(
  inputsDir: string,
  files: readonly string[],
  reference: Reference,
  opts: CheckOptions & { cache?: WorkbookCache } = {},
): Promise<CheckedWorkbook[]> {
  if (!opts.cache) return checkAll(inputsDir, files, reference, opts);
  const { cache } = opts;
  const referenceKey = JSON.stringify(reference);
  if (cache.reference !== referenceKey) cache.entries.clear();
  cache.reference = referenceKey;
  const stamps = new Map<string, string>();
  for (const rel of files) {
    const s = await stat(join(inputsDir, rel)).catch(() => null);
    stamps.set(rel, s ? `${s.mtimeMs}:${s.size}` : '');
  }
  const stale = files.filter((rel) => cache.entries.get(rel)?.stamp !== stamps.get(rel));
  const fresh = new Map((await checkAll(inputsDir, stale, reference, opts)).map((r) => [r.file, r]));
  for (const [rel, result] of fresh) cache.entries.set(rel, { stamp: stamps.get(rel) ?? '', result });
  for (const rel of cache.entries.keys()) if (!stamps.has(rel)) cache.entries.delete(rel);
  return files.map((rel) => fresh.get(rel) ?? { ...(cache.entries.get(rel)?.result as CheckedWorkbook), readMs: 0, validateMs: 0 });
}

/** How the workbooks are checked: worker threads, cancelling, and a count after each workbook (progress on long runs). */
export interface CheckOptions {
  workers?: number;
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

async function checkAll(inputsDir: string, files: readonly string[], reference: Reference, opts: CheckOptions): Promise<CheckedWorkbook[]> {
  const fromEnv = process.env['LKJ_WORKERS'];
  const automatic = files.length >= WORKERS_FROM ? Math.min(availableParallelism(), 4) : 0;
  const workers = opts.workers ?? (fromEnv !== undefined && /^\d+$/.test(fromEnv) ? Number(fromEnv) : automatic);
  if (workers <= 0) {
    const out: CheckedWorkbook[] = [];
    for (const rel of files) {
      opts.signal?.throwIfAborted();
      out.push(await checkWorkbook(inputsDir, rel, reference));
      opts.onProgress?.(out.length, files.length);
    }
    return out;
  }
  return inWorkers(inputsDir, files, reference, workers, opts);
}

function workerUrl(): URL {
  // From the sources this module is `check-workbooks.ts`; in the compiled build it sits beside `check-workbook-worker.js`.
  return import.meta.url.endsWith('.ts')
    ? new URL('./check-workbook-worker.boot.mjs', import.meta.url)
    : new URL('./check-workbook-worker.js', import.meta.url);
}

async function inWorkers(inputsDir: string, files: readonly string[], reference: Reference, count: number, opts: CheckOptions): Promise<CheckedWorkbook[]> {
  const { signal } = opts;
  const results = new Map<string, CheckedWorkbook>();
  const queue = [...files];
  const pool = Array.from({ length: Math.min(count, files.length) }, () => new Worker(workerUrl(), { workerData: { inputsDir, reference } }));
  const stopAll = () => void Promise.all(pool.map((w) => w.terminate()));
  signal?.addEventListener('abort', stopAll, { once: true });
  try {
    const done = () => opts.onProgress?.(results.size, files.length);
    await Promise.all(pool.map((worker) => drain(worker, queue, results, signal, done)));
  } finally {
    signal?.removeEventListener('abort', stopAll);
    await Promise.all(pool.map((w) => w.terminate()));
  }
  signal?.throwIfAborted();
  return files.map((f) => results.get(f) as CheckedWorkbook);
}

/** Feeds one worker from the shared queue until it is empty. */
function drain(worker: Worker, queue: string[], results: Map<string, CheckedWorkbook>, signal: AbortSignal | undefined, done: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const next = () => {
      const rel = queue.shift();
      if (rel === undefined || signal?.aborted) return resolve();
      worker.postMessage(rel);
    };
    worker.on('message', (m: { ok: true; result: CheckedWorkbook } | { ok: false; file: string; message: string }) => {
      if (!m.ok) return reject(new Error(`Gagal memeriksa ${m.file}: ${m.message}`));
      results.set(m.result.file, m.result);
      done();
      next();
    });
    worker.on('error', reject);
    worker.on('exit', () => resolve());
    next();
  });
}
