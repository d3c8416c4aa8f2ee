/**
 * A short fingerprint of the inputs a build read, printed on drafts so a reader can tell builds apart. It is made
 * from the SHA-256 of each file's bytes taken when the load stage read them: no file is read a second time.
 */
import { createHash } from 'node:crypto';

/** SHA-256 over each input's path and the SHA-256 of its bytes (sorted by path), first 12 hex digits. */
export function fingerprintInputs(digests: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(digests).sort())
    hash
      .update(path)
      .update('\0')
      .update(digests[path] ?? '')
      .update('\0');
  return hash.digest('hex').slice(0, 12);
}
