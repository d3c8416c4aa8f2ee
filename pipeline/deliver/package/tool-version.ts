/** `lkj 0.1.0` (and the git commit when the project is a git checkout): the tool version a manifest names. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TEMPLATES_DIR } from '../../render/assets.ts';

/** The version of this lkj, for MANIFEST.txt. */
export async function toolVersion(): Promise<string> {
  const root = dirname(TEMPLATES_DIR);
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const commit = await new Promise<string>((done) =>
    execFile('git', ['-C', root, 'rev-parse', '--short=12', 'HEAD'], (err, out) => done(err ? '' : out.trim())),
  );
  return `${pkg.name} ${pkg.version}${commit ? ` (commit ${commit})` : ''}`;
}
