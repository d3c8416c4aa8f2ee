/** A short fingerprint of everything in the inputs folder, printed on drafts so a reader can tell builds apart. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import fg from 'fast-glob';

/** SHA-256 over every input file's path and bytes (sorted, lock files skipped), first 12 hex digits. */
export async function fingerprintInputs(inputsDir: string): Promise<string> {
  const files = (await fg('**/*', { cwd: inputsDir, onlyFiles: true, ignore: ['**/~$*'] })).sort();
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(f).update('\0').update(await readFile(`${inputsDir}/${f}`)).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
