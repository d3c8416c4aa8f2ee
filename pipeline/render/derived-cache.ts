/**
 * What the build derives from the program's own files and would otherwise derive again in every run, kept between
 * runs under `node_modules/.cache/lkj-templates/`: the compiled Handlebars templates (`template-cache.ts`) and the
 * outlines of the draft watermark (`print/stamp-watermark.ts`). One file per entry, named by a hash of everything it
 * is derived from, so a changed source is a new name and a stale entry is never used. The cache is optional: an
 * entry that cannot be read is derived again, one that cannot be written (a read-only folder) is not kept.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TEMPLATES_DIR } from './assets.ts';

export const DERIVED_CACHE_DIR = join(dirname(TEMPLATES_DIR), 'node_modules', '.cache', 'lkj-templates');

/** At most this many entries (each a few KB; ≈ 20 edits of every template) are kept: the oldest written go first. */
const MAX_ENTRIES = 1000;

/** The entry's file for everything it is derived from (`parts`), with the file extension `ext`. */
export function entryFile(dir: string, parts: readonly (string | Uint8Array)[], ext: string): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return join(dir, `${hash.digest('hex').slice(0, 32)}.${ext}`);
}

/** The entry's text, or undefined when it is absent or unreadable. */
export function readEntry(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Keeps `text` as the entry, if the folder can be written. */
export function writeEntry(file: string, text: string): void {
  const dir = dirname(file);
  try {
    mkdirSync(dir, { recursive: true });
    // Written beside and renamed into place: a reader never sees half an entry, even from a parallel build.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
    removeOldEntries(dir);
  } catch {
    // Not kept: the next build derives it again.
  }
}

function removeOldEntries(dir: string): void {
  const names = readdirSync(dir);
  if (names.length <= MAX_ENTRIES) return;
  const written = (name: string): number => {
    try {
      return statSync(join(dir, name)).mtimeMs;
    } catch {
      return Infinity; // removed by a parallel build meanwhile
    }
  };
  const oldestFirst = names.map((name) => ({ name, at: written(name) })).sort((a, b) => a.at - b.at);
  for (const { name } of oldestFirst.slice(0, names.length - MAX_ENTRIES / 2)) rmSync(join(dir, name), { force: true });
}
