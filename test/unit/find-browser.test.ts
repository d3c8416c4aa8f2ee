import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cachedBrowser,
  findBrowser,
  puppeteerCacheDir,
  systemBrowserPaths,
} from '../../pipeline/print/find-browser.mjs';
import { npmCommand } from '../../scripts/npm-command.mjs';

const WIN_ENV = {
  ProgramFiles: 'C:\\Program Files',
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  LocalAppData: 'C:\\Users\\Siti Aminah\\AppData\\Local',
  USERPROFILE: 'C:\\Users\\Siti Aminah',
};

describe('browser lookup on Windows (path.win32)', () => {
  it('tries Chrome, Chromium and Edge under Program Files and the user folder, with backslashes and spaces', () => {
    const paths = systemBrowserPaths('win32', WIN_ENV, 'C:\\Users\\Siti Aminah');
    expect(paths[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\Users\\Siti Aminah\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(paths.every((p) => !p.includes('/'))).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
  });
  it('finds Edge when it is the only browser, reading variables whatever their case', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser(WIN_ENV, 'win32', (p) => p === edge)).toBe(edge);
    expect(
      findBrowser(
        { PROGRAMFILES: 'D:\\Apps' },
        'win32',
        (p) => p === 'D:\\Apps\\Google\\Chrome\\Application\\chrome.exe',
      ),
    ).toBe('D:\\Apps\\Google\\Chrome\\Application\\chrome.exe');
  });
  it("uses Puppeteer's cache under the user's profile", () => {
    expect(puppeteerCacheDir('win32', WIN_ENV, 'C:\\Users\\Siti Aminah')).toBe(
      'C:\\Users\\Siti Aminah\\.cache\\puppeteer',
    );
    expect(puppeteerCacheDir('win32', { puppeteer_cache_dir: 'E:\\cache' }, 'C:\\Users\\x')).toBe('E:\\cache');
  });
  it('takes PUPPETEER_EXECUTABLE_PATH as given, spaces and all', () => {
    const chosen = 'C:\\Program Files\\Google\\Chrome Beta\\Application\\chrome.exe';
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: chosen }, 'win32', () => false)).toBe(chosen);
  });
  it('answers null when nothing exists', () => {
    expect(findBrowser({ ...WIN_ENV, PUPPETEER_CACHE_DIR: 'Z:\\nothing' }, 'win32', () => false)).toBeNull();
  });
});

describe('browser lookup on macOS and Linux', () => {
  it('looks in /Applications and ~/Applications on macOS', () => {
    const paths = systemBrowserPaths('darwin', {}, '/Users/siti');
    expect(paths[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(paths).toContain('/Users/siti/Applications/Chromium.app/Contents/MacOS/Chromium');
  });
  it('looks at the distribution paths on Linux, the headless shell (what setup installs) before the full browser', () => {
    const paths = systemBrowserPaths('linux');
    // Debian's binary before its /usr/bin script, which starts it without exec (Puppeteer would hold the shell).
    expect(paths.slice(0, 2)).toEqual([
      '/usr/lib/chromium/chromium-headless-shell',
      '/usr/bin/chromium-headless-shell',
    ]);
    expect(paths).toContain('/usr/bin/chromium');
    const both = (p: string) => p === '/usr/bin/chromium' || p.endsWith('/chromium-headless-shell');
    expect(findBrowser({ HOME: '/home/siti' }, 'linux', both)).toBe('/usr/lib/chromium/chromium-headless-shell');
    expect(findBrowser({ HOME: '/home/siti' }, 'linux', (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });
});

describe("Puppeteer's cache (@puppeteer/browsers layout)", () => {
  it("finds a downloaded headless Chrome for this machine's platform", () => {
    const cache = mkdtempSync(join(tmpdir(), 'lkj cache '));
    const exe = join(
      cache,
      'chrome-headless-shell',
      'linux-148.0.7778.97',
      'chrome-headless-shell-linux64',
      'chrome-headless-shell',
    );
    try {
      mkdirSync(join(exe, '..'), { recursive: true });
      writeFileSync(exe, '');
      expect(cachedBrowser(cache)).toBe(process.platform === 'linux' && process.arch === 'x64' ? exe : null);
      expect(cachedBrowser(join(cache, 'missing'))).toBeNull();
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('starting npm', () => {
  it('runs npm-cli.js with the current Node when npm started us (no shell, paths with spaces pass unchanged)', () => {
    const env = { npm_execpath: 'C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npm-cli.js' };
    expect(npmCommand(['ci'], 'win32', env, 'C:\\Program Files\\nodejs\\node.exe')).toEqual({
      command: 'C:\\Program Files\\nodejs\\node.exe',
      args: ['C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npm-cli.js', 'ci'],
      shell: false,
    });
  });
  it('otherwise starts npm.cmd through the shell on Windows and npm elsewhere', () => {
    expect(npmCommand(['ci'], 'win32', {})).toEqual({ command: 'npm.cmd', args: ['ci'], shell: true });
    expect(npmCommand(['ci'], 'linux', {})).toEqual({ command: 'npm', args: ['ci'], shell: false });
  });
});
