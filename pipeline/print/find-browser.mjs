/**
 * Where the browser is: the one lookup of the project, used by the print stage and by the setup script
 * (scripts/setup.mjs calls this module, not the other way round). Plain JavaScript with a `.d.mts` beside it,
 * because the setup script runs it with plain Node before anything is compiled.
 *
 * Order: PUPPETEER_EXECUTABLE_PATH as given; an installed Chrome, Chromium or Edge (Edge ships with every Windows 10/11
 * and is a Chromium that Puppeteer drives); then Puppeteer's own cache, read with `@puppeteer/browsers`, which knows
 * each platform's folder layout (chrome-win64/chrome.exe, chrome-mac-arm64/…, chrome-linux64/chrome).
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { Browser, Cache, detectBrowserPlatform } from '@puppeteer/browsers';

/** Looks a variable up the way Windows does (names are case-insensitive there), so a plain object works in tests. */
function envValue(env, name) {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : env[key];
}

const WINDOWS_PROGRAMS = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Chromium', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
];

const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

const LINUX_PATHS = [
  // Debian's package of Chromium's headless-only build: what setup installs with apt. It prints the same PDF as the
  // full browser (launch-browser.ts pins the font hinting) and costs less: measured on the sample, ≈ 1 CPU-s less per
  // build (launch 0,16 instead of 0,5 CPU-s, each print ≈ 15 % cheaper). The binary itself, not /usr/bin's script: that
  // script starts it without `exec`, so Puppeteer would hold (and kill) the shell while the browser lives on.
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
];

/** Paths where an installed Chrome, Chromium or Edge usually lives on `platform`, in the order they are tried. */
export function systemBrowserPaths(platform, env = process.env, home = homedir()) {
  if (platform === 'win32') {
    const prefixes = ['PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA']
      .map((name) => envValue(env, name))
      .concat(['C:\\Program Files', 'C:\\Program Files (x86)', path.win32.join(home, 'AppData', 'Local')]);
    const unique = [...new Set(prefixes.filter(Boolean))];
    return WINDOWS_PROGRAMS.flatMap((parts) => unique.map((prefix) => path.win32.join(prefix, ...parts)));
  }
  if (platform === 'darwin') {
    return ['/Applications', path.posix.join(home, 'Applications')].flatMap((dir) =>
      MAC_APPS.map((app) => path.posix.join(dir, app)),
    );
  }
  return LINUX_PATHS;
}

/** Puppeteer's download folder: PUPPETEER_CACHE_DIR, else `<home>/.cache/puppeteer` on every platform. */
export function puppeteerCacheDir(platform, env = process.env, home = homedir()) {
  const set = envValue(env, 'PUPPETEER_CACHE_DIR');
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return set || join(home, '.cache', 'puppeteer');
}

/** A browser Puppeteer downloaded for this machine's platform (newest build first), or null. */
export function cachedBrowser(cacheDir, exists = existsSync) {
  const platform = detectBrowserPlatform();
  if (!platform || !exists(cacheDir)) return null;
  const wanted = [Browser.CHROMEHEADLESSSHELL, Browser.CHROME];
  const installed = new Cache(cacheDir)
    .getInstalledBrowsers()
    .filter((b) => b.platform === platform && wanted.includes(b.browser))
    .sort(
      (a, b) =>
        wanted.indexOf(a.browser) - wanted.indexOf(b.browser) ||
        b.buildId.localeCompare(a.buildId, 'en', { numeric: true }),
    );
  return installed.map((b) => b.executablePath).find((p) => exists(p)) ?? null;
}

/**
 * The browser Puppeteer should use, or null when none is installed.
 * PUPPETEER_EXECUTABLE_PATH is taken as given: whoever sets it chose that browser.
 */
export function findBrowser(env = process.env, platform = process.platform, exists = existsSync) {
  const chosen = envValue(env, 'PUPPETEER_EXECUTABLE_PATH');
  if (chosen) return chosen;
  const home = envValue(env, platform === 'win32' ? 'USERPROFILE' : 'HOME') || homedir();
  return (
    systemBrowserPaths(platform, env, home).find((p) => exists(p)) ??
    cachedBrowser(puppeteerCacheDir(platform, env, home), exists)
  );
}
