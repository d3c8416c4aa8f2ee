/**
 * The two kinds of failure that are not diagnostics. Problems in the inputs are data (`diagnostic.ts`); these are
 * thrown: a `UserError` is something the user can fix outside the workbooks (a missing browser, a malformed
 * environment variable, a folder in the way) and ends with its Indonesian message and exit 1 or 2, never a stack;
 * an `InternalError` is our fault and ends with exit 3, one line on the terminal and the stack and causes in a log.
 * Both keep the error they wrap as `cause`, so the log shows the whole chain.
 */

/** A mistake the user can fix; `message` is Indonesian and says how. Exit 2 unless told otherwise. */
export class UserError extends Error {
  override name = 'UserError';
  readonly exitCode: 1 | 2;

  constructor(message: string, opts: { exitCode?: 1 | 2; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.exitCode = opts.exitCode ?? 2;
  }
}

/** Our fault (a broken invariant, a failed write): exit 3 with a log. Wrap the original with context as `cause`. */
export class InternalError extends Error {
  override name = 'InternalError';

  constructor(message: string, opts: { cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
  }
}
