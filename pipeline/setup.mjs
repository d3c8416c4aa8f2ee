#!/usr/bin/env node
/**
 * Makes a fresh clone runnable: installs npm dependencies when they are missing or older than the lock file, and
 * finds (or installs) a Chromium that Puppeteer can drive. Runs before `npm run build-report` and `npm test`
 * (npm `pre` scripts). Dependency-free on purpose: it runs before `node_modules` exists.
 * When everything is already there it only looks at a few files and returns in well under a second.
 *
 * Browser lookup order: PUPPETEER_EXECUTABLE_PATH, an installed Chrome/Chromium, Puppeteer's own cache; if none,
 * `apt-get install -y chromium` on Debian/Ubuntu as root, else Puppeteer's browser download.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const say = (msg) => console.error(`lkj: ${msg}`);

/** Paths where a system Chrome or Chromium usually lives. */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function dependenciesCurrent() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  return existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  return r.status === 0;
}

function ensureDependencies() {
  if (dependenciesCurrent()) return;
  say('memasang dependensi (npm ci)…');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) {
    say('npm ci gagal. Periksa koneksi ke registry npm, lalu jalankan ulang perintah ini.');
    process.exit(1);
  }
}

function puppeteerCacheBrowser() {
  const base = process.env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer');
  for (const product of ['chrome', 'chrome-headless-shell']) {
    const dir = join(base, product);
    if (!existsSync(dir)) continue;
    for (const version of readdirSync(dir)) {
      for (const sub of ['chrome-linux64/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell']) {
        const p = join(dir, version, sub);
        if (existsSync(p)) return p;
      }
    }
  }
  return null;
}

/** The browser Puppeteer should use, or null when none is installed. */
export function findBrowser() {
  const env = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (env && existsSync(env)) return env;
  return SYSTEM_BROWSERS.find((p) => existsSync(p)) ?? puppeteerCacheBrowser();
}

function hasCommand(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function installBrowser() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && hasCommand('apt-get')) {
    say('Chromium belum terpasang; memasang paket Debian "chromium" (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const ok = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status === 0;
    if (ok(['update', '-qq']) && ok(['install', '-y', '-qq', 'chromium'])) return;
    say('apt-get gagal; mencoba unduhan browser Puppeteer…');
  } else {
    say('Chromium belum terpasang; mengunduh browser Puppeteer…');
  }
  if (!run('npx', ['--yes', 'puppeteer', 'browsers', 'install', 'chrome'])) {
    say('Tidak dapat memasang browser. Pasang Chrome/Chromium, atau atur PUPPETEER_EXECUTABLE_PATH ke lokasinya.');
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureDependencies();
  if (!findBrowser()) installBrowser();
  if (!findBrowser()) {
    say('Browser tidak ditemukan setelah pemasangan. Atur PUPPETEER_EXECUTABLE_PATH ke Chrome/Chromium.');
    process.exit(1);
  }
}
