#!/usr/bin/env node
/**
 * Makes a fresh clone runnable: installs npm dependencies when they are missing or older than the lock file, and
 * finds (or installs) a Chromium that Puppeteer can drive. Runs before `npm run build-report` and `npm test`
 * (npm `pre` scripts). Dependency-free on purpose: it runs before `node_modules` exists.
 * When everything is already there it only looks at a few files and returns in well under a second.
 *
 * It also compiles the pipeline ahead of time (esbuild, into node_modules/.cache/lkj/) when a source file is newer
 * than the last compile: `npm run build-report` then starts plain Node on one bundle instead of compiling ~150
 * TypeScript files at every start (measured on the sample: `--check` 1,2 s → 0,6 s).
 *
 * The browser is looked up by the print stage's own module (pipeline/print/find-browser.mjs, so setup and printing
 * never disagree): PUPPETEER_EXECUTABLE_PATH, an installed Chrome/Chromium/Edge, Puppeteer's cache. If none is found,
 * `apt-get install -y chromium-headless-shell` (else `chromium`) on Debian/Ubuntu as root, else Puppeteer's chrome-headless-shell is downloaded into
 * Puppeteer's cache with `@puppeteer/browsers` (Windows, macOS, other Linux).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npmCommand } from './npm-command.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const say = (msg) => console.error(`lkj: ${msg}`);

const LOCK = join(root, 'package-lock.json');
/** The lock file's hash when node_modules was last installed: a node_modules restored by a CI cache is current
 * although the checkout gave package-lock.json a newer modification time. */
const LOCK_STAMP = join(root, 'node_modules', '.lkj-lock-hash');
const lockHash = () => createHash('sha256').update(readFileSync(LOCK)).digest('hex');

function dependenciesCurrent() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return false;
  if (existsSync(LOCK_STAMP) && readFileSync(LOCK_STAMP, 'utf8') === lockHash()) return true;
  return statSync(marker).mtimeMs >= statSync(LOCK).mtimeMs;
}

/**
 * Standard streams of the programs this script starts (npm, apt-get): their output goes to stderr, like this
 * script's own messages. stdout belongs to the command npm runs after this `pre` script: on a fresh clone,
 * `npm run build-report -- --json` printed npm ci's "added 422 packages" before its JSON.
 */
const CHILD_STDIO = ['ignore', 2, 'inherit'];

function runNpm(args) {
  const { command, args: full, shell } = npmCommand(args);
  const r = spawnSync(command, full, { cwd: root, stdio: CHILD_STDIO, shell });
  return r.status === 0;
}

function ensureDependencies() {
  if (dependenciesCurrent()) return;
  say('memasang dependensi (npm ci)…');
  if (!runNpm(['ci', '--no-audit', '--no-fund', '--loglevel=warn'])) {
    say('npm ci gagal. Periksa koneksi ke registry npm, lalu jalankan ulang perintah ini.');
    process.exit(1);
  }
  writeFileSync(LOCK_STAMP, lockHash());
}

/**
 * The fixes in patches/ (exceljs: notes written by openpyxl, exceljs#2797; sorted validation ranges) are applied by
 * the `postinstall` script on every `npm ci`/`npm install`. Here they are applied when an install skipped scripts
 * (`--ignore-scripts`: the marker they put in exceljs is missing), and exceljs is installed afresh when the patch
 * changed since it was applied (a merge brought a new patch: applying it over the old one would fail).
 */
const PATCHES = join(root, 'patches');
const PATCH_STAMP = join(root, 'node_modules', '.lkj-patch-hash');

function patchHash() {
  const hash = createHash('sha256');
  for (const f of readdirSync(PATCHES).sort()) hash.update(f).update(readFileSync(join(PATCHES, f)));
  return hash.digest('hex');
}

