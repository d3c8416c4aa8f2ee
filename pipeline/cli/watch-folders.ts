/**
 * Which saves watch mode sees. Each folder (and subfolder) is watched itself, not its files: editors save by writing
 * a new file and renaming it over the old one (Excel, LibreOffice), and a watch on the old file, or Node 20's
 * recursive folder watch on Linux (which follows file handles), misses every save after the first such rename.
 * A folder watch reports each rename, truncate-and-write and copy-over in it by name (measured: 6 of 6 saves seen,
 * against 3 of 6 for the recursive watch; chokidar 4, which watches folders the same way, also saw 6 of 6).
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The files a build reads: workbooks, reference data and narrative, templates and their assets. */
const RELEVANT = /\.(xlsx|ya?ml|md|hbs|html|css|svg|png|jpe?g|woff2?|ttf|otf)$/i;

/**
 * Files editors write next to the real ones, never a reason to rebuild: Excel's owner file `~$x.xlsx`, LibreOffice's
 * lock `.~lock.x.xlsx#`, hidden files, and temporaries (`*.tmp`, Excel's extensionless `A1B2C3D4`, `x.xlsx~`).
 */
export const isEditorScratch = (name: string): boolean =>
  /(^|[/\\])(~\$|\.)|\.(tmp|swp|crdownload|part)$|[~#]$/i.test(name);

/** True when a change to `rel` (path relative to a watched root) should rebuild the report. */
export const triggersBuild = (rel: string): boolean => RELEVANT.test(rel) && !isEditorScratch(rel);

/** A watched root: its folder and the name shown for it (`inputs`, `templates`). */
export interface WatchRoot {
  dir: string;
  label: string;
  /** Subfolders not to watch (the output folder when it lies inside the inputs). */
  skip?: readonly string[];
}

/** Watches `roots` and their subfolders; calls `onChange(root, rel)` for each relevant change. */
export function watchFolders(
  roots: readonly WatchRoot[],
  onChange: (root: WatchRoot, rel: string) => void,
): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  const add = (root: WatchRoot, dir: string) => {
    if (watchers.has(dir) || root.skip?.some((s) => dir === s || dir.startsWith(s + sep))) return;
    let w: FSWatcher;
    try {
      w = watch(dir, (_event, name) => {
        if (!name) return;
        const path = join(dir, name.toString());
        if (isDirectory(path)) return add(root, path); // a new subfolder: watch it too
        const rel = relative(root.dir, path).split(sep).join('/');
        if (triggersBuild(rel)) onChange(root, rel);
      });
    } catch {
      return; // gone or unreadable: nothing to watch
    }
    w.on('error', () => {
      w.close();
      watchers.delete(dir);
    });
    watchers.set(dir, w);
    for (const sub of subfolders(dir)) add(root, sub);
  };
  for (const root of roots) add(root, root.dir);
  return { close: () => watchers.forEach((w) => w.close()) };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
      .map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}
