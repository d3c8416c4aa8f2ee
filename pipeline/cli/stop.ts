/**
 * Ctrl-C, SIGTERM and a closed terminal (SIGHUP), for every command that changes files (`build-report`, `package`,
 * `templates`, `mulai`): the first signal aborts the work through an `AbortSignal` (Chromium and Ghostscript killed,
 * worker threads ended, temporary files removed), a second press a moment later leaves at once, and whatever is not
 * done after `CLEANUP_LIMIT_MS` (or the limit a command gives) is left to the process exit. Exit code 128 + the
 * signal's number (130 Ctrl-C, 143 SIGTERM).
 */
import { constants } from 'node:os';

/**
 * After Ctrl-C, cleanup (closing Chromium, ending the workbook workers, removing temporary files) gets this long
 * before the process leaves anyway, so that any build ends within 2 s. Leaving early orphans nothing: Chromium ends
 * when our pipe to it closes, worker threads end with the process, and the next build sweeps a leftover profile.
 */
const CLEANUP_LIMIT_MS = 1_000;
/**
 * The limit for commands whose last step writes files all or nothing (a package and its archive, the templates, a
 * year's folders): a stop during that step lets it finish rather than cut it halfway.
 */
export const WRITE_LIMIT_MS = 30_000;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** Signals within this long of the first are the same Ctrl-C delivered twice, not a second press. */
const REPEAT_WINDOW_MS = 1_000;

/** What stopped the command, in the user's words rather than the signal's name. */
export const stopWord = (signal: NodeJS.Signals): string =>
  ({ SIGINT: 'Ctrl-C', SIGTERM: 'diminta berhenti oleh sistem', SIGHUP: 'jendela terminal ditutup' })[
    signal as string
  ] ?? signal;

const exitCodeOf = (signal: NodeJS.Signals): number => 128 + (constants.signals[signal] ?? 2);

/** Said when a stop came while `what` was being written all or nothing, which was left to finish. */
export const finishedWriting = (signal: NodeJS.Signals, what: string): string =>
  `Perintah dihentikan (${stopWord(signal)}) saat ${what} sedang ditulis; penulisan itu diselesaikan dulu, jadi ` +
  `${what} sudah lengkap.`;

/** A listener for stop signals: `controller.signal` aborts on the first, `signal` names it; `dispose` when done. */
export interface StopListener {
  controller: AbortController;
  signal: NodeJS.Signals | null;
  /** After a stop: says `onStopped` (once, whether the work ended or the limit ran out); returns the exit code. */
  stopped(): number;
  /** Whether `error` is the stop itself (what `signal.throwIfAborted()` throws), not a failure met meanwhile. */
  isStop(error: unknown): boolean;
  dispose(): void;
}

/**
 * Listens for stop signals until `dispose`. On the first, says `saying(signal)` on stderr and aborts; when the cleanup
 * has not ended within `limitMs`, leaves through `stopped()`.
 */
export function listenForStop(
  saying: (signal: NodeJS.Signals) => string,
  onStopped?: (signal: NodeJS.Signals, exitCode: number) => void,
  limitMs = CLEANUP_LIMIT_MS,
): StopListener {
  let said = false;
  const state: StopListener = {
    controller: new AbortController(),
    signal: null,
    stopped: () => {
      const exitCode = exitCodeOf(state.signal ?? 'SIGINT');
      if (!said && state.signal) onStopped?.(state.signal, exitCode);
      said = true;
      return exitCode;
    },
    isStop: (error) => state.signal !== null && error === state.controller.signal.reason,
    dispose: () => {},
  };
  let firstAt = 0;
  let limit: NodeJS.Timeout | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (state.signal) {
      // One Ctrl-C often arrives twice: from the terminal to the whole process group, and relayed by npm (or tsx).
      // Only a second press, a moment later, means "leave now".
      if (Date.now() - firstAt > REPEAT_WINDOW_MS) process.exit(exitCodeOf(state.signal));
      return;
    }
    firstAt = Date.now();
    state.signal = signal;
    console.error(saying(signal));
    // Not unref'd while the command's work runs: should it wait on something that never settles while nothing else
    // keeps Node running, the process leaves through here, with the stop's exit code and message, and not with Node's
    // 13 for an unsettled top-level await. Once the work has ended (`dispose`), it no longer keeps Node running but
    // still cuts off what is left of the cleanup.
    limit = setTimeout(() => process.exit(state.stopped()), limitMs);
    state.controller.abort(new Error(`dihentikan oleh ${signal}`));
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  state.dispose = () => {
    SIGNALS.forEach((s) => process.off(s, onSignal));
    limit?.unref();
  };
  return state;
}