function ensurePatched() {
  const patched = join(root, 'node_modules', 'exceljs', 'lib', 'xlsx', 'xlsx.js');
  if (!existsSync(patched) || !existsSync(PATCHES)) return;
  const current = patchHash();
  if (existsSync(PATCH_STAMP) && readFileSync(PATCH_STAMP, 'utf8') === current) return;
  const applied = readFileSync(patched, 'utf8').includes('lkj patch');
  const newestPatch = Math.max(...readdirSync(PATCHES).map((f) => statSync(join(PATCHES, f)).mtimeMs));
  if (!applied) {
    say('menerapkan perbaikan exceljs (patch-package)…');
    if (!runNpm(['exec', '--no', '--', 'patch-package']))
      fail('patch-package gagal. Jalankan "npm ci" lagi, lalu ulangi perintah ini.');
  } else if (statSync(patched).mtimeMs < newestPatch) {
    say('perbaikan exceljs berubah; memasang ulang dependensi (npm ci)…');
    if (!runNpm(['ci', '--no-audit', '--no-fund', '--loglevel=warn']))
      fail('npm ci gagal. Periksa koneksi ke registry npm, lalu jalankan ulang perintah ini.');
  }
  writeFileSync(PATCH_STAMP, current);
}

function fail(message) {
  say(message);
  process.exit(1);
}

/** Where the compiled pipeline goes; `npm run build-report` runs `cli.js` from here. */
const BUILD_DIR = join(root, 'node_modules', '.cache', 'lkj');
const BUILD_STAMP = join(BUILD_DIR, '.stamp');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|mjs)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * `@puppeteer/browsers` (which Puppeteer launches Chromium with, and find-browser.mjs reads its cache with) imports
 * `proxy-agent` for downloading browsers, and with it PAC scripts, a JavaScript engine in WebAssembly, FTP and
 * SOCKS: 1,7 of the 1,9 MB of its chunk, compiled on every PDF build (≈ 45 ms CPU measured). The bundled programs
 * never download a browser (this script does, from node_modules), so in the bundle it is a stub that says so.
 */
const withoutDownloadProxies = {
  name: 'lkj-without-download-proxies',
  setup(build) {
    build.onResolve({ filter: /^proxy-agent$/ }, () => ({ path: 'proxy-agent', namespace: 'lkj-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'lkj-stub' }, () => ({
      contents:
        'export class ProxyAgent { constructor() { throw new Error("lkj: browsers are downloaded by scripts/setup.mjs, not by the bundled program"); } }',
      loader: 'js',
    }));
  },
};

