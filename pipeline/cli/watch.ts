/**
 * Watch mode (`npm run build-report -- --watch`): one warm Chromium for the whole session, a rebuild whenever a file
 * in the inputs folder or in `templates/` changes (debounced), and the last good report kept when a save is broken
 * (the build writes nothing unless it succeeds). Reports each build through `onBuild`; never touches the console.
 */
import { resolve } from 'node:path';
import type { BuildOptions, BuildResult } from '../build-report.ts';
import { watchFolders, type WatchRoot } from './watch-folders.ts';

/** What changed and how long from that change to the finished build. */
export interface WatchedBuild {
  result: BuildResult | null;
  error: unknown;
  /** `awal` for the first build, else the changed path (`inputs/x.xlsx`). */
  trigger: string;
  /** Milliseconds from the (last) change event to the end of the build, debounce included. */
  ms: number;
}

/** Options of `watchBuilds`. */
export interface WatchOptions extends Pick<BuildOptions, 'inputsDir' | 'outputDir' | 'checkOnly' | 'sourceDateEpoch'> {
  templatesDir: string;
  signal: AbortSignal;
  onBuild: (b: WatchedBuild) => void;
  /** Quiet time after the last change before rebuilding (editors save in several writes). */
  debounceMs?: number;
}

/** Builds once, then again after every change, until `signal` aborts; closes Chromium and the watchers at the end. */
export async function watchBuilds(opts: WatchOptions): Promise<void> {
  const [{ buildReport, ownPool }, { startBuildBrowser }, { reloadTemplates }, { newWorkbookCache }] =
    await Promise.all([
      import('../build-report.ts'),
      import('../print/launch-browser.ts'),
      import('../render/render-report.ts'),
      import('../check/check-workbooks.ts'),
    ]);
  const cache = newWorkbookCache();
  // One set of workbook workers for the session: a rebuild does not load exceljs again.
  const pool = ownPool();
  const started = opts.checkOnly ? null : startBuildBrowser(undefined, opts.signal);
  const browser = started ? await started.browser : undefined;
  let pending: { trigger: string; at: number } | null = { trigger: 'awal', at: performance.now() };
  let templatesChanged = false;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    if (running) return;
    running = true;
    while (pending && !opts.signal.aborted) {
      const { trigger, at } = pending;
      pending = null;
      if (templatesChanged) await reloadTemplates();
      templatesChanged = false;
      const build = {
        inputsDir: opts.inputsDir,
        outputDir: opts.outputDir,
        signal: opts.signal,
        checkOnly: opts.checkOnly ?? false,
        cache,
        sourceDateEpoch: opts.sourceDateEpoch ?? null,
        ...(pool ? { pool } : {}),
      };
      try {
        const result = await buildReport(browser ? { ...build, browser } : build);
        opts.onBuild({ result, error: null, trigger, ms: performance.now() - at });
      } catch (error) {
        if (!opts.signal.aborted) opts.onBuild({ result: null, error, trigger, ms: performance.now() - at });
      }
    }
    running = false;
  };
  const onChange = (root: WatchRoot, rel: string) => {
    pending = { trigger: `${root.label}/${rel}`, at: performance.now() };
    templatesChanged ||= root.label === 'templates';
    clearTimeout(timer);
    timer = setTimeout(() => void run(), opts.debounceMs ?? 100);
  };
  const watcher = watchFolders(
    [
      { dir: opts.inputsDir, label: 'inputs', skip: [resolve(opts.outputDir)] },
      { dir: opts.templatesDir, label: 'templates' },
    ],
    onChange,
  );
  try {
    await run();
    await new Promise<void>((resolve) => opts.signal.addEventListener('abort', () => resolve(), { once: true }));
  } finally {
    clearTimeout(timer);
    watcher.close();
    await pool?.close();
    await started?.close();
  }
}
