/** View model of the optional last Lampiran of a draft, "Perubahan sejak draf sebelumnya" (`riwayat.lampiranPerubahan`). */
import { changesHeadline } from '../deliver/history/changes-summary.ts';
import type { DraftChanges, FieldChange } from '../deliver/history/compare-drafts.ts';
import type { Daftar } from './daftar.ts';
import type { Judul } from './view-types.ts';

/** One changed value as a table row. */
export interface BarisPerubahan {
  pokok: string;
  isian: string;
  lama: string;
  baru: string;
}

/** The appendix, or `null` when it is not asked for or there is no earlier draft. */
export interface LampiranPerubahanView {
  judul: Judul;
  ringkasan: string;
  baris: BarisPerubahan[];
}

/** Long texts are summarised in the table (the HTML page under output/perubahan/ shows them word by word). */
const teks = (f: FieldChange, side: 'lama' | 'baru'): string => {
  const v = side === 'lama' ? f.lama : f.baru;
  if (!f.kata) return v || '–';
  return v ? `${v.slice(0, 90)}${v.length > 90 ? ' …' : ''}` : '–';
};

/** The appendix for these changes. */
export function lampiranPerubahanView(changes: DraftChanges | null, daftar: Daftar): LampiranPerubahanView | null {
  if (!changes) return null;
  const baris: BarisPerubahan[] = [
    ...changes.unit.flatMap((u) =>
      u.indikator.flatMap((i) =>
        i.keadaan === 'berubah'
          ? i.fields.map((f) => ({
              pokok: `${u.nama}: ${i.kode}`,
              isian: f.label,
              lama: teks(f, 'lama'),
              baru: teks(f, 'baru'),
            }))
          : [
              {
                pokok: `${u.nama}: ${i.kode}`,
                isian: 'Indikator',
                lama: i.keadaan === 'baru' ? '–' : i.nama,
                baru: i.keadaan === 'baru' ? i.nama : '–',
              },
            ],
      ),
    ),
    ...changes.anggaran.flatMap((a) =>
      a.fields.map((f) => ({ pokok: `Anggaran ${a.kode}`, isian: f.label, lama: f.lama || '–', baru: f.baru || '–' })),
    ),
    ...changes.narasi.map((s) => ({
      pokok: `Narasi ${s.slot}`,
      isian: 'Paragraf',
      lama: '',
      baru: `${s.paragraf.length} paragraf berubah`,
    })),
    ...changes.gambar.map((g) => ({
      pokok: `Gambar ${g.berkas}`,
      isian: 'Berkas',
      lama: g.keadaan === 'baru' ? '–' : 'ada',
      baru: g.keadaan === 'dihapus' ? '–' : g.keadaan === 'baru' ? 'ditambahkan' : 'diganti',
    })),
  ];
  return {
    judul: daftar.lampiran('lampiran-perubahan', `PERUBAHAN SEJAK DRAF KE-${changes.dari.nomor}`),
    ringkasan: `${changesHeadline(changes)} Rincian kata demi kata: output/perubahan/draf-ke-${changes.dari.nomor}-ke-${changes.ke.nomor}.html.`,
    baris,
  };
}
