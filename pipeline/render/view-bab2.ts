/** View model of BAB II Perencanaan Kinerja: the Renstra summary and the year's Perjanjian Kinerja (T2). */
import type { Dataset } from '../../schemas/dataset.ts';
import type { Reference } from '../../schemas/reference.ts';
import { hurufBagian, type Daftar } from './daftar.ts';
import { formatAngka, formatRupiah } from '../format.ts';
import { formatIndikator } from './format-nilai.ts';
import { kelompokSasaran } from './view-capaian.ts';
import { pkTabel } from './view-pk.ts';
import type { ReportView } from './view-types-bab.ts';

/** Sasaran and indicators of the Renstra with the end-of-period target (names and units from the IKU). */
function renstraView(reference: Reference, daftar: Daftar, dataset?: Dataset): ReportView['bab2']['renstra'] {
  const { renstra, iku, config } = reference;
  const { awal, akhir } = renstra.periode;
  const ikuOf = (kode: string) => iku.indikator.find((i) => i.kode === kode);
  const data = new Map((dataset?.sasaran ?? []).flatMap((s) => s.indikator).map((i) => [i.kode, i]));
  const angka = (kode: string, n: number): string => {
    const ind = data.get(kode);
    return ind ? formatIndikator(ind).angka(n) : formatAngka(n);
  };
  const ditetapkan = renstra.nomor ? `, ditetapkan dengan ${renstra.nomor},` : '';
  return {
    judul: daftar.judul('bab-2-renstra', hurufBagian(0), `Rencana Strategis ${awal}–${akhir}`, 2),
    paragraf: [
      `Rencana Strategis (Renstra) KPU periode ${awal}–${akhir}${ditetapkan} menjadi acuan perencanaan kinerja ` +
        `${config.satker}. Visi, misi, tujuan dan sasaran strategisnya adalah sebagai berikut.`,
    ],
    visi: renstra.visi,
    misi: renstra.misi,
    tujuan: renstra.tujuan,
    tahunAkhir: String(akhir),
    sasaran: {
      judul: daftar.tabel('2', `Sasaran Strategis, Indikator Kinerja dan Target Akhir Renstra ${awal}–${akhir}`),
      baris: kelompokSasaran(
        renstra.sasaran.map((s) => ({ nama: s.nama, items: s.indikator })),
        (ind) => {
          const i = ikuOf(ind.kodeIku);
          const target = ind.target[String(akhir)];
          return {
            kode: ind.kodeIku,
            nama: i?.nama ?? '(tidak tercantum dalam IKU)',
            satuan: i?.satuan ?? '–',
            target: target === undefined ? '–' : angka(ind.kodeIku, target),
          };
        },
      ),
    },
  };
}

/**
 * Why the Renstra table and the PK table look alike: one holds the end-of-period target, the other the year's
 * promise; in the Renstra's last year they coincide except where the PK moved a target, and those are named.
 */
export function bedaRenstraPk(reference: Reference, tabelRenstra: string, tabelPk: string): string {
  const { renstra, iku } = reference;
  const akhir = renstra.periode.akhir;
  const renstraTarget = new Map(
    renstra.sasaran.flatMap((s) => s.indikator).map((i) => [i.kodeIku, i.target[String(iku.tahun)]]),
  );
  const beda = iku.indikator.flatMap((i) => {
    const r = renstraTarget.get(i.kode);
    if (r === undefined || typeof i.target !== 'number' || r === i.target) return [];
    return [`${i.kode} (Renstra ${formatAngka(r)}, PK ${formatAngka(i.target)})`];
  });
  const kecuali =
    beda.length > 0 ? `, kecuali ${beda.join('; ')}, yang targetnya disesuaikan dalam Perjanjian Kinerja` : '';
  const awal = `${tabelRenstra} memuat target akhir periode Renstra (tahun ${akhir}), sedangkan ${tabelPk} memuat target yang diperjanjikan untuk tahun ${iku.tahun}.`;
  return iku.tahun === akhir
    ? `${awal} Karena tahun ${iku.tahun} adalah tahun terakhir Renstra, kedua tabel memuat indikator dan target yang sama${kecuali}.`
    : `${awal} Target tahun ${iku.tahun} adalah target antara menuju target akhir Renstra${kecuali}.`;
}

/** The year's PK: who signed it, what it promises, and T2. */
function pkView(
  reference: Reference,
  daftar: Daftar,
  dataset: Dataset | undefined,
  tabelRenstra: string,
): ReportView['bab2']['pk'] {
  const { iku, config } = reference;
  const { sekretaris, ketua } = config.penandatangan;
  const judul = daftar.judul('bab-2-pk', hurufBagian(1), `Perjanjian Kinerja Tahun ${iku.tahun}`, 2);
  const total = iku.program.reduce((a, p) => a + p.anggaran, 0);
  const sasaranCount = new Set(iku.indikator.map((i) => i.sasaran)).size;
  const tabel = pkTabel(reference, daftar, '2', dataset);
  return {
    judul,
    paragraf: [
      `Perjanjian Kinerja Tahun ${iku.tahun} adalah pernyataan kesanggupan ${sekretaris.jabatan} sebagai pihak ` +
        `pertama kepada ${ketua.jabatan} sebagai pihak kedua untuk mewujudkan target kinerja tahun ${iku.tahun}. ` +
        `Perjanjian ini memuat ${iku.indikator.length} indikator kinerja dari ${sasaranCount} sasaran strategis, ` +
        `didukung anggaran ${iku.program.length} program sebesar ${formatRupiah(total)}. ` +
        `Dokumen lengkapnya terdapat pada Lampiran 1.`,
      bedaRenstraPk(reference, tabelRenstra, tabel.indikator.judul.nomor),
    ],
    tabel,
  };
}

/** BAB II. */
export function bab2View(reference: Reference, daftar: Daftar, dataset?: Dataset): ReportView['bab2'] {
  const judul = daftar.judul('bab-2', 'BAB II', 'PERENCANAAN KINERJA', 1);
  const renstra = renstraView(reference, daftar, dataset);
  return {
    judul,
    pengantar: [
      `Bab ini merangkum perencanaan kinerja ${reference.config.satker}: Rencana Strategis yang menjadi acuan ` +
        `jangka menengah dan Perjanjian Kinerja Tahun ${reference.iku.tahun} yang menetapkan target tahun ini.`,
    ],
    renstra,
    pk: pkView(reference, daftar, dataset, renstra.sasaran.judul.nomor),
  };
}
