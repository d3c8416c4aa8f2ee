/** View model of the front matter around the Ikhtisar: Kata Pengantar and the three lists. */
import type { Config } from '../../schemas/config.ts';
import type { Daftar } from './daftar.ts';
import { tandaTanganView } from './view-halaman.ts';
import { narasiView } from './view-narasi.ts';
import type { DaftarView, ReportView } from './view-types-bab.ts';

/** Kata Pengantar: the staff's text, signed by the Sekretaris or the Ketua (`penandatangan.kataPengantar`). */
export function kataPengantarView(
  config: Config,
  narrative: Readonly<Record<string, string>>,
  daftar: Daftar,
): ReportView['kataPengantar'] {
  return {
    judul: daftar.judul('kata-pengantar', '', 'KATA PENGANTAR', 1),
    narasi: narasiView(narrative, 'kata-pengantar'),
    tandaTangan: tandaTanganView(config, config.penandatangan.kataPengantar),
  };
}

/**
 * The headings of Daftar Isi, Daftar Tabel and Daftar Gambar, registered where they stand; their entries are the
 * registry's arrays, which fill up as the rest of the report is built (the template reads them at the end).
 */
export function daftarViews(daftar: Daftar): Pick<ReportView, 'daftarIsi' | 'daftarTabel' | 'daftarGambar'> {
  const view = (id: string, teks: string, entri: DaftarView['entri'], kosong: string): DaftarView => ({
    judul: daftar.judul(id, '', teks, 1),
    entri,
    kosong,
  });
  return {
    daftarIsi: view('daftar-isi', 'DAFTAR ISI', daftar.isi, ''),
    daftarTabel: view('daftar-tabel', 'DAFTAR TABEL', daftar.tabelList, 'Laporan ini tidak memuat tabel.'),
    daftarGambar: view('daftar-gambar', 'DAFTAR GAMBAR', daftar.gambarList, 'Laporan ini tidak memuat gambar.'),
  };
}
