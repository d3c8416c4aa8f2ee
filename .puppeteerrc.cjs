/**
 * Puppeteer configuration.
 * The browser download during `npm ci` is skipped: it fails on machines without general internet access and
 * would make the whole install fail. `scripts/setup.mjs` finds a browser instead (pipeline/print/find-browser.mjs:
 * PUPPETEER_EXECUTABLE_PATH, an installed Chrome/Chromium/Edge, Puppeteer's cache) and only then installs one (apt,
 * or Puppeteer's chrome-headless-shell through @puppeteer/browsers).
 */
module.exports = { skipDownload: true };
