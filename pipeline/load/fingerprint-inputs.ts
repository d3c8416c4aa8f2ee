/** A short fingerprint of everything in the inputs folder, printed on drafts so a reader can tell builds apart. */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fg from 'fast-glob';

/** SHA-256 over every input file's path and bytes (sorted, lock files skipped), first 12 hex digits. */
export async function fingerprintInputs(inputsDir: string): Promise<string> {
  const files = (await fg('**/*', { cwd: inputsDir, onlyFiles: true, ignore: ['**/~$*'] })).sort();
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(f).update('\0');
    await hashFile(hash, `${inputsDir}/${f}`);
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/** Streams the file into the hash, so a huge stray file in the folder costs time but not memory. */
async function hashFile(hash: Hash, file: string): Promise<void> {
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
}
