/**
 * The one way lkj starts Chromium (builds, watch mode, tests, benchmark), so every launch behaves the same:
 * - the pipe transport (`pipe: true`): Puppeteer talks to Chromium over two pipes instead of a DevTools port, so no
 *   port is opened, and when Node dies in any way (SIGKILL, out-of-memory kill, closed terminal) the pipes close and
 *   Chromium exits by itself (checked with Debian's /usr/bin/chromium: nothing left 5 s after `kill -9`);
 * - Puppeteer's own signal handlers off: they call `process.exit` at once and would skip the build's cleanup; the CLI
 *   handles Ctrl-C / SIGTERM by aborting the build, which closes the browser;
 * - a profile folder of our own (`browser-profile.ts`), removed when Chromium exits; profiles that killed runs left
 *   behind are removed at the next launch.
 */
import { once } from 'node:events';
// puppeteer-core (installed with puppeteer, the same classes): `puppeteer` itself searches the folders for a
// configuration file (cosmiconfig) at every import, which only its install step needs (`.puppeteerrc.cjs`); the
// browser is always given by path here. Bundled by esbuild with the rest (scripts/setup.mjs).
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer';
import { UserError } from '../diagnostic.ts';
import { findBrowser } from './find-browser.mjs';
import { newProfileDir, removeProfileDir, sweepStaleProfiles } from './browser-profile.ts';

/**
 * Flags for printing in containers and CI: no sandbox (AppArmor on Ubuntu 24.04 blocks it, anchors B.8.7),
 * no GPU, no /dev/shm (64 MB in Docker, B.8.5), and nothing that reaches the network by itself.
 */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Glyph positions without hinting, which is what Chrome's new headless mode uses by itself: with it,
  // chrome-headless-shell prints the same lines and pages as Chrome or Chromium (measured on the sample with Debian's
  // chromium and chromium-headless-shell 150: byte-identical PDFs; without it, the shell set lines narrower and broke
  // paragraphs elsewhere). So the report does not depend on which of them find-browser.mjs found.
  '--font-render-hinting=none',
];

/** The browser executable (find-browser.mjs: the environment variable, an installed Chrome/Chromium/Edge, Puppeteer's cache), or null. */
export const findBrowserExecutable = (env: NodeJS.ProcessEnv = process.env): string | null => findBrowser(env);

/** A headless browser; `signal` cancels the launch. Throws an Indonesian message saying how to get one when none is installed. */
export async function launchBrowser(opts: { signal?: AbortSignal | undefined } = {}): Promise<Browser> {
  const executablePath = findBrowserExecutable();
  if (!executablePath) {
    throw new UserError(
      'Peramban Chromium/Chrome tidak ditemukan. Jalankan `npm run build-report` (yang memasang Chromium ' +
        'lebih dulu), atau tetapkan variabel lingkungan PUPPETEER_EXECUTABLE_PATH ke berkas peramban yang ada.',
    );
  }
  opts.signal?.throwIfAborted();
  sweepStaleProfiles();
  const profile = newProfileDir();
  try {
    const launching = puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: BROWSER_ARGS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const browser = await (opts.signal ? settleOnAbort(launching, opts.signal) : launching);
    const chromium = browser.process();
    // Removed synchronously as Chromium exits, so it is gone by the time `browser.close()` resolves.
    if (chromium && chromium.exitCode === null && chromium.signalCode === null)
      chromium.once('exit', () => removeProfileDir(profile));
    else removeProfileDir(profile);
    return browser;
  } catch (cause) {
    removeProfileDir(profile);
    opts.signal?.throwIfAborted();
    throw new Error(`Gagal menjalankan peramban ${executablePath}: ${(cause as Error).message}`, { cause });
  }
}

/**
 * `launching`, or a rejection with the abort's reason as soon as `signal` aborts; a browser that still comes is killed.
 * Puppeteer kills Chromium when the launch's signal aborts, but its promise does not always settle then: aborted while
 * the new connection waits for Chromium's first targets, it stays pending, nothing is left to keep Node's event loop
 * alive, and a build stopped in its first second ended with Node's exit code 13 ("unsettled top-level await") and no
 * message (SIGTERM, puppeteer-core 24.43.1: 7 of 18 builds with the machine under load, 7 Dec 2026).
 */
export function settleOnAbort(launching: Promise<Browser>, signal: AbortSignal): Promise<Browser> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    launching.then(
      (browser) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) void killBrowser(browser).catch(() => undefined);
        resolve(browser);
      },
      (cause: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(cause);
      },
    );
  });
}

/** Ends Chromium at once (SIGKILL; its profile folder is removed as it exits) and drops Puppeteer's connection. */
export async function killBrowser(browser: Browser): Promise<void> {
  const chromium = browser.process();
  if (chromium && chromium.exitCode === null && chromium.signalCode === null) {
    const exited = once(chromium, 'exit');
    chromium.kill('SIGKILL');
    await exited;
  }
  await browser.disconnect().catch(() => undefined);
}

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
  const browser = Promise.resolve().then(() => launchBrowser({ signal }));
  browser.catch(() => undefined); // awaited (and its failure reported) by whoever uses it
  // Cancelled: no graceful shutdown (it takes a second or more on a busy machine); Chromium is killed at once.
  const closeNow = () => void browser.then(killBrowser).catch(() => undefined);
  signal?.addEventListener('abort', closeNow, { once: true });
  return {
    browser,
    close: async () => {
      signal?.removeEventListener('abort', closeNow);
      await browser.then((b) => (signal?.aborted ? killBrowser(b) : b.close())).catch(() => undefined);
    },
  };
}
