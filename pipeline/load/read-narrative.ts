/** Reads the narrative Markdown files written by hand (`inputs/narasi/*.md`). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

/** Contents of `narasi/*.md` by file name without extension; empty when the folder does not exist. */
export async function readNarrative(inputsDir: string): Promise<Record<string, string>> {
  const files = await fg('narasi/*.md', { cwd: inputsDir, onlyFiles: true, caseSensitiveMatch: false });
  files.sort();
  const entries = await Promise.all(
    files.map(async (rel) => [path.posix.basename(rel).replace(/\.md$/i, ''), await read(inputsDir, rel)] as const),
  );
  return Object.fromEntries(entries);
}

async function read(inputsDir: string, rel: string): Promise<string> {
  try {
    return await readFile(path.join(inputsDir, rel), 'utf8');
  } catch (cause) {
    throw new Error(`could not read ${rel}`, { cause });
  }
}
