/**
 * The inputs and output folders given on the command line, checked before a build starts: a mistake here is a
 * usage error (exit 2) with one Indonesian sentence, not a failure halfway through the build.
 */
import { stat } from 'node:fs/promises';
import { parse, relative, isAbsolute } from 'node:path';

/** Why the folders cannot be used, or null. Both paths are absolute. */
export async function checkFolders(inputsDir: string, outputDir: string): Promise<string | null> {
  if (parse(inputsDir).root === inputsDir) {
    return `Folder masukan ${inputsDir} adalah folder akar sistem; lkj tidak membaca seluruh isi komputer. Berikan folder yang berisi laporan.yaml, renstra.yaml, iku.yaml dan buku kerja .xlsx, misalnya --inputs inputs.`;
  }
  const output = await stat(outputDir).catch(() => null);
  if (output && !output.isDirectory()) {
    return `--output ${outputDir} menunjuk ke sebuah berkas, bukan folder. Pilih folder lain untuk laporan, misalnya --output output.`;
  }
  const inside = relative(inputsDir, outputDir);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    return (
      `Folder keluaran ${outputDir} berada di dalam folder masukan ${inputsDir}: salinan koreksi yang ditulis ke sana akan terbaca ` +
      'sebagai buku kerja pada penyusunan berikutnya. Pilih folder keluaran di luar folder masukan, misalnya --output output.'
    );
  }
  return null;
}