async function ensureCompiled() {
  const built = existsSync(BUILD_STAMP) ? statSync(BUILD_STAMP).mtimeMs : 0;
  const sources = Math.max(
    newestSource(join(root, 'pipeline')),
    newestSource(join(root, 'schemas')),
    newestSource(join(root, 'scripts')),
    statSync(LOCK).mtimeMs,
  );
  if (built >= sources) return;
  const { build } = await import('esbuild');
  rmSync(BUILD_DIR, { recursive: true, force: true });
  await build({
    // The worker thread that reads and checks workbooks in parallel is an entry of its own (check-workbooks.ts).
    entryPoints: {
      cli: join(root, 'pipeline', 'cli.ts'),
      // `npm run package` / `npm run cek-paket` (SOP steps 8–9).
      package: join(root, 'pipeline', 'deliver', 'package', 'cli.ts'),
      // `npm run templates` and `npm run mulai` (SOP steps 1–2): plain Node on the bundle, no TypeScript compiled at start.
      templates: join(root, 'pipeline', 'prepare', 'division-template', 'cli.ts'),
      mulai: join(root, 'pipeline', 'prepare', 'start-year', 'cli.ts'),
      'check-workbook-worker': join(root, 'pipeline', 'check', 'check-workbook-worker.ts'),
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Every dependency is bundled (ECharts alone is hundreds of ESM files): Node then compiles a few large files
    // instead of resolving and reading thousands of small ones. Measured on the sample (CPU-s, median of 5):
    // exceljs bundled into the worker's chunk −0,15 per run (it carries patches/exceljs+4.4.0.patch, applied in
    // node_modules before this compile: the chunk holds its `lkj patch` marker); Puppeteer bundled −0,1 to −0,2 per
    // PDF build. The print stage imports `puppeteer-core`, not `puppeteer`, whose import searches the folders for a
    // configuration file and cannot load one from a bundle. esbuild stays external (a native binary); the
    // `require` banner below serves the bundled CommonJS packages' `require('node:…')` calls.
    external: ['esbuild'],
    plugins: [withoutDownloadProxies],
    banner: {
      js: "import { createRequire as __lkjRequire } from 'node:module'; const require = __lkjRequire(import.meta.url);",
    },
    outdir: BUILD_DIR,
    logLevel: 'warning',
  });
  writeFileSync(BUILD_STAMP, new Date().toISOString());
}

function hasCommand(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Debian/Ubuntu as root: the distribution's headless Chromium (`chromium-headless-shell`: smaller, and cheaper per
 * build than the full browser), or its full `chromium` where the distribution has no such package; apt also brings
 * their libraries. True when it worked.
 */
function installWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform !== 'linux' || !isRoot || !hasCommand('apt-get')) return false;
  say('Chromium belum terpasang; memasang paket Debian "chromium-headless-shell" (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok = (args) => spawnSync('apt-get', args, { stdio: CHILD_STDIO, env }).status === 0;
  const install = (pkg) => ok(['install', '-y', '-qq', pkg]);
  if (ok(['update', '-qq']) && (install('chromium-headless-shell') || install('chromium'))) return true;
  say('apt-get gagal; mencoba mengunduh browser Puppeteer…');
  return false;
}

/** Puppeteer's own headless Chrome, the build this Puppeteer version was tested with, into Puppeteer's cache. */
async function downloadBrowser(puppeteerCacheDir) {
  const { install, Browser, detectBrowserPlatform } = await import('@puppeteer/browsers');
  const { PUPPETEER_REVISIONS } = await import('puppeteer-core/internal/revisions.js');
  const cacheDir = puppeteerCacheDir(process.platform);
  say(`Chrome/Chromium/Edge belum terpasang; mengunduh Chrome untuk Puppeteer ke ${cacheDir}…`);
  const browser = Browser.CHROMEHEADLESSSHELL;
  await install({ browser, buildId: PUPPETEER_REVISIONS[browser], cacheDir, platform: detectBrowserPlatform() });
}

async function ensureBrowser() {
  // Imported only now: on a fresh clone `@puppeteer/browsers` exists once `npm ci` has run.
  const { findBrowser, puppeteerCacheDir } = await import('../pipeline/print/find-browser.mjs');
  if (findBrowser()) return;
  if (!installWithApt()) {
    try {
      await downloadBrowser(puppeteerCacheDir);
    } catch (e) {
      say(`Tidak dapat mengunduh browser (${e.message}).`);
    }
  }
  if (!findBrowser()) {
    say(
      'Browser tidak ditemukan. Pasang Google Chrome atau Chromium, atau atur PUPPETEER_EXECUTABLE_PATH ke lokasinya.',
    );
    process.exit(1);
  }
}

/** Node older than 20 cannot run the pipeline; say so before npm fails in a way nobody can read. */
function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 20) return;
  say(
    `Node.js ${process.versions.node} terlalu lama. Pasang Node.js LTS terbaru (versi 24) dari https://nodejs.org, lalu ulangi.`,
  );
  process.exit(1);
}

checkNode();
// `--compile-only`: the unit tests' global setup (test/helpers/compile-bundle.ts), which needs the bundle and no browser.
if (process.argv.includes('--compile-only')) {
  await ensureCompiled();
} else {
  ensureDependencies();
  ensurePatched();
  await ensureCompiled();
  await ensureBrowser();
}
