/** View model of BAB I Pendahuluan: one section per narrative slot (primer §3). */
import { hurufBagian, type Daftar } from './daftar.ts';
import { narasiSlot, type NamaNarasi } from './narasi-slots.ts';
import type { GambarBerkas } from '../load/read-narrative-images.ts';
import { gambarBab, narasiView } from './view-narasi.ts';
import type { ReportView } from './view-types-bab.ts';

/** The sections of BAB I, in order. */
const BAGIAN_BAB1: readonly NamaNarasi[] = [
  'latar-belakang',
  'dasar-hukum',
  'tugas-fungsi',
  'struktur-organisasi',
  'sumber-daya-manusia',
  'isu-strategis',
  'sistematika',
];

/** BAB I. */
export function bab1View(
  narrative: Readonly<Record<string, string>>,
  daftar: Daftar,
  berkas: Readonly<Record<string, GambarBerkas>> = {},
): ReportView['bab1'] {
  const judul = daftar.judul('bab-1', 'BAB I', 'PENDAHULUAN', 1);
  const bagian = BAGIAN_BAB1.map((nama, i) => ({
    judul: daftar.judul(`bab-1-${nama}`, hurufBagian(i), narasiSlot(nama).judul, 2),
    narasi: narasiView(narrative, nama, (teks) => daftar.tabel('1', teks), gambarBab(daftar, '1', berkas)),
  }));
  return { judul, bagian };
}
