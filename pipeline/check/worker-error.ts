/**
 * An error thrown in a workbook worker, carried to the main thread as plain data and made an error again there:
 * its class name, message, stack, Node error code and chain of causes survive, so an internal failure is logged with
 * where it happened in the worker and why, and a `UserError` stays a user mistake (its message and exit code).
 */
import { InternalError, UserError } from '../diagnostic.ts';

/** An error as it crosses the thread boundary (structured clone keeps neither custom classes nor `cause` reliably). */
export interface SentError {
  name: string;
  message: string;
  stack?: string;
  /** Node's error code (`ENOENT`, `ERR_…`) when it has one. */
  code?: string;
  /** A `UserError`'s exit code. */
  exitCode?: 1 | 2;
  cause?: SentError;
}

/** Causes followed at most (a cycle of causes ends here). */
const MAX_DEPTH = 8;

/** `e` (anything thrown) as plain data for `postMessage`. */
export function sendError(e: unknown, depth = 0): SentError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) };
  const { code } = e as { code?: unknown };
  const cause = (e as { cause?: unknown }).cause;
  return {
    name: e.name,
    message: e.message,
    ...(e.stack === undefined ? {} : { stack: e.stack }),
    ...(typeof code === 'string' ? { code } : {}),
    ...(e instanceof UserError ? { exitCode: e.exitCode } : {}),
    ...(cause !== undefined && depth < MAX_DEPTH ? { cause: sendError(cause, depth + 1) } : {}),
  };
}

/** The error `sent` describes: a `UserError` again when it was one, else an `Error` with its name, stack and causes. */
export function receivedError(sent: SentError): Error {
  const cause = sent.cause === undefined ? undefined : receivedError(sent.cause);
  const e =
    sent.name === 'UserError'
      ? new UserError(sent.message, { exitCode: sent.exitCode ?? 2, cause })
      : new Error(sent.message, cause === undefined ? undefined : { cause });
  e.name = sent.name;
  if (sent.stack !== undefined) e.stack = sent.stack;
  if (sent.code !== undefined) Object.assign(e, { code: sent.code });
  return e;
}

/**
 * What a check that failed in a worker rejects with: a user mistake as it is; anything else is our fault, an
 * `InternalError` naming the workbook with the worker's error as its cause.
 */
export function workerFailure(rel: string, sent: SentError): Error {
  const e = receivedError(sent);
  return e instanceof UserError ? e : new InternalError(`could not check ${rel}: ${sent.message}`, { cause: e });
}
