/**
 * How a command ends on an error, the same for all four (`build-report`, `package`, `templates`, `mulai`): a mistake
 * the user can fix (`UserError`) prints its Indonesian message and exits 1 or 2, without a stack; anything else is our
 * fault: one line on the terminal naming a log file that holds the stack and every cause, exit 3.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { UserError } from '../diagnostic.ts';
import { shownPath } from './summary.ts';
import { terminalSafe } from './terminal-safe.ts';

/** The log of our faults, in the output folder (or the temp folder when that cannot be written). */
export const INTERNAL_LOG = 'lkj-galat-internal.log';

/**
 * Where `templates` and `mulai` log our faults: the folder that holds the templates folder (`output/` for the default
 * `output/templates`), never the templates folder itself, whose files go to the units.
 */
export const templatesLogDir = (templatesDir: string): string => dirname(resolve(templatesDir));

/** What was said, with which exit code, and where the log went (our faults only). */
export interface Failure {
  exitCode: 1 | 2 | 3;
  message: string;
  log?: string;
}

/**
 * Says on stderr what went wrong; our faults are logged with their stack and causes in `outputDir` (the temp folder
 * when that cannot be written). Never throws for a log it cannot write.
 */
export function reportFailure(e: unknown, outputDir: string): Failure {
  if (e instanceof UserError) {
    console.error(terminalSafe(e.message));
    return { exitCode: e.exitCode, message: e.message };
  }
  const log = writeLog(e, outputDir);
  const where = log ? `Rincian ditulis ke ${shownPath(log, process.cwd())}` : 'Rinciannya tercantum di atas';
  const message = `Kegagalan internal: ${(e as Error)?.message ?? String(e)}. ${where}`;
  console.error(terminalSafe(message));
  return log ? { exitCode: 3, message, log } : { exitCode: 3, message };
}

/**
 * Writes the time, the stack and each cause's stack; returns the log's path. When neither the output folder nor the
 * temp folder can be written (a full disk), the details go to stderr and there is no log.
 */
function writeLog(e: unknown, outputDir: string): string | undefined {
  const causes: string[] = [];
  for (let c = (e as { cause?: unknown })?.cause; c; c = (c as { cause?: unknown }).cause) {
    causes.push(`Penyebab: ${(c as Error)?.stack ?? String(c)}`);
  }
  const text = `${new Date().toISOString()}\n${(e as Error)?.stack ?? String(e)}\n${causes.join('\n')}`;
  for (const log of [resolve(outputDir, INTERNAL_LOG), resolve(tmpdir(), `lkj-galat-internal-${process.pid}.log`)]) {
    try {
      mkdirSync(dirname(log), { recursive: true });
      writeFileSync(log, text);
      return log;
    } catch {
      // The next place, or none.
    }
  }
  console.error(text);
  return undefined;
}
