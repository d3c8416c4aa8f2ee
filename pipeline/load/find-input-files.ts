/**
 * Finds the workbook files in the inputs folder and sorts them into readable and unsupported ones; lists the regular
 * files of a folder the same loop-safe way (`regularFiles`).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

/** Spreadsheet formats people send that we cannot read; they are asked to save as .xlsx instead. */
const UNSUPPORTED = ['.xls', '.xlsm', '.xlsb', '.ods', '.csv', '.numbers'];

/** Sub-folders deeper than this are not searched (a division's folder inside a year's folder is 2). */
export const MAX_DEPTH = 5;

/**
 * Relative paths (forward slashes, sorted by file name) of `.xlsx` files and of unsupported spreadsheets. Linked
 * folders are not followed (a link to a parent folder would loop), linked files are; a name that is not a regular
 * file (FIFO, device) is listed so that reading it reports what it is.
 */
export async function findInputFiles(inputsDir: string): Promise<{ xlsx: string[]; unsupported: string[] }> {
  const entries = await fg('**/*', {
    cwd: inputsDir,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    deep: MAX_DEPTH,
    suppressErrors: true,
    dot: false,
    ignore: ['narasi/**', 'node_modules/**'],
  });
  const found: string[] = [];
  for (const e of entries) {
    if (e.dirent.isDirectory()) continue;
    if (
      e.dirent.isSymbolicLink() &&
      (await stat(path.join(inputsDir, e.path)).then(
        (s) => s.isDirectory(),
        () => true,
      ))
    )
      continue;
    found.push(e.path);
  }
  const xlsx: string[] = [];
  const unsupported: string[] = [];
  for (const rel of found) {
    const base = path.posix.basename(rel);
    if (base.startsWith('~$')) continue; // Excel's lock file next to an open workbook
    const ext = path.posix.extname(base).toLowerCase();
    if (ext === '.xlsx') xlsx.push(rel);
    else if (UNSUPPORTED.includes(ext)) unsupported.push(rel);
  }
  return { xlsx: sortByName(xlsx), unsupported: sortByName(unsupported) };
}

function sortByName(files: string[]): string[] {
  const key = (f: string) => path.posix.basename(f).toLowerCase();
  return files.sort((a, b) => key(a).localeCompare(key(b), 'en') || a.localeCompare(b, 'en'));
}

/**
 * Every regular file under `dir` (relative paths with forward slashes, sorted), by the rule the loader reads by:
 * linked folders are not followed (a link to a parent folder would loop for ever: `inputs/balik -> ..`), linked files
 * are; FIFOs, sockets and devices are left out (reading a FIFO would wait for ever); hidden files are left out.
 */
export async function regularFiles(dir: string, opts: { ignore?: string[] } = {}): Promise<string[]> {
  const entries = await fg('**/*', {
    cwd: dir,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    dot: false,
    ignore: opts.ignore ?? [],
  });
  const files: string[] = [];
  for (const e of entries) {
    const file =
      e.dirent.isFile() ||
      (e.dirent.isSymbolicLink() &&
        (await stat(path.join(dir, e.path)).then(
          (s) => s.isFile(),
          () => false,
        )));
    if (file) files.push(e.path);
  }
  return files.sort();
}
