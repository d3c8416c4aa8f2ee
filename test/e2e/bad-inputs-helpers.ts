/**
 * Helpers of the bad-inputs end-to-end test: the CLI as a child process we can signal, Chromium processes found by
 * a tag in their environment and by their profile folder, a local HTTP server that counts requests, and edits to the
 * sample workbooks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
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

/** Names (`/proc/<pid>/comm`) a Chromium process has; `exe` while a zygote starts through `/proc/self/exe`. */
const CHROMIUM_NAME = /chrom|headless_shell|^exe$/i;

/** How long a watcher trusts that a process is not of its run (a pid may be reused). */
const SKIP_MS = 1_000;

/**
 * The `--user-data-dir` of a `/proc/<pid>/cmdline`. A browser process has its arguments there, each ended by a NUL; the
 * processes it starts write a process title over them, the same arguments joined by spaces (as `ps` shows them).
 */
const profileOf = (cmdline: string): string | undefined =>
  /(?:^|[\0 ])--user-data-dir=(.*?)(?=\0| --|$)/s.exec(cmdline)?.[1];

/** What a watcher learnt of its run: its profile folders, and the pids of its tagged Node processes (the CLI). */
interface RunTraces {
  profiles: Set<string>;
  owners: Set<number>;
}

/** Whether `profile` is the run's: seen on a tagged browser, or made by one of its own (`lkj-chromium-<pid>-`). */
const isRunProfile = (profile: string, run: RunTraces): boolean =>
  run.profiles.has(profile) || run.owners.has(Number(/^lkj-chromium-(\d+)-/.exec(basename(profile))?.[1]));

/**
 * The Chromium processes of a tagged run that are alive now. A process is of the run when its environment carries the
 * tag, or when it is a Chromium started with one of the run's profile folders: one a tagged browser process was seen
 * with, or one the CLI made (the launcher names it after the CLI's pid, see `print/browser-profile.ts`).
 *
 * The environment alone is not enough: Chromium's zygotes, renderers, GPU and utility processes write their process
 * title over it, so `/proc/<pid>/environ` shows the tag only in their first milliseconds (7 of the 10 processes of a
 * headless Chromium here, 7 Dec 2026). Only the browser process and crashpad keep it. Every one of them is started
 * with the browser's `--user-data-dir`, a folder made for this one launch.
 *
 * What the scan sees tagged is added to `run`. `skip` (a watcher's cache): processes found not to be of the run are not
 * looked at again for a second.
 */
function scanChromium(tag: string, run: RunTraces, skip?: Map<number, number>): TaggedBrowser[] {
  const tagged: TaggedBrowser[] = [];
  const untagged: TaggedBrowser[] = [];
  const now = Date.now();
  const marker = `${TAG_VARIABLE}=${tag}`;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    if ((skip?.get(pid) ?? -Infinity) > now) continue;
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
      const isTagged = environ.split('\0').includes(marker);
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (!CHROMIUM_NAME.test(comm)) {
        // A process that is not Chromium becomes one of this run only by an exec. Forked from a tagged process it is
        // tagged from the start, and an empty environment is what any process shows while inside exec (≈ 5 % of
        // tagged `sh` → `sleep` processes polled in a tight loop): neither is skipped. Skipping the empty one once
        // hid a browser process from the Ctrl-C test for a second (CI, 7 Dec 2026).
        if (isTagged && comm === 'node') run.owners.add(pid);
        else if (!isTagged && environ !== '') skip?.set(pid, now + SKIP_MS);
        continue;
      }
      const browser = { pid, profile: profileOf(readFileSync(`/proc/${pid}/cmdline`, 'latin1')) };
      if (isTagged) {
        tagged.push(browser);
        if (browser.profile) run.profiles.add(browser.profile);
      } else if (browser.profile) untagged.push(browser);
      // Inside exec the name may already be Chromium's while the environment and command line are still empty.
      else if (environ !== '') skip?.set(pid, now + SKIP_MS);
    } catch {
      // The process ended while we looked, zombies have no environment, or it is not ours to read.
    }
  }
  // Matched after the scan: a renderer may be listed before the browser process that names its profile. One that
  // does not match is another run's: a process of this run is started while its browser process is alive (and tagged),
  // so its profile is known by the end of any scan that sees it, unless the browser was never seen; `left` skips none.
  const ours = untagged.filter((b) => isRunProfile(b.profile as string, run));
  for (const b of untagged) if (!ours.includes(b)) skip?.set(b.pid, now + SKIP_MS);
  return [...tagged, ...ours];
}

/**
 * Watches a tagged run: polls every 50 ms until stopped and remembers every Chromium process and profile folder seen.
 * Processes that are not of the run are looked at once a second instead of at every poll: a few hundred run beside
 * the suite, and reading each one 20 times a second was ≈ 1,6 of the end-to-end workers' 36 profiled CPU-s
 * (7 Dec 2026).
 */
export function watchChromium(tag: string) {
  const seen = new Map<number, TaggedBrowser>();
  const run: RunTraces = { profiles: new Set(), owners: new Set() };
  const skip = new Map<number, number>();
  const timer = setInterval(() => scanChromium(tag, run, skip).forEach((b) => seen.set(b.pid, b)), 50);
  return {
    seen,
    /** The profile folders of the run's browser processes seen so far. */
    profiles: run.profiles,
    stop: () => clearInterval(timer),
    /** The run's Chromium processes alive now (also after `stop`): tagged, or started with one of its profiles. */
    left: (): TaggedBrowser[] => scanChromium(tag, run),
    /** Resolves once a tagged Chromium is running. */
    appeared: async (limitMs = 60_000): Promise<void> => {
      for (const start = Date.now(); seen.size === 0;) {
        if (Date.now() - start > limitMs) throw new Error('no Chromium appeared');
        await sleep(50);
      }
    },
  };
}

/** The pids of the tagged run's processes named `name` (`/proc/<pid>/comm`), such as Ghostscript's `gs`. */
export function taggedProcesses(tag: string, name: string): number[] {
  const marker = `${TAG_VARIABLE}=${tag}`;
  return readdirSync('/proc').flatMap((p) => {
    try {
      if (!/^\d+$/.test(p) || readFileSync(`/proc/${p}/comm`, 'utf8').trim() !== name) return [];
      return readFileSync(`/proc/${p}/environ`, 'latin1').split('\0').includes(marker) ? [Number(p)] : [];
    } catch {
      return []; // ended while we looked
    }
  });
}

/** Ctrl-C as a terminal sends it: SIGINT to every process of the CLI's group (Node, Chromium). */
export function pressCtrlC(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid, 'SIGINT');
}

/**
 * Starts the CLI (or, with `script`, another shipped command such as `SHIPPED_PACKAGE`) tagged with `tag`, with `env`
 * added to the environment; `done` resolves with its exit code and output.
 */
export function startCli(
  args: string[],
  tag: string,
  opts: { script?: string; env?: NodeJS.ProcessEnv } = {},
): { child: ChildProcess; done: Promise<CliRun & { signal: NodeJS.Signals | null }> } {
  const [node, argv] = opts.script ? [process.execPath, [opts.script, ...args]] : cliCommand(args);
  const child = spawn(node, argv, {
    cwd: ROOT,
    env: { ...process.env, ...opts.env, [TAG_VARIABLE]: tag },
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
