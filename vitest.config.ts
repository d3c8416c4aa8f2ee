import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start Chromium and print real PDFs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
