import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../pipeline/cli/progress.ts';

describe('progress on long checks', () => {
  it('says how far it got at most every two seconds, and when it is done; nothing for a few workbooks', () => {
    const lines: string[] = [];
    let clock = 0;
    const report = progressReporter(
      (l) => lines.push(l),
      () => clock,
    );
    report(1, 7);
    report(7, 7);
    for (let done = 1; done <= 1000; done++) {
      clock += 10;
      report(done, 1000);
    }
    expect(lines[0]).toBe('Memeriksa buku kerja: 200 dari 1.000…');
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe('Memeriksa buku kerja: 1.000 dari 1.000 selesai.');
  });
});
