/**
 * The browser of one build, closed on every path: success, error, and cancellation through an AbortSignal (the
 * CLI aborts on Ctrl-C / SIGTERM). With a signal, Puppeteer's own signal handlers are switched off: on SIGINT they
 * call `process.exit(130)` at once, leaving Puppeteer's temporary browser profile behind and skipping our cleanup.
 * Executable and flags are the print stage's (`launch-browser.ts`); the launch is here only for those options.
 */
import puppeteer, { type Browser } from 'puppeteer';
import { BROWSER_ARGS, findBrowserExecutable, launchBrowser } from './print/launch-browser.ts';

/** Runs `fn` with `given`, or with a browser launched for it and closed afterwards (or as soon as `signal` aborts). */
export async function withBuildBrowser<T>(given: Browser | undefined, signal: AbortSignal | undefined, fn: (b: Browser) => Promise<T>): Promise<T> {
  if (given) return fn(given);
  signal?.throwIfAborted();
  const browser = await launch(signal);
  const close = () => void browser.close().catch(() => undefined);
  signal?.addEventListener('abort', close, { once: true });
  try {
    return await fn(browser);
  } finally {
    signal?.removeEventListener('abort', close);
    await browser.close().catch(() => undefined);
  }
}

async function launch(signal: AbortSignal | undefined): Promise<Browser> {
  const executablePath = findBrowserExecutable();
  // Without a signal nobody else handles Ctrl-C, so Puppeteer's handlers stay; without a browser, the print
  // stage's launcher gives the message that says how to get one.
  if (!signal || !executablePath) return launchBrowser();
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      args: BROWSER_ARGS,
      signal,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (cause) {
    signal.throwIfAborted();
    throw new Error(`Gagal menjalankan peramban ${executablePath}: ${(cause as Error).message}`, { cause });
  }
}
