/** Turns a copy of the sample inputs into what an office would have before signing: real-looking values, no gaps. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/** Sets `status` in laporan.yaml (comments kept). */
export async function setStatus(inputs: string, status: 'draf' | 'final'): Promise<void> {
  await editYaml(join(inputs, 'laporan.yaml'), (doc) => doc.set('status', status));
}

/**
 * Replaces every value laporan.yaml marks as `contoh` (invented for the test, not real people), gives every IKU a
 * definition and a source, and puts a logo without the placeholder mark at `inputs/logo.svg`.
 */
export async function makeFinalReady(inputs: string): Promise<void> {
  await editYaml(join(inputs, 'laporan.yaml'), (doc) => {
    doc.set('status', 'final');
    doc.set('telepon', '(0254) 267000');
    doc.set('kontak', 'Subbagian Program dan Data');
    doc.setIn(['penandatangan', 'sekretaris', 'nama'], 'Penandatangan Uji, S.H.');
    doc.setIn(['penandatangan', 'sekretaris', 'nip'], '198001012005011002');
    doc.setIn(['reviu', 'peninjau', 'nama'], 'Peninjau Uji, S.E.');
    doc.setIn(['reviu', 'peninjau', 'nip'], '198202022006042001');
  });
  await editYaml(join(inputs, 'iku.yaml'), (doc) => {
    const list = doc.get('indikator') as { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] };
    for (const item of list.items) {
      if (!item.get('definisi')) item.set('definisi', 'Definisi uji.');
      if (!item.get('sumberData')) item.set('sumberData', 'Sumber uji.');
    }
  });
  await writeFile(
    join(inputs, 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>\n',
  );
}

async function editYaml(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): Promise<void> {
  const doc = parseDocument(await readFile(file, 'utf8'));
  edit(doc);
  await writeFile(file, doc.toString());
}
