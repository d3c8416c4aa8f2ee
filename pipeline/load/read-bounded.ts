/**
 * Reads one input file once, within a size limit, and only if it is a regular file: a folder, a FIFO or a device
 * (`/dev/zero`) named like an input is refused at once instead of hanging the build or filling memory. The size is
 * checked on the open file, and reading stops past the limit, so a file replaced or growing meanwhile cannot pass it.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** What a path was instead of a regular file. */
export type NotAFile = 'folder' | 'fifo' | 'device' | 'socket' | 'other';

/** The bytes and their SHA-256 (hex), or why there are none. */
export type Bounded =
  | { ok: true; bytes: Buffer; sha256: string }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'not-a-file'; what: NotAFile }
  | { ok: false; reason: 'too-big'; bytes: number }
  | { ok: false; reason: 'unreadable'; detail: string };

/** Reads `absPath` whole when it is a regular file of at most `maxBytes`. */
export async function readBounded(absPath: string, maxBytes: number): Promise<Bounded> {
  let handle;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await open(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'missing' };
    if (code === 'EISDIR') return { ok: false, reason: 'not-a-file', what: 'folder' };
    if (code === 'ENXIO') return { ok: false, reason: 'not-a-file', what: 'socket' };
    return { ok: false, reason: 'unreadable', detail: code ?? String(e) };
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { ok: false, reason: 'not-a-file', what: kindOf(st) };
    if (st.size > maxBytes) return { ok: false, reason: 'too-big', bytes: st.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { ok: false, reason: 'too-big', bytes: total };
    }
    const bytes = Buffer.concat(chunks, total);
    return { ok: true, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EISDIR'
      ? { ok: false, reason: 'not-a-file', what: 'folder' }
      : { ok: false, reason: 'unreadable', detail: code ?? String(e) };
  } finally {
    await handle.close();
  }
}

function kindOf(st: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): NotAFile {
  if (st.isDirectory()) return 'folder';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return st.isSocket() ? 'socket' : 'other';
}

/** How each kind of non-file is named in a message. */
export const NOT_A_FILE_NAMES: Record<NotAFile, string> = {
  folder: 'sebuah folder',
  fifo: 'sebuah pipa (FIFO)',
  device: 'sebuah perangkat sistem',
  socket: 'sebuah soket',
  other: 'bukan berkas biasa',
};
