/** Reads the narrative Markdown files written by hand (`inputs/narasi/*.md`), each within a size limit. */
import path from 'node:path';
import fg from 'fast-glob';
import { warning, type Diagnostic } from '../diagnostic.ts';
import { decodeUtf8 } from './decode-text.ts';
import { TEXT_LIMITS } from './limits.ts';
import { readBounded } from './read-bounded.ts';
import { notAFileDiagnostic, unreadableDiagnostic } from './read-problem-diagnostic.ts';
import { notUtf8, textTooBig } from './read-yaml-file.ts';

/** Narrative texts by file name without extension, the SHA-256 of each file read, and problems met. */
export interface ReadNarrative {
  narrative: Record<string, string>;
  digests: Record<string, string>;
  diagnostics: Diagnostic[];
}

/** Contents of `narasi/*.md`; empty when the folder does not exist. A file that cannot be used is left out with a warning. */
export async function readNarrative(inputsDir: string): Promise<ReadNarrative> {
  const files = await fg('narasi/*.md', {
    cwd: inputsDir,
    onlyFiles: false,
    caseSensitiveMatch: false,
    followSymbolicLinks: false,
  });
  files.sort();
  const out: ReadNarrative = { narrative: {}, digests: {}, diagnostics: [] };
  for (const rel of files) {
    const read = await readBounded(path.join(inputsDir, rel), TEXT_LIMITS.narrativeBytes);
    const decoded = read.ok ? decodeUtf8(read.bytes) : null;
    if (read.ok && decoded?.ok) {
      out.narrative[path.posix.basename(rel).replace(/\.md$/i, '')] = decoded.text;
      out.digests[rel] = read.sha256;
      continue;
    }
    const problem = !read.ok
      ? read.reason === 'too-big'
        ? textTooBig(rel, read.bytes, TEXT_LIMITS.narrativeBytes)
        : read.reason === 'not-a-file'
          ? notAFileDiagnostic(rel, read.what)
          : unreadableDiagnostic(rel, read.reason === 'missing' ? 'ENOENT' : read.detail)
      : decoded && !decoded.ok
        ? notUtf8(rel, decoded.line, decoded.col)
        : null;
    // A narrative is not data: the report is still built without it, and the warning says why it is missing.
    if (problem) {
      const { severity: _error, ...rest } = problem;
      out.diagnostics.push(warning({ ...rest, message: `${problem.message} Narasi ini tidak dimuat ke laporan.` }));
    }
  }
  return out;
}
