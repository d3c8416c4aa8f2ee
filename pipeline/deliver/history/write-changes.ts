/** Writes `output/perubahan/draf-ke-<a>-ke-<b>.html` and `.md` for two kept drafts. */
import { join } from 'node:path';
import { writeOutputs } from '../../print/write-outputs.ts';
import { changesHtml } from './changes-html.ts';
import { changesMarkdown } from './changes-markdown.ts';
import { compareDrafts, type DraftChanges } from './compare-drafts.ts';
import type { DraftRecord } from './draft-history.ts';

/** The folder, inside the output folder. */
export const PERUBAHAN_DIR = 'perubahan';

/** What was compared and where the pages are. */
export interface WrittenChanges {
  changes: DraftChanges;
  html: string;
  markdown: string;
}

/** Compares `lama` with `baru` and writes both pages; `judul` is the report's title. */
export async function writeChanges(
  outputDir: string,
  lama: DraftRecord,
  baru: DraftRecord,
  judul: string,
): Promise<WrittenChanges> {
  const changes = compareDrafts(lama, baru);
  const base = `draf-ke-${lama.nomor}-ke-${baru.nomor}`;
  const [html, markdown] = await writeOutputs(
    join(outputDir, PERUBAHAN_DIR),
    [
      { name: `${base}.html`, data: changesHtml(changes, judul) },
      { name: `${base}.md`, data: changesMarkdown(changes, judul) },
    ],
    // Written last in a build: the report and its draft history are in place by then.
    { untouched: 'Laporan baru dan riwayat drafnya sudah tersimpan; hanya halaman perubahan antar-draf yang belum.' },
  );
  return { changes, html: html!, markdown: markdown! };
}
