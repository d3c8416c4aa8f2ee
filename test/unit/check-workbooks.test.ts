import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkbooks } from '../../pipeline/check-workbooks.ts';
import { loadReferenceInputs } from '../../pipeline/load/load-inputs.ts';
import { validateReference } from '../../pipeline/validate/validate-reference.ts';
import { ROOT } from '../helpers/run-cli.ts';

const inputsDir = join(ROOT, 'inputs');

describe('checkWorkbooks', () => {
  it('gives the same divisions and diagnostics, in file order, from worker threads as from this thread', async () => {
    const inputs = await loadReferenceInputs(inputsDir);
    const { reference } = validateReference({ ...inputs, workbooks: [] });
    expect(reference).not.toBeNull();
    const files = [...inputs.workbookFiles].reverse(); // an order the workers will not finish in by chance
    const here = await checkWorkbooks(inputsDir, files, reference!, { workers: 0 });
    const threaded = await checkWorkbooks(inputsDir, files, reference!, { workers: 2 });
    const strip = (rs: typeof here) => rs.map(({ readMs: _r, validateMs: _v, ...rest }) => rest);
    expect(strip(threaded)).toEqual(strip(here));
    expect(threaded.map((r) => r.file)).toEqual(files);
    expect(here.every((r) => r.read && r.division !== null)).toBe(true);
    expect(here.length).toBeGreaterThanOrEqual(6);
  });
});
