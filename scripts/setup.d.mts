/** Types of the dependency-free setup script, for the TypeScript modules that share its browser lookup. */

/** Paths where a system Chrome or Chromium usually lives, in the order they are tried. */
export declare const SYSTEM_BROWSERS: readonly string[];

/** The browser to drive: PUPPETEER_EXECUTABLE_PATH, a system browser, Puppeteer's cache; or null. */
export declare function findBrowser(env?: NodeJS.ProcessEnv): string | null;
