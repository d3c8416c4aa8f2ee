/**
 * Puppeteer configuration.
 * The browser download during `npm ci` is skipped: it fails on machines without general internet access and
 * would make the whole install fail. `pipeline/setup.mjs` finds a browser instead (PUPPETEER_EXECUTABLE_PATH,
 * an installed Chrome/Chromium, Puppeteer's cache) and only then installs one (apt, or Puppeteer's download).
 */
module.exports = { skipDownload: true };
