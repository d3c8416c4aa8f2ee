/**
 * Where the PDF/A-2b copy finds Ghostscript's RGB ICC profile. The Linux lookup also runs for real in
 * archive-pdfa.test.ts; the Windows one is checked here against a program folder made in the temp folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { iccProfile } from '../../pipeline/deliver/package/pdfa.ts';

const root = mkdtempSync(join(tmpdir(), 'lkj-icc-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fake `Program Files` with Ghostscript versions, each with or without its profile. */
function programFiles(name: string, versions: Record<string, boolean>): string {
  const dir = join(root, name);
  for (const [v, withProfile] of Object.entries(versions)) {
    mkdirSync(join(dir, 'gs', v, 'iccprofiles'), { recursive: true });
    if (withProfile) writeFileSync(join(dir, 'gs', v, 'iccprofiles', 'default_rgb.icc'), 'icc');
  }
  return dir;
}

describe('iccProfile on Windows', () => {
  it('takes the newest Ghostscript version that has the profile (10.04.0 after 9.56.1, numbers not text)', () => {
    const pf = programFiles('pf1', { 'gs9.56.1': true, 'gs10.04.0': true, 'gs10.05.0': false });
    expect(iccProfile({ ProgramFiles: pf }, 'win32')).toBe(
      join(pf, 'gs', 'gs10.04.0', 'iccprofiles', 'default_rgb.icc'),
    );
  });

  it('looks in Program Files (x86) too, and answers null when no version has it', () => {
    const empty = programFiles('pf2', { 'gs10.04.0': false });
    const x86 = programFiles('pf3', { 'gs9.27': true });
    expect(iccProfile({ ProgramFiles: empty, 'ProgramFiles(x86)': x86 }, 'win32')).toBe(
      join(x86, 'gs', 'gs9.27', 'iccprofiles', 'default_rgb.icc'),
    );
    expect(iccProfile({ ProgramFiles: empty }, 'win32')).toBeNull();
    expect(iccProfile({}, 'win32')).toBeNull();
  });
});
