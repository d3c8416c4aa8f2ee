/**
 * Reads and validates every division workbook in worker threads (`workbook-pool.ts`), so that Ctrl-C and the time and
 * memory limits can stop any workbook: one worker for a handful of workbooks, one per core (up to 4) for many, where
 * starting more workers (each loads exceljs, ~0,3 s) pays for itself. Results come back in file order whatever order
 * the workers finish in.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Reference } from '../../schemas/reference.ts';
import type { CheckedWorkbook } from './check-workbook.ts';
import { WorkbookPool } from './workbook-pool.ts';

/**
 * Results kept between builds of one watch session: a workbook whose file (modification and change times, inode,
 * size) and whose reference data did not change is not read again.
 */
export interface WorkbookCache {
  reference: string;
  entries: Map<string, { stamp: string; result: CheckedWorkbook }>;
}

/** An empty cache for a watch session. */
export const newWorkbookCache = (): WorkbookCache => ({ reference: '', entries: new Map() });

/** How to check: `pool` (a build's or a watch session's), else `workers` threads (`0`: in this thread, tests only). */
export interface CheckOptions {
  workers?: number;
  pool?: WorkbookPool;
  signal?: AbortSignal;
  /** Called after each workbook with the count so far and the total (progress on long runs). */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** From this many workbooks on, more than one worker thread pays for itself. */
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
    // ctime and inode too: a copy that keeps the old modification time (`cp -p`) or a rename over the file is a change.
    stamps.set(rel, s ? `${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.size}` : '');
  }
  const stale = files.filter((rel) => cache.entries.get(rel)?.stamp !== stamps.get(rel));
  const fresh = new Map((await checkAll(inputsDir, stale, reference, opts)).map((r) => [r.file, r]));
  for (const [rel, result] of fresh) cache.entries.set(rel, { stamp: stamps.get(rel) ?? '', result });
  for (const rel of cache.entries.keys()) if (!stamps.has(rel)) cache.entries.delete(rel);
  return files.map(
    (rel) => fresh.get(rel) ?? { ...(cache.entries.get(rel)?.result as CheckedWorkbook), readMs: 0, validateMs: 0 },
  );
}

async function checkAll(
  inputsDir: string,
  files: readonly string[],
  reference: Reference,
  opts: CheckOptions,
): Promise<CheckedWorkbook[]> {
  const fromEnv = process.env['LKJ_WORKERS'];
  const workers =
    opts.workers ?? (fromEnv !== undefined && /^\d+$/.test(fromEnv) ? Number(fromEnv) : workersFor(files.length));
  if (workers <= 0 && !opts.pool) {
    const { checkWorkbook } = await import('./check-workbook.ts');
    const out: CheckedWorkbook[] = [];
    for (const rel of files) {
      opts.signal?.throwIfAborted();
      out.push(await checkWorkbook(inputsDir, rel, reference));
      opts.onProgress?.(out.length, files.length);
    }
    return out;
  }
  const pool = opts.pool ?? new WorkbookPool(workers);
  pool.size = Math.max(pool.size, Math.min(workers, files.length));
  try {
    let done = 0;
    const counted = (r: CheckedWorkbook) => (opts.onProgress?.(++done, files.length), r);
    return await Promise.all(pool.checkAll(inputsDir, files, reference, opts.signal).map((p) => p.then(counted)));
  } finally {
    if (!opts.pool) await pool.close();
  }
}

/** Worker threads for `count` workbooks: one below `WORKERS_FROM` (starting more costs more than it saves), else one per core up to 4. */
export const workersFor = (count: number): number => (count >= WORKERS_FROM ? Math.min(availableParallelism(), 4) : 1);
