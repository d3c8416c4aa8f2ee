/**
 * Worker threads that read and check workbooks, so that no workbook can hold the main thread: the main thread keeps
 * answering Ctrl-C / SIGTERM (which terminate the workers at once, even in the middle of exceljs), every workbook
 * gets a time limit and a memory limit, and a worker that dies (out of memory, time limit) costs only that workbook,
 * reported as its error. A worker that fails or exits on its own is our fault: its workbook's check rejects with an
 * `InternalError` naming the workbook (exit 3). One pool serves a whole watch session.
 */
import { Worker } from 'node:worker_threads';
import type { Reference } from '../../schemas/reference.ts';
import type { CheckedWorkbook } from './check-workbook.ts';
import { InternalError } from '../diagnostic.ts';
import { POOL_LIMITS, stoppedWorkbook, type PoolLimits } from './pool-limits.ts';
import { workerFailure, type SentError } from './worker-error.ts';

interface Task {
  inputsDir: string;
  rel: string;
  reference: Reference;
  resolve: (r: CheckedWorkbook) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  /** The reference data this worker holds (sent once, not with every workbook). */
  reference: Reference | null;
  timer?: NodeJS.Timeout;
  /** Why the worker is ending, once known: a limit, an error it raised, or the pool ending it (abort, close). */
  ending?: 'time' | 'memory' | 'crash' | 'ended';
  error?: Error;
}

/** A pool of `size` workbook workers, started lazily (or at once with `warm`). */
export class WorkbookPool {
  readonly #slots = new Set<Slot>();
  readonly #queue: Task[] = [];
  #closed = false;
  #started = 0;

  /** How many workers at most (a build raises it for many workbooks). */
  size: number;
  readonly limits: PoolLimits;
  readonly #script: URL;

  /** `script` is the worker module: the real one, or in a test one that misbehaves on purpose. */
  constructor(size: number, limits: PoolLimits = POOL_LIMITS, script: URL = workerUrl()) {
    this.size = size;
    this.limits = limits;
    this.#script = script;
  }

  /** How many worker threads this pool has started so far (a reused pool starts none for a new build). */
  get started(): number {
    return this.#started;
  }

