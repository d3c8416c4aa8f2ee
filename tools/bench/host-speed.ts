/**
 * How fast this machine runs plain JavaScript right now: the same integer loop, timed. On the shared 2-core host a
 * loop like it took 329–347 ms in one half hour and 422–538 ms in the next (7 Dec 2026) with nothing else running,
 * and the test suite 80 s in the first and up to 97 s in the second. A time measured at one moment compares with one
 * measured at another only when this reading agrees, and not always then: the same suite took 143 and 166 CPU-s
 * minutes apart with the loop at 312 ms both times (whatever slowed the suite, the loop did not feel).
 */

/** Milliseconds for 3·10⁸ steps of an integer loop (best of three, so one descheduling does not count). */
export function loopMs(): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    let x = 0;
    for (let i = 0; i < 3e8; i++) x += i % 7;
    best = Math.min(best, performance.now() - start);
    if (x < 0) throw new Error('unreachable: keeps the loop from being optimised away');
  }
  return best;
}
