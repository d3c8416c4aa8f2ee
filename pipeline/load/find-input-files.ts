/** Finds the workbook files in the inputs folder and sorts them into readable and unsupported ones. */
import path from 'node:path';
import fg from 'fast-glob';

/** Spreadsheet formats people send that we cannot read; they are asked to save as .xlsx instead. */
const UNSUPPORTED = ['.xls', '.xlsm', '.xlsb', '.ods', '.csv', '.numbers'];

/** Relative paths (forward slashes, sorted by file name) of `.xlsx` files and of unsupported spreadsheets. */
export async function findInputFiles(inputsDir: string): Promise<{ xlsx: string[]; unsupported: string[] }> {
  const found = await fg('**/*', {
    cwd: inputsDir,
    onlyFiles: true,
    dot: false,
    ignore: ['narasi/**', 'node_modules/**'],
  });
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
