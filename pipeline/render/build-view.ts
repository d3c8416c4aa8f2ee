/** Builds the report's view model from the render input: a pure function, testable without templates. */
import { analisisView } from './view-analisis.ts';
import { anggaranView } from './view-anggaran.ts';
import { catatanBatas, indikatorRow, rataRataSasaran } from './view-capaian.ts';
import { drafView, halamanCss, judulLaporan, sampulView, tandaTanganView } from './view-halaman.ts';
import { ikhtisarView } from './view-ikhtisar.ts';
import type { RenderInput, ReportView, SasaranSection } from './view-types.ts';

/** BAB III: tables are numbered 3.1… in order, one per sasaran, then T8. */
function bab3View({ dataset }: RenderInput): ReportView['bab3'] {
  const sasaran = dataset.sasaran.map(
    (s, i): SasaranSection => ({
      nomor: String(i + 1),
      nama: s.nama,
      judulTabel: { nomor: `Tabel 3.${i + 1}`, teks: `Capaian Indikator Sasaran Strategis ${i + 1}` },
      baris: s.indikator.map(indikatorRow),
      rataRata: rataRataSasaran(s),
      catatanBatas: catatanBatas(s.indikator),
      analisis: s.indikator.map(analisisView),
    }),
  );
  const tabelAnggaran = {
    nomor: `Tabel 3.${sasaran.length + 1}`,
    teks: `Realisasi Anggaran per Program dan Kegiatan Tahun ${dataset.tahun}`,
  };
  return {
    judul: 'BAB III',
    subjudul: 'AKUNTABILITAS KINERJA',
    pengantar: [
      `Bab ini menyajikan capaian kinerja organisasi untuk setiap sasaran strategis yang ditetapkan dalam ` +
        `Perjanjian Kinerja Tahun ${dataset.tahun}, beserta analisisnya, dan realisasi anggaran yang digunakan ` +
        `untuk mencapainya.`,
    ],
    sasaran,
    anggaran: anggaranView(dataset, tabelAnggaran),
  };
}

/** The whole view model. */
export function buildReportView(input: RenderInput): ReportView {
  const { dataset, reference, build } = input;
  const config = reference.config;
  const judul = judulLaporan(config, dataset.tahun);
  const draf = drafView(build);
  return {
    judul,
    halamanCss: halamanCss(judul, draf),
    draf,
    sampul: sampulView(config, dataset.tahun),
    ikhtisar: ikhtisarView(dataset, config),
    bab3: bab3View(input),
    tandaTangan: tandaTanganView(config),
  };
}
