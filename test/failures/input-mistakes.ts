/**
 * Inputs folders with one mistake in a reference or narrative file, as offices make them: a folder, FIFO or device
 * where a file belongs, a file far too big, a YAML alias bomb, text that is not UTF-8, a number beyond any budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';
import { loadInputs } from '../fixtures/load-inputs.ts';
import type { LoadedInputs } from '../../pipeline/load/types.ts';
import { referenceYaml } from '../fixtures/reference.ts';
import { tempDir } from '../fixtures/write-workbook.ts';
import { goodWorkbook } from './bad-files.ts';

/** The three reference files and one good workbook, then `change(dir)`; the folder as the load stage reads it. */
export async function loadChanged(change: (dir: string) => Promise<void>): Promise<LoadedInputs> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'laporan.yaml'), stringify(referenceYaml.config));
  await writeFile(path.join(dir, 'renstra.yaml'), stringify(referenceYaml.renstra));
  await writeFile(path.join(dir, 'iku.yaml'), stringify(referenceYaml.iku));
  await writeFile(path.join(dir, 'divisi-baik.xlsx'), await goodWorkbook());
  await change(dir);
  return loadInputs(dir);
}

/** Replaces `name` in `dir` with a folder, a FIFO or a link to `/dev/zero`. */
export async function notAFile(dir: string, name: string, what: 'folder' | 'fifo' | 'device'): Promise<void> {
  const p = path.join(dir, name);
  await rm(p, { force: true });
  if (what === 'folder') await mkdir(p);
  else if (what === 'fifo') execFileSync('mkfifo', [p]);
  else await symlink('/dev/zero', p);
}

/** Seven levels of aliases, each nine times the one before: 9^7 ≈ 4,8 million strings from seven lines. */
export const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefg'.split('').map((k, i) => {
    const prev = 'abcdefg'[i];
    return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]`;
  }),
].join('\n');

/** The good workbook with a sheet ` Capaian ` hidden as `state` in front of the visible `Capaian`. */
export async function hiddenTwin(state: 'hidden' | 'veryHidden'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await goodWorkbook()) as unknown as ArrayBuffer);
  const twin = wb.addWorksheet(' Capaian ', { state });
  twin.getCell('A1').value = 'salinan lama';
  (twin as unknown as { orderNo: number }).orderNo = 0;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
