/**
 * The workbook worker pool with the real worker and the sample workbooks: limits end a worker and cost only its
 * workbook (an error diagnostic, never a missing result), aborting rejects at once, and the pool serves several
 * builds with the same warm workers. The workers are the shipped, compiled ones (SHIPPED_WORKER); each still costs about
 * half a CPU-second to start (exceljs), so the tests start as few as their assertions need. A worker over its memory limit is checked, with its exact message,
 * in test/failures/messages.test.ts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InternalError } from '../../pipeline/diagnostic.ts';
import type { Reference } from '../../schemas/reference.ts';
import { checkWorkbooks } from '../../pipeline/check/check-workbooks.ts';
import { WorkbookPool } from '../../pipeline/check/workbook-pool.ts';
import type { PoolLimits } from '../../pipeline/check/pool-limits.ts';
import { loadReferenceInputs } from '../../pipeline/load/load-inputs.ts';
import { validateReference } from '../../pipeline/validate/validate-reference.ts';
import { ROOT, SHIPPED_WORKER } from '../helpers/run-cli.ts';

const inputsDir = join(ROOT, 'inputs');
let reference: Reference;
let files: string[];
const pools: WorkbookPool[] = [];
/** A pool of the shipped worker (or of `script`), closed after each test. */
const newPool = (size: number, limits?: PoolLimits, script: URL = SHIPPED_WORKER) => {
  const pool = new WorkbookPool(size, limits, script);
  pools.push(pool);
  return pool;
};

beforeAll(async () => {
  const inputs = await loadReferenceInputs(inputsDir);
  reference = validateReference({ ...inputs, workbooks: [] }).reference as Reference;
  files = inputs.workbookFiles;
});

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('WorkbookPool', () => {
  // Also what test/unit/check-workbooks.test.ts asked of two worker threads (same results as this thread, in file
  // order): the first build of this two-worker pool answers it, so no second pair of workers is started for it.
  it('serves several builds with the same workers, and gives what checking in this thread gives, in file order', async () => {
    expect(reference).not.toBeNull();
    const reversed = [...files].reverse(); // an order the workers will not finish in by chance
    const here = await checkWorkbooks(inputsDir, reversed, reference, { workers: 0 });
    expect(here.every((r) => r.read && r.division !== null)).toBe(true);
    expect(here.length).toBeGreaterThanOrEqual(6);
    const pool = newPool(2);
    const first = await checkWorkbooks(inputsDir, reversed, reference, { pool });
    const second = await checkWorkbooks(inputsDir, files, reference, { pool });
    expect(pool.started).toBe(2);
    // The bytes read are compared as base64 strings: toEqual walks a Uint8Array element by element (0,7 CPU-s here).
    const strip = (rs: typeof here) =>
      rs.map(({ readMs: _r, validateMs: _v, bytes, ...rest }) => ({
        ...rest,
        bytes: bytes && Buffer.from(bytes).toString('base64'),
      }));
    expect(strip(first)).toEqual(strip(here));
    expect(first.map((r) => r.file)).toEqual(reversed);
    expect(strip(second)).toEqual(strip(here).reverse());
  });

  it('gives up a workbook over the time limit with an error naming the file, and goes on with the next', async () => {
    const pool = newPool(1, { timeMs: 1, memoryMb: 1024 });
    const [a, b] = await checkWorkbooks(inputsDir, files.slice(0, 2), reference, { pool });
    for (const [r, file] of [
      [a, files[0]],
      [b, files[1]],
    ] as const) {
      expect(r).toMatchObject({ file, read: false, division: null });
      expect(r?.diagnostics).toEqual([
        expect.objectContaining({ severity: 'error', rule: 'pembacaan-terlalu-lama', file }),
      ]);
      expect(r?.diagnostics[0]?.message).toContain(`Berkas ${file} tidak selesai dibaca dalam`);
    }
    expect(pool.started).toBe(2); // the first worker was ended; a fresh one took the next workbook
  });

  it('aborting rejects with the reason at once and ends the busy workers', async () => {
    const pool = newPool(2);
    const controller = new AbortController();
    const checking = checkWorkbooks(inputsDir, files, reference, { pool, signal: controller.signal });
    const reason = new Error('dihentikan oleh SIGINT');
    setTimeout(() => controller.abort(reason), 50);
    const start = performance.now();
    await expect(checking).rejects.toBe(reason);
    expect(performance.now() - start).toBeLessThan(1_000);
    await expect(checkWorkbooks(inputsDir, files.slice(0, 1), reference, { pool })).resolves.toHaveLength(1);
  });

  it('a worker that exits on its own or throws fails the check as our fault, naming the workbook', async () => {
    // A worker module that misbehaves when given a workbook: `galat.xlsx` throws outside any promise, the others call
    // process.exit (as a library might) with the code in the workbook's name.
    const dir = await mkdtemp(join(tmpdir(), 'lkj-exit-worker-'));
    try {
      const script = join(dir, 'exiting-worker.mjs');
      await writeFile(
        script,
        "import { parentPort } from 'node:worker_threads';\n" +
          "parentPort.on('message', (m) => {\n" +
          "  if (m.rel === 'galat.xlsx') throw new Error('rusak di pekerja');\n" +
          "  if ('rel' in m) process.exit(Number(/\\d+/.exec(m.rel)[0]));\n" +
          '});\n',
      );
      const pool = newPool(1, undefined, pathToFileURL(script));
      const failure = (rel: string) =>
        pool.check(inputsDir, rel, reference).then(
          (r) => r,
          (e: unknown) => e as Error,
        );
      const ours = 'ini kesalahan program, bukan kesalahan isi berkas itu';
      for (const code of [7, 0]) {
        const rel = `divisi-kode-${code}.xlsx`;
        const failed = await failure(rel);
        expect(failed).toBeInstanceOf(InternalError);
        expect((failed as Error).message).toBe(
          `pemeriksa buku kerja ${rel} berhenti tanpa pesan galat (kode keluar ${code}); ${ours}`,
        );
      }
      const thrown = await failure('galat.xlsx');
      expect(thrown).toBeInstanceOf(InternalError);
      expect((thrown as Error).message).toBe(
        `pemeriksa buku kerja galat.xlsx berhenti karena galat: rusak di pekerja; ${ours}`,
      );
      expect(((thrown as Error).cause as Error).message).toBe('rusak di pekerja');
      expect(pool.started).toBe(3); // each workbook had a fresh worker
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
