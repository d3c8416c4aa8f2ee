import { cp, mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkbooks, newWorkbookCache } from '../../pipeline/check/check-workbooks.ts';
import { loadReferenceInputs } from '../../pipeline/load/load-inputs.ts';
import { validateReference } from '../../pipeline/validate/validate-reference.ts';
import { ROOT } from '../helpers/run-cli.ts';

const inputsDir = join(ROOT, 'inputs');

describe('checkWorkbooks', () => {
  // Worker threads give the same divisions and diagnostics as this thread, in file order: checked with the pool the
  // builds use, in test/unit/workbook-pool.test.ts (its first build), so that one pair of workers serves both files.

  it('with a watch cache, reads again only the workbook that changed, and everything after a reference change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lkj-cache-'));
    try {
      await cp(inputsDir, dir, { recursive: true });
      const inputs = await loadReferenceInputs(dir);
      const { reference } = validateReference({ ...inputs, workbooks: [] });
      const files = inputs.workbookFiles;
      const cache = newWorkbookCache();
      const first = await checkWorkbooks(dir, files, reference!, { workers: 0, cache });
      expect(first.every((r) => r.readMs > 0)).toBe(true);
      const changed = files[2]!;
      const later = new Date(Date.now() + 5_000);
      await utimes(join(dir, changed), later, later);
      const second = await checkWorkbooks(dir, files, reference!, { workers: 0, cache });
      expect(second.filter((r) => r.readMs > 0).map((r) => r.file)).toEqual([changed]);
      expect(second.map((r) => r.division)).toEqual(first.map((r) => r.division));
      const otherReference = { ...reference!, config: { ...reference!.config, tahun: reference!.config.tahun + 1 } };
      const third = await checkWorkbooks(dir, files, otherReference, { workers: 0, cache });
      expect(third.every((r) => r.readMs > 0)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
