/**
 * The browser of one build, closed on every path: success, error, and cancellation through an AbortSignal (the
 * CLI aborts on Ctrl-C / SIGTERM). With a signal, Puppeteer's own signal handlers are switched off: on SIGINT they
 * call `process.exit(130)` at once, leaving Puppeteer's temporary browser profile behind and skipping our cleanup.
 * Executable and flags are the print stage's (`launch-browser.ts`); the launch is here only for those options.
 */
import puppeteer, { type Browser } from 'puppeteer';
import { BROWSER_ARGS, findBrowserExecutable, launchBrowser } from './launch-browser.ts';

/** A browser being started for one build: await `browser` to use it; `close()` must be called on every path. */
export interface BuildBrowser {
  browser: Promise<Browser>;
  close(): Promise<void>;
}

/**
 * Starts the build's browser now (so Chromium starts while the workbooks are still being read), or wraps `given`,
 * which is left open. A launched browser is closed by `close()`, or as soon as `signal` aborts.
 */
export function startBuildBrowser(given: Browser | undefined, signal: AbortSignal | undefined): BuildBrowser {
  if (given) return { browser: Promise.resolve(given), close: async () => undefined };
  const browser = Promise.resolve().then(() => {
    signal?.throwIfAborted();
    return launch(signal);
  });
  browser.catch(() => undefined); // awaited (and its failure reported) by whoever uses it
  const closeNow = () => void browser.then((b) => b.close()).catch(() => undefined);
  signal?.addEventListener('abort', closeNow, { once: true });
  return {
    browser,
    close: async () => {
      signal?.removeEventListener('abort', closeNow);
      await browser.then((b) => b.close()).catch(() => undefined);
    },
  };
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
