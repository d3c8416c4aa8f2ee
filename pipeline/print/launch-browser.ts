/** Starts the one headless Chromium a build (or a test file) prints with. */
import { findBrowser } from './find-browser.mjs';
import puppeteer, { type Browser } from 'puppeteer';

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
];

/** The browser executable (find-browser.mjs: the environment variable, an installed Chrome/Chromium/Edge, Puppeteer's cache), or null. */
export const findBrowserExecutable = (env: NodeJS.ProcessEnv = process.env): string | null => findBrowser(env);

/** A headless browser; throws an Indonesian message saying how to get one when none is installed. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowserExecutable();
  if (!executablePath) {
    throw new Error(
      'Peramban Chromium/Chrome tidak ditemukan. Jalankan `npm run build-report` (yang memasang Chromium ' +
        'lebih dulu), atau tetapkan variabel lingkungan PUPPETEER_EXECUTABLE_PATH ke berkas peramban yang ada.',
    );
  }
  try {
    return await puppeteer.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  } catch (cause) {
    throw new Error(`Gagal menjalankan peramban ${executablePath}: ${(cause as Error).message}`, { cause });
  }
}