  /** Starts the workers now, so that they load exceljs while the main thread reads the reference data. */
  warm(): void {
    while (!this.#closed && this.#slots.size < this.size) this.#spawn();
  }

  /** Reads and checks one workbook; `signal` aborting terminates its worker and rejects with the signal's reason. */
  check(inputsDir: string, rel: string, reference: Reference, signal?: AbortSignal): Promise<CheckedWorkbook> {
    return this.checkAll(inputsDir, [rel], reference, signal)[0] as Promise<CheckedWorkbook>;
  }

  /** Reads and checks several workbooks (one result each, in order); one abort listener for all of them. */
  checkAll(
    inputsDir: string,
    rels: readonly string[],
    reference: Reference,
    signal?: AbortSignal,
  ): Promise<CheckedWorkbook>[] {
    if (this.#closed) return rels.map(() => Promise.reject(new Error('workbook pool is closed')));
    if (signal?.aborted) return rels.map(() => Promise.reject(signal.reason));
    const tasks: Task[] = [];
    const results = rels.map(
      (rel) =>
        new Promise<CheckedWorkbook>(
          (resolve, reject) => void tasks.push({ inputsDir, rel, reference, resolve, reject }),
        ),
    );
    const onAbort = () => tasks.forEach((t) => this.#cancel(t, signal?.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    void Promise.allSettled(results).then(() => signal?.removeEventListener('abort', onAbort));
    this.#queue.push(...tasks);
    this.#dispatch();
    return results;
  }

  /** Terminates every worker; pending checks are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const t of this.#queue.splice(0)) t.reject(new Error('workbook pool closed'));
    await Promise.all([...this.#slots].map((s) => this.#end(s, 'ended')));
  }

  #spawn(): Slot {
    const worker = new Worker(this.#script, { resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb } });
    const slot: Slot = { worker, task: null, reference: null };
    this.#started++;
    worker.unref(); // an idle pool never keeps the process alive
    worker.on('message', (m: WorkerReply) => this.#reply(slot, m));
    worker.on('error', (e: Error & { code?: string }) => {
      slot.ending ??= e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash';
      slot.error = e;
    });
    worker.on('exit', (code) => this.#exited(slot, code));
    this.#slots.add(slot);
    return slot;
  }

  #dispatch(): void {
    while (this.#queue.length) {
      const slot =
        [...this.#slots].find((s) => !s.task && !s.ending) ?? (this.#slots.size < this.size ? this.#spawn() : null);
      if (!slot) return;
      const task = this.#queue.shift() as Task;
      slot.task = task;
      if (slot.reference !== task.reference) slot.worker.postMessage({ reference: task.reference });
      slot.reference = task.reference;
      slot.worker.postMessage({ inputsDir: task.inputsDir, rel: task.rel });
      slot.worker.ref(); // busy: the build waits for it
      slot.timer = setTimeout(() => void this.#end(slot, 'time'), this.limits.timeMs);
    }
  }

  #reply(slot: Slot, m: WorkerReply): void {
    const task = slot.task;
    if (!task) return;
    clearTimeout(slot.timer);
    slot.task = null;
    slot.worker.unref();
    if (m.ok) task.resolve(m.result);
    else task.reject(workerFailure(task.rel, m.error));
    this.#dispatch();
  }

  /** A worker ended: its workbook (if any) gets an error saying why; others wait for a fresh worker. */
  #exited(slot: Slot, code: number): void {
    clearTimeout(slot.timer);
    this.#slots.delete(slot);
    const task = slot.task;
    slot.task = null;
    if (task) this.#settle(task, slot, code);
    if (!this.#closed) this.#dispatch();
  }

  /** The answer for the workbook a worker was checking when it ended. */
  #settle(task: Task, slot: Slot, code: number): void {
    const { rel } = task;
    switch (slot.ending) {
      case 'time':
      case 'memory':
        return task.resolve(stoppedWorkbook(rel, slot.ending, this.limits));
      case 'crash':
        return task.reject(
          new InternalError(
            `pemeriksa buku kerja ${rel} berhenti karena galat: ${slot.error?.message}; ini kesalahan program, ` +
              'bukan kesalahan isi berkas itu',
            { cause: slot.error },
          ),
        );
      case 'ended':
        return task.reject(new Error('workbook pool closed'));
      case undefined:
        // Nothing ended it and it raised no error: something in the worker called process.exit (or the thread was
        // stopped from outside). Nothing is known about the workbook, so it is not blamed.
        return task.reject(
          new InternalError(
            `pemeriksa buku kerja ${rel} berhenti tanpa pesan galat (kode keluar ${code}); ini kesalahan program, ` +
              'bukan kesalahan isi berkas itu',
          ),
        );
    }
  }

  #end(slot: Slot, why: NonNullable<Slot['ending']>): Promise<number> {
    slot.ending ??= why;
    return slot.worker.terminate();
  }

  #cancel(task: Task, reason: unknown): void {
    const queued = this.#queue.indexOf(task);
    if (queued >= 0) this.#queue.splice(queued, 1);
    const slot = [...this.#slots].find((s) => s.task === task);
    if (slot) {
      slot.task = null;
      void this.#end(slot, 'ended');
    }
    task.reject(reason);
  }
}

type WorkerReply = { ok: true; result: CheckedWorkbook } | { ok: false; error: SentError };

function workerUrl(): URL {
  // From the sources this module is `workbook-pool.ts`; in the compiled build it sits beside `check-workbook-worker.js`.
  return import.meta.url.endsWith('.ts')
    ? new URL('./check-workbook-worker.boot.mjs', import.meta.url)
    : new URL('./check-workbook-worker.js', import.meta.url);
}
