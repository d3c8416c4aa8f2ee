/**
 * Prints the CPU time of the whole Node process (every thread: main and workbook workers) when it exits, for
 * measuring one CLI run exactly (BENCHMARKS.md, "CPU per CLI run"):
 *   node --import ./tools/bench/cpu-hook.mjs node_modules/.cache/lkj/cli.js --check
 * With CPU_HOOK_OUT set, the line `total user system` (seconds) is appended to that file instead of stderr.
 */
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const line = `${((user + system) / 1e6).toFixed(3)} ${(user / 1e6).toFixed(3)} ${(system / 1e6).toFixed(3)}\n`;
  if (process.env.CPU_HOOK_OUT) appendFileSync(process.env.CPU_HOOK_OUT, line);
  else process.stderr.write(`cpu ${line}`);
});
