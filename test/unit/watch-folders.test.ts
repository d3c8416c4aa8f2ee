import { describe, expect, it } from 'vitest';
import { triggersBuild } from '../../pipeline/cli/watch-folders.ts';

describe('triggersBuild', () => {
  it('rebuilds for the files a build reads', () => {
    for (const f of [
      'divisi-hukum.xlsx',
      'iku.yaml',
      'narasi/latar-belakang.md',
      'logo.svg',
      'partials/bab1.hbs',
      'styles/report.css',
    ]) {
      expect(triggersBuild(f), f).toBe(true);
    }
  });
  it('never for lock files, owner files, temporaries and hidden files', () => {
    for (const f of [
      '~$divisi-hukum.xlsx',
      '.~lock.divisi-hukum.xlsx#',
      'lu12345.tmp',
      '3F2A1B0C',
      'B7C1D2E3.TMP',
      'divisi-hukum.xlsx~',
      '.divisi-hukum.xlsx.swp',
      'narasi/.latar-belakang.md.swp',
      'unduhan.xlsx.crdownload',
    ]) {
      expect(triggersBuild(f), f).toBe(false);
    }
  });
});
