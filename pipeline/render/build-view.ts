/**
 * Builds the report's view model from the render input: a pure function, testable without templates. Parts are
 * built in document order, because that is the order in which headings, tables and figures are numbered and
 * listed (Daftar Isi/Tabel/Gambar fill up as the parts after them are built).
 */
import { createDaftar } from './daftar.ts';
import { bab1View } from './view-bab1.ts';
import { bab2View } from './view-bab2.ts';
import { bab3View } from './view-bab3.ts';
import { bab4View } from './view-bab4.ts';
import { daftarViews, kataPengantarView } from './view-depan.ts';
import { drafView, halamanCss, judulLaporan, sampulView, sidikFinal } from './view-halaman.ts';
import { ikhtisarView } from './view-ikhtisar.ts';
import { pernyataanReviuView } from './view-pernyataan-reviu.ts';
import { lampiranView } from './view-lampiran.ts';
import { lampiranTambahanView } from './view-lampiran-tambahan.ts';
import { sumberDataView } from './view-sumber.ts';
import type { ReportView } from './view-types-bab.ts';
import type { RenderInput } from './view-types.ts';

/** The whole view model. */
export function buildReportView(input: RenderInput): ReportView {
  const { dataset, reference, build } = input;
  const narrative = input.narrative ?? {};
  const config = reference.config;
  const daftar = createDaftar(input.pages ?? null);
  const judul = judulLaporan(config, dataset.tahun);
  const draf = drafView(build);
  const kataPengantar = kataPengantarView(config, narrative, daftar);
  const ikhtisar = ikhtisarView(dataset, config, daftar);
  const daftarLists = daftarViews(daftar);
  const gambarNarasi = input.gambarNarasi ?? {};
  const bab1 = bab1View(narrative, daftar, gambarNarasi);
  const bab2 = bab2View(reference, daftar, dataset);
  const bab3 = bab3View(reference, dataset, daftar);
  const bab4 = bab4View(dataset, config, narrative, daftar, gambarNarasi);
  const lampiran = lampiranView(reference, dataset, daftar, input.pkPindaian ?? null);
  const lampiranTambahan = lampiranTambahanView(reference, dataset, daftar);
  const sumberData = sumberDataView(dataset, reference, daftar);
  const pernyataanReviu = pernyataanReviuView(config, dataset.tahun, daftar);
  return {
    judul,
    halamanCss: halamanCss(judul, draf),
    draf,
    sidikFinal: sidikFinal(build),
    sampul: sampulView(config, dataset.tahun),
    kataPengantar,
    ikhtisar,
    ...daftarLists,
    bab1,
    bab2,
    bab3,
    bab4,
    lampiran,
    lampiranTambahan,
    sumberData,
    pernyataanReviu,
  };
}
