/**
 * `lkj 0.1.0 (commit 0123456789ab)`: the tool version a manifest names and a final's stamp records. The commit is the
 * last one that changed the tool's own files, not `HEAD`: an office keeps the year's inputs in the same repository,
 * and committing them does not make a new tool (nor, for `npm run package`, a final that must be built again).
 * `, diubah` follows when those files were edited since that commit. Without git: `lkj 0.1.0`.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TEMPLATES_DIR } from '../../render/assets.ts';

/** What the report is made with, besides its inputs (the tests and the documentation are not). */
const TOOL_FILES = ['pipeline', 'templates', 'schemas', 'scripts', 'patches', 'package.json', 'package-lock.json'];

const git = (root: string, args: string[]): Promise<string> =>
  new Promise((done) => execFile('git', ['-C', root, ...args], (err, out) => done(err ? '' : out.trim())));

/** The version of this lkj, for MANIFEST.txt and a final's stamp. */
export async function toolVersion(): Promise<string> {
  const root = dirname(TEMPLATES_DIR);
  const [pkgJson, commit, edited] = await Promise.all([
    readFile(join(root, 'package.json'), 'utf8'),
    git(root, ['log', '-1', '--format=%h', '--abbrev=12', '--', ...TOOL_FILES]),
    git(root, ['status', '--porcelain', '--', ...TOOL_FILES]),
  ]);
  const pkg = JSON.parse(pkgJson) as { name: string; version: string };
  return `${pkg.name} ${pkg.version}${commit ? ` (commit ${commit}${edited ? ', diubah' : ''})` : ''}`;
}
