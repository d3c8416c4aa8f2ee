/** Progress on long work: how many workbooks have been checked, at most every two seconds, only when there are many. */
import { formatAngka } from '../format.ts';

/** Below this many workbooks a check takes seconds and needs no progress lines. */
export const PROGRESS_FROM = 24;
const EVERY_MS = 2_000;

/** A callback for `buildReport`'s `onProgress` that writes lines through `say`. */
export function progressReporter(
  say: (line: string) => void,
  now: () => number = Date.now,
): (done: number, total: number) => void {
  let last = now();
  return (done, total) => {
    if (total < PROGRESS_FROM || (done < total && now() - last < EVERY_MS)) return;
    last = now();
    say(`Memeriksa buku kerja: ${formatAngka(done)} dari ${formatAngka(total)}${done < total ? '…' : ' selesai.'}`);
  };
}
