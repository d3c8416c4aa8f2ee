/**
 * How every command ends on an error (`pipeline/cli/failure.ts`): the user's mistake is one Indonesian message and exit
 * 1 or 2 with no log; our fault is one line naming a log that holds the stack and every cause, exit 3.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INTERNAL_LOG, reportFailure, templatesLogDir } from '../../pipeline/cli/failure.ts';
import { InternalError, UserError } from '../../pipeline/diagnostic.ts';

let dir: string;
let said: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lkj-failure-'));
  said = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void said.push(args.join(' ')));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('reportFailure', () => {
  it("says a user's mistake as it is, control characters escaped, with its exit code and no log", () => {
    const out = reportFailure(new UserError('Berkas \u001b[2Jx.xlsx sedang dibuka.', { exitCode: 1 }), dir);
    expect(out).toEqual({ exitCode: 1, message: 'Berkas \u001b[2Jx.xlsx sedang dibuka.' });
    expect(said).toEqual(['Berkas \\x1B[2Jx.xlsx sedang dibuka.']);
    expect(existsSync(join(dir, INTERNAL_LOG))).toBe(false);
  });

  it('logs our fault with its stack and every cause, and names the log in one line (exit 3)', async () => {
    const root = new Error('ENOSPC: no space left on device');
    const fault = new InternalError('Dataset tidak lolos pemeriksaan diri', {
      cause: new Error('lapis tengah', { cause: root }),
    });
    const out = reportFailure(fault, dir);
    expect(out.exitCode).toBe(3);
    expect(out.log).toBe(join(dir, INTERNAL_LOG));
    expect(said).toEqual([`Kegagalan internal: Dataset tidak lolos pemeriksaan diri. Rincian ditulis ke ${out.log}`]);
    const log = await readFile(out.log!, 'utf8');
    expect(log).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(log).toContain('InternalError: Dataset tidak lolos pemeriksaan diri\n    at ');
    expect(log).toContain('Penyebab: Error: lapis tengah\n    at ');
    expect(log).toContain('Penyebab: Error: ENOSPC: no space left on device\n    at ');
  });

  it('says the details on stderr, still exit 3, when neither the output nor the temp folder can hold the log', async () => {
    const blocked = join(dir, 'bukan-folder');
    await writeFile(blocked, 'sebuah berkas di tempat folder');
    vi.stubEnv('TMPDIR', join(blocked, 'tmp'));
    const out = reportFailure(new InternalError('Tidak terduga', { cause: new Error('disk penuh') }), blocked);
    vi.unstubAllEnvs();
    expect(out).toEqual({ exitCode: 3, message: 'Kegagalan internal: Tidak terduga. Rinciannya tercantum di atas' });
    expect(said[0]).toContain('InternalError: Tidak terduga\n    at ');
    expect(said[0]).toContain('Penyebab: Error: disk penuh');
    expect(said[1]).toBe(out.message);
  });

  it('logs into the temp folder when the output folder cannot hold the log', async () => {
    const blocked = join(dir, 'bukan-folder');
    await writeFile(blocked, 'sebuah berkas di tempat folder keluaran');
    const out = reportFailure('sesuatu yang bukan Error', blocked);
    expect(out.exitCode).toBe(3);
    expect(out.log).toBe(join(tmpdir(), `lkj-galat-internal-${process.pid}.log`));
    expect(await readFile(out.log!, 'utf8')).toContain('sesuatu yang bukan Error');
    await rm(out.log!);
  });
});

describe('templatesLogDir', () => {
  it('is the folder above the templates folder: output/ by default, beside a folder given with --output', () => {
    expect(templatesLogDir('output/templates')).toBe(join(process.cwd(), 'output'));
    expect(templatesLogDir(join(tmpdir(), 'lkj', 'templat-2025'))).toBe(join(tmpdir(), 'lkj'));
    expect(templatesLogDir(`${join(tmpdir(), 'lkj', 'templat-2025')}/`)).toBe(join(tmpdir(), 'lkj'));
  });
});
