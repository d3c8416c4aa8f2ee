/**
 * Errors from a workbook worker keep what they were (worker-error.ts): a user mistake stays a `UserError` with its
 * exit code; anything else becomes an `InternalError` naming the workbook, with the worker's error (name, message,
 * stack, code) and its causes as the chain the CLI writes to `lkj-galat-internal.log`.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Reference } from '../../schemas/reference.ts';
import { InternalError, UserError } from '../../pipeline/diagnostic.ts';
import { WorkbookPool } from '../../pipeline/check/workbook-pool.ts';
import { receivedError, sendError, workerFailure } from '../../pipeline/check/worker-error.ts';
import { ROOT, SHIPPED_WORKER } from '../helpers/run-cli.ts';

/** What crosses `postMessage`: the structured clone of the sent data. */
const acrossThreads = (e: unknown) => structuredClone(sendError(e));

describe('sendError / receivedError', () => {
  it('a UserError stays a UserError with its message and exit code', () => {
    const sent = acrossThreads(new UserError('Berkas terkunci oleh Excel; tutup Excel lalu ulangi.', { exitCode: 1 }));
    const e = workerFailure('divisi-a.xlsx', sent);
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe('Berkas terkunci oleh Excel; tutup Excel lalu ulangi.');
    expect((e as UserError).exitCode).toBe(1);
  });

  it('anything else becomes an InternalError naming the workbook, the worker error and its causes kept', () => {
    const root = Object.assign(new Error('open failed'), { code: 'EMFILE' });
    const thrown = new TypeError('cannot read properties of undefined', { cause: root });
    const e = workerFailure('divisi-b.xlsx', acrossThreads(thrown));
    expect(e).toBeInstanceOf(InternalError);
    expect(e.message).toBe('could not check divisi-b.xlsx: cannot read properties of undefined');
    const cause = e.cause as Error;
    expect(cause).toBeInstanceOf(Error);
    expect(cause).toMatchObject({ name: 'TypeError', message: 'cannot read properties of undefined' });
    expect(cause.stack).toBe(thrown.stack);
    expect(cause.cause).toMatchObject({ name: 'Error', message: 'open failed', code: 'EMFILE', stack: root.stack });
  });

  it('a thrown non-error and a cycle of causes are carried without failing', () => {
    expect(receivedError(acrossThreads('plain text'))).toMatchObject({ name: 'Error', message: 'plain text' });
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    Object.assign(a, { cause: b });
    let depth = 0;
    for (let c: unknown = receivedError(acrossThreads(a)); c; c = (c as Error).cause) depth++;
    expect(depth).toBe(9);
  });
});

describe('a failure inside the real worker', () => {
  const pools: WorkbookPool[] = [];
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  });

  it('rejects with an InternalError whose cause is the worker error with the stack from the worker', async () => {
    const pool = new WorkbookPool(1, undefined, SHIPPED_WORKER);
    pools.push(pool);
    const file = 'divisi-hukum-dan-pengawasan.xlsx';
    // Reference data missing every field: checking the workbook against it fails inside the worker (our fault).
    const failed = await pool.check(join(ROOT, 'inputs'), file, {} as Reference).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(InternalError);
    expect((failed as Error).message).toContain(`could not check ${file}: `);
    const cause = (failed as Error).cause as Error;
    expect(cause.name).toBe('TypeError');
    expect(cause.stack).toMatch(/validate/);
  });
});
