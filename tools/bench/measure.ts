/** Runs a command and measures its wall time and the peak memory of its whole process tree (Chromium included). */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Result of one measured run. */
export interface Measured {
  code: number | null;
  ms: number;
  /**
   * Highest memory of the process and all its descendants, in MB, sampled every 100 ms: the sum of each process's
   * proportional set size (PSS), so pages Chromium's processes share are counted once, not once per process.
   */
  peakMb: number;
  stdout: string;
  stderr: string;
}

function treePssKb(root: number): number {
  // Parents from /proc/*/stat (cheap), then smaps_rollup (costly) only for the processes of this tree, so that
  // sampling does not slow down what it measures.
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      total += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone already.
    }
  }
  return total;
}

/** Spawns `cmd args` and samples its process tree until it exits. */
export function measure(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Measured> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treePssKb(child.pid));
    }, 100);
    child.on('error', (e) => {
      clearInterval(timer);
      fail(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      done({ code, ms: performance.now() - start, peakMb: peak / 1024, stdout, stderr });
    });
  });
}

/** Median of the numbers (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}
