/** `npm run cek-paket -- <paket.zip>`: does every file in the package match its line in MANIFEST.txt, and nothing more? */
import { readFile } from 'node:fs/promises';
import { MANIFEST, parseManifest, sha256 } from './manifest.ts';
import { unzipFiles } from './zip-files.ts';

/** The verdict: how many files matched, and each problem in Indonesian. */
export interface PackageCheck {
  cocok: number;
  masalah: string[];
}

/** Checks the package at `zipPath` against its manifest. Throws only when the file cannot be read at all. */
export async function checkPackage(zipPath: string): Promise<PackageCheck> {
  let files: Map<string, Uint8Array>;
  try {
    files = await unzipFiles(await readFile(zipPath));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      return { cocok: 0, masalah: [`Berkas ${zipPath} tidak ditemukan.`] };
    return { cocok: 0, masalah: [`Berkas ${zipPath} bukan berkas ZIP yang utuh (${(e as Error).message}).`] };
  }
  const manifest = files.get(MANIFEST);
  if (!manifest) return { cocok: 0, masalah: [`Paket tidak berisi ${MANIFEST}; keutuhannya tidak dapat diperiksa.`] };
  const { sums, bad } = parseManifest(Buffer.from(manifest).toString('utf8'));
  const masalah = bad.map((l) => `Baris ${MANIFEST} tidak dapat dibaca: "${l}".`);
  let cocok = 0;
  for (const [path, sum] of sums) {
    const data = files.get(path);
    if (!data) masalah.push(`${path} tercantum di ${MANIFEST} tetapi tidak ada di dalam paket.`);
    else if (sha256(data) !== sum)
      masalah.push(`${path} berubah: SHA-256-nya ${sha256(data)}, sedangkan ${MANIFEST} mencatat ${sum}.`);
    else cocok++;
  }
  for (const path of files.keys()) {
    if (path !== MANIFEST && !sums.has(path))
      masalah.push(`${path} ada di dalam paket tetapi tidak tercantum di ${MANIFEST}.`);
  }
  return { cocok, masalah };
}
