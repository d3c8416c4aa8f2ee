/**
 * Helpers of the bad-inputs end-to-end test: the CLI as a child process we can signal, Chromium processes found by
 * a tag in their environment, a local HTTP server that counts requests, and edits to the sample workbooks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { cliCommand, ROOT, type CliRun } from '../helpers/run-cli.ts';

/** Environment variable that marks the processes of one test: Chromium inherits the CLI's environment. */
export const TAG_VARIABLE = 'LKJ_TEST_RUN';

/** A fresh tag; only processes started with it are ever looked at, whatever else runs in parallel. */
export const newTag = (): string => randomUUID();

/** One running Chromium process of the tagged run, with its profile folder. */
export interface TaggedBrowser {
  pid: number;
  profile: string | undefined;
}

/**
 * Chromium processes (browser, renderers, GPU…) whose environment carries `tag`; zombies have none and are left out.
 * `skip`: processes known not to carry the tag, not looked at again for a while (a watcher's cache, see
 * `watchChromium`).
 */
export function taggedChromium(tag: string, skip?: Map<number, number>): TaggedBrowser[] {
  const out: TaggedBrowser[] = [];
  const now = Date.now();
  const marker = `${TAG_VARIABLE}=${tag}`;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if ((skip?.get(pid) ?? -Infinity) > now) continue;
    try {
      // Only the CLI a test started and what it starts carry the tag. A process without it gains it only by an exec
      // that sets it, which happens only to the CLI itself (forked from the test, then exec'd with the tag), never to
      // a Chromium (forked from a tagged process). A watcher looks at it again in a second: a pid may be reused.
      // An empty environment proves nothing: it is what a process shows while it is inside exec (seen here for ≈ 5 %
      // of tagged `sh` → `sleep` processes polled in a tight loop, 7 Dec 2026), so such a process is not skipped;
      // skipping it once made a Ctrl-C test miss the browser process.
      const environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
      if (!environ.split('\0').includes(marker)) {
        if (environ !== '') skip?.set(pid, now + SKIP_MS);
        continue;
      }
      if (!/chrom|headless_shell/i.test(readFileSync(`/proc/${pid}/comm`, 'utf8'))) continue;
      const args = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0');
      out.push({ pid, profile: args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) });
    } catch {
      // The process ended while we looked, or is not ours to read.
    }
  }
  return out;
}

/** How long a watcher trusts that a process does not carry its tag (a pid may be reused). */
const SKIP_MS = 1_000;

/**
 * Polls `taggedChromium` every 50 ms until stopped; remembers every process and profile seen. Each process without the
 * tag is looked at once a second instead of at every poll: a few hundred processes run beside the suite, and reading
 * each one's name 20 times a second was ≈ 1,6 of the end-to-end workers' 36 profiled CPU-s (7 Dec 2026).
 */
export function watchChromium(tag: string) {
  const seen = new Map<number, TaggedBrowser>();
  const skip = new Map<number, number>();
  const timer = setInterval(() => taggedChromium(tag, skip).forEach((b) => seen.set(b.pid, b)), 50);
  return {
    seen,
    stop: () => clearInterval(timer),
    /** Resolves once a tagged Chromium is running. */
    appeared: async (limitMs = 60_000): Promise<void> => {
      for (const start = Date.now(); seen.size === 0;) {
        if (Date.now() - start > limitMs) throw new Error('no Chromium appeared');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/** Ctrl-C as a terminal sends it: SIGINT to every process of the CLI's group (Node, Chromium). */
export function pressCtrlC(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid, 'SIGINT');
}

/** Starts the CLI tagged with `tag`; `done` resolves with its exit code and output. */
export function startCli(
  args: string[],
  tag: string,
): { child: ChildProcess; done: Promise<CliRun & { signal: NodeJS.Signals | null }> } {
  const child = spawn(...cliCommand(args), {
    cwd: ROOT,
    env: { ...process.env, [TAG_VARIABLE]: tag },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a test can send Ctrl-C the way a terminal does: to the whole group.
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** A server on 127.0.0.1 that answers everything with 404 and counts what it was asked. */
export async function countingServer(): Promise<{ port: number; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { port, requests, close: () => new Promise((r) => server.close(() => r())) };
}

/** Writes `value` into the first data cell under the header cell matching `header` in `sheet`; returns its address. */
export async function setFirstCellUnder(
  file: string,
  sheet: string,
  header: RegExp,
  value: ExcelJS.CellValue,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  let address = '';
  ws?.eachRow((row) =>
    row.eachCell((cell) => {
      if (!address && header.test(String(cell.value).trim()))
        address = ws.getCell(Number(cell.row) + 1, Number(cell.col)).address;
    }),
  );
  if (!ws || !address) throw new Error(`no header ${header} in ${sheet} of ${file}`);
  ws.getCell(address).value = value;
  await wb.xlsx.writeFile(file);
  return address;
}
