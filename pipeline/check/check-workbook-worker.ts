/**
 * Worker thread of `WorkbookPool`: holds the reference data it was last sent (`{ reference }`), and reads and checks
 * each workbook it is sent (`{ inputsDir, rel }`) against it, one at a time.
 */
import { parentPort } from 'node:worker_threads';
import type { Reference } from '../../schemas/reference.ts';
import { checkWorkbook } from './check-workbook.ts';
import { sendError } from './worker-error.ts';

let reference: Reference | null = null;

// exceljs (the largest module) starts loading now, while the main thread still reads and checks the reference data,
// not when the first workbook arrives; `readWorkbookFile`'s own import then finds it loaded.
import('../load/read-workbook.ts').catch(() => undefined);

parentPort?.on('message', (m: { reference: Reference } | { inputsDir: string; rel: string }) => {
  if ('reference' in m) {
    reference = m.reference;
    return;
  }
  if (!reference) throw new Error('workbook worker: no reference data');
  checkWorkbook(m.inputsDir, m.rel, reference).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    // Class, message, stack and causes as data: the main thread makes the same error of it (worker-error.ts).
    (e: unknown) => parentPort?.postMessage({ ok: false, error: sendError(e) }),
  );
});
