/** Worker thread of `checkWorkbooks`: checks the workbooks it is sent against the reference data it started with. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Reference } from '../../schemas/reference.ts';
import { checkWorkbook } from './check-workbook.ts';

const { inputsDir, reference } = workerData as { inputsDir: string; reference: Reference };

parentPort?.on('message', (rel: string) => {
  checkWorkbook(inputsDir, rel, reference).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (e: unknown) => parentPort?.postMessage({ ok: false, file: rel, message: (e as Error)?.stack ?? String(e) }),
  );
});
