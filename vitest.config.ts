import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Tests that start Chromium or the CLI; everything else runs in `unit` (`npm run test:unit`, no browser). */
const BROWSER = ['test/e2e/**/*.test.ts', 'test/render/print-pdf.test.ts'];

export default defineConfig({
  test: {
    // Vitest keeps the TypeScript it transformed in node_modules/.experimental-vitest-cache/, keyed by each file's
    // content and the Vite configuration, and a later run reuses it (on by default from Vitest 5; this project has no
    // Vite plugins whose options the key could miss). Measured 7 Dec: vitest's main process 4,8–5,2 → 1,8–2,7 CPU-s
    // for `vitest run`, the unit project alone 2,7–3,0 → 1,1–1,5.
    experimental: { fsModuleCache: true },
    // One test file more than there are cores (Vitest's default keeps one core free): the end-to-end files spend much
    // of their time waiting on Chromium, child processes and watch mode's quiet periods, and a third file fills those
    // waits on a 2-core machine (measured 7 Dec, `npm test` on 2 cores: 77,6 and 79,7 s with three, 81,3 and 83,3 s
    // with two, runs alternated).
    maxWorkers: availableParallelism() + 1,
    projects: [
      // Some read real workbooks of a million rows or start worker threads: seconds each on a busy machine.
      // Without isolation: the unit files share one module graph per worker (exceljs, zod, the pipeline are imported
      // once, not once per file), which halves the project's time. Tests keep no state in modules they share.
      {
        test: {
          name: 'unit',
          // A test that asserts nothing fails (it cannot fail otherwise); the same in `e2e`.
          expect: { requireAssertions: true },
          include: ['test/**/*.test.ts'],
          exclude: BROWSER,
          // The worker pool's tests start the shipped, compiled worker: compiled here when a source is newer.
          globalSetup: ['test/helpers/compile-bundle.ts'],
          testTimeout: 60_000,
          isolate: false,
          // After the e2e files (a group of its own), in one worker per core instead of one more: these files only
          // compute, and each worker imports their module graph again. Measured 7 Dec, alternated: the unit project
          // alone 23–24 → 20 CPU-s (12,1–12,7 → 11,4–11,6 s); `npm test` 75,9 · 80,5 · 80,2 → 68,2 · 70,8 · 78,1 s
          // (148–158 → 132–151 CPU-s); in the last pair six test worker processes → five, 44,3 → 40,9 CPU-s.
          maxWorkers: availableParallelism(),
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          expect: { requireAssertions: true },
          include: BROWSER,
          // Compiles the shipped bundle when stale and builds the sample once for the tests that only read it.
          globalSetup: ['test/helpers/global-setup.ts'],
          // End-to-end tests start Chromium and print real PDFs.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Without isolation too: a fresh process per file re-imported pdf.js, exceljs, Puppeteer and the pipeline
          // (≈ 16 of 130 CPU-s of this project, measured), and the files that read the shared sample parse its PDF once
          // per process (test/helpers/read-pdf.ts). Each file keeps its state in its own module and closes what it
          // starts (browsers, CLI processes, timers); the helpers it shares (test/helpers, test/e2e/*-helpers.ts) keep none.
          isolate: false,
        },
      },
    ],
  },
});
