/** Runs a command and measures its wall time and the peak memory of its whole process tree (Chromium included). */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Result of one measured run. */
export interface Measured {
  code: number | null;
  ms: number;
  /**
   * Highest memory of the process and all its descendants, in MB, sampled every 25 ms: the sum of each process's
   * proportional set size (PSS), so pages Chromium's processes share are counted once, not once per process.
   */
  peakMb: number;
  stdout: string;
  stderr: string;
}

function treeRssKb(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      const rollup = readFileSync(`/proc/${name}/smaps_rollup`, 'utf8');
      rss.set(Number(name), Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0));
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  for (const [pid, kb] of rss) {
    for (let p: number | undefined = pid; p && p > 1; p = parent.get(p)) {
      if (p === root) {
        total += kb;
        break;
      }
    }
  }
  return total;
}

/** Spawns `cmd args` and samples its process tree until it exits. */
export function measure(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measured> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, 25);
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
