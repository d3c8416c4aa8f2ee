/** Types of the plain-JavaScript browser lookup (find-browser.mjs), shared by the print stage and the setup script. */

/** Paths where an installed Chrome, Chromium or Edge usually lives on `platform`, in the order they are tried. */
export declare function systemBrowserPaths(platform: NodeJS.Platform, env?: NodeJS.ProcessEnv, home?: string): string[];

/** Puppeteer's download folder: PUPPETEER_CACHE_DIR, else `<home>/.cache/puppeteer` on every platform. */
export declare function puppeteerCacheDir(platform: NodeJS.Platform, env?: NodeJS.ProcessEnv, home?: string): string;

/** A browser Puppeteer downloaded for this machine's platform (newest build first), or null. */
export declare function cachedBrowser(cacheDir: string, exists?: (p: string) => boolean): string | null;

/** The browser to drive: PUPPETEER_EXECUTABLE_PATH, an installed Chrome/Chromium/Edge, Puppeteer's cache; or null. */
export declare function findBrowser(
  env?: NodeJS.ProcessEnv,
  platform?: NodeJS.Platform,
  exists?: (p: string) => boolean,
): string | null;
