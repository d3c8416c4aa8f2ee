import { defineConfig } from 'vitest/config';

/** Tests that start Chromium or the CLI; everything else runs in `unit` (`npm run test:unit`, no browser). */
const BROWSER = ['test/e2e/**/*.test.ts', 'test/render/print-pdf.test.ts'];

export default defineConfig({
  test: {
    projects: [
      // Some read real workbooks of a million rows or start worker threads: seconds each on a busy machine.
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: BROWSER, testTimeout: 60_000 } },
      {
        test: {
          name: 'e2e',
          include: BROWSER,
          // Compiles the shipped bundle when stale and builds the sample once for the tests that only read it.
          globalSetup: ['test/helpers/global-setup.ts'],
          // End-to-end tests start Chromium and print real PDFs.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
