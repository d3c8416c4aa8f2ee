/** View model of the last Lampiran, "Pernyataan Telah Direviu": the reviewer's statement and signature (laporan.yaml `reviu`). */
import type { Config } from '../../schemas/config.ts';
import type { Daftar } from './daftar.ts';
import { formatNip } from '../format.ts';
import type { Judul, TandaTanganView } from './view-types.ts';

/** The page, or `null` when `laporan.yaml` has no `reviu` section. */
export interface PernyataanReviuView {
  judul: Judul;
  kop: string;
  paragraf: string[];
  tandaTangan: TandaTanganView;
}

/** The statement page; its place and date are left blank, to be written by hand when the review ends. */
export function pernyataanReviuView(config: Config, tahun: number, daftar: Daftar): PernyataanReviuView | null {
  if (!config.reviu) return null;
  const p = config.reviu.peninjau;
  return {
    judul: daftar.lampiran('lampiran-pernyataan-reviu', 'PERNYATAAN TELAH DIREVIU'),
    kop: `${config.satker.toUpperCase()} TAHUN ${tahun}`,
    paragraf: config.reviu.pernyataan,
    tandaTangan: {
      tempatTanggal: `${config.tempat}, ............................ ${tahun + 1}`,
      sebutan: '',
      jabatan: p.jabatan,
      nama: p.nama,
      nip: p.nip ? `NIP. ${formatNip(p.nip)}` : '',
    },
  };
}
