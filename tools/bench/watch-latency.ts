/** Watch mode, measured: time from saving a workbook to the new PDF being in place, with Chromium kept warm. */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Saves one workbook `runs` times (same bytes, a real write) and returns each save-to-new-PDF time in ms. */
export async function watchLatency(root: string, dir: string, runs: number): Promise<number[]> {
  const work = await mkdtemp(join(dir, 'watch-'));
  const inputs = join(work, 'inputs');
  const output = join(work, 'output');
  await cp(join(root, 'inputs'), inputs, { recursive: true });
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules', '.cache', 'lkj', 'cli.js'), '--watch', '--inputs', inputs, '--output', output],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let log = '';
  child.stderr.on('data', (b: Buffer) => (log += b.toString()));
  const builds = () => (log.match(/Selesai (dalam )?[\d,]+ detik/g) ?? []).length;
  const until = async (n: number) => {
    for (let waited = 0; builds() < n; waited += 20) {
      if (waited > 60_000) throw new Error(`watch mode did not rebuild:\n${log.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  try {
    await until(1);
    const pdf = join(output, (await readdir(output)).find((f) => f.endsWith('.pdf')) ?? 'missing.pdf');
    const workbook = join(inputs, (await readdir(inputs)).find((f) => f.endsWith('.xlsx')) ?? 'missing.xlsx');
    const bytes = await readFile(workbook);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const before = (await stat(pdf)).mtimeMs;
      const saved = Date.now();
      await writeFile(workbook, bytes);
      await until(i + 2);
      const after = (await stat(pdf)).mtimeMs;
      if (after === before) throw new Error('watch mode rebuilt but did not write a new PDF');
      times.push(after - saved);
    }
    return times;
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.on('close', r));
    await rm(work, { recursive: true, force: true });
  }
}
