/**
 * The comparisons of BAB III A (primer §3 items 2–4): earlier years with the trend (T4), the Renstra end-of-period
 * target (T5) and the national standard (T6). Trends and comparisons respect the indicator's direction: for a
 * lower-is-better indicator a falling realisasi is an improvement.
 */
import type { KategoriBand } from '../../schemas/config.ts';
import type { CapaianResult, IndikatorData } from '../../schemas/dataset.ts';
import { daftarKata } from '../format.ts';
import { formatIndikator } from './format-nilai.ts';
import { capaianTeks, catatanBatas, statusTeks, type CapaianBerlabel } from './view-capaian.ts';
import type { RenstraCapaianRow, RiwayatRow, StandarRow } from './view-types-bab.ts';

/** How this year's realisasi moved against the latest earlier year that has one. */
export type Arah = 'membaik' | 'memburuk' | 'tetap' | 'tanpa-pembanding';

/** An indicator's value in its own precision, or a dash for an empty one. */
const angkaAtauStrip = (ind: IndikatorData, n: number | null): string =>
  n === null ? '–' : formatIndikator(ind).angka(n);

export function arahTren(ind: IndikatorData): { arah: Arah; teks: string } {
  const now = ind.riwayat.at(-1);
  const before = ind.riwayat
    .slice(0, -1)
    .filter((r) => r.realisasi !== null)
    .at(-1);
  if (!now || now.realisasi === null || !before || before.realisasi === null) {
    return { arah: 'tanpa-pembanding', teks: 'Tidak ada data pembanding' };
  }
  const selisih = now.realisasi - before.realisasi;
  const terhadap = before.tahun === now.tahun - 1 ? '' : ` terhadap ${before.tahun}`;
  if (Math.abs(selisih) < 1e-9) return { arah: 'tetap', teks: `Tetap${terhadap}` };
  const naik = selisih > 0;
  const membaik = naik === (ind.arah === 'naik');
  return {
    arah: membaik ? 'membaik' : 'memburuk',
    teks: `${naik ? 'Naik' : 'Turun'} (${membaik ? 'membaik' : 'memburuk'})${terhadap}`,
  };
}

/** T4 row: realisasi and capaian of each year of `riwayat`, then the trend. */
export function riwayatRow(ind: IndikatorData, skala: readonly KategoriBand[] = []): RiwayatRow {
  return {
    kode: ind.kode,
    nama: ind.nama,
    satuan: ind.satuan,
    realisasi: ind.riwayat.map((r) => angkaAtauStrip(ind, r.realisasi)),
    capaian: ind.riwayat.map((r) => capaianTeks(r.capaian, skala)),
    tren: arahTren(ind).teks,
  };
}

/** T4's capaian, each labelled with its indicator and year, for the notes under the table. */
export const riwayatBerlabel = (indikator: readonly IndikatorData[]): CapaianBerlabel[] =>
  indikator.flatMap((i) => i.riwayat.map((r) => ({ label: `${i.kode} ${r.tahun}`, capaian: r.capaian })));

/** One note per capaian without a number: which one, its status and why (`IKU-02 2022: belum diisi, …`). */
export function catatanStatus(items: readonly CapaianBerlabel[]): string[] {
  return items.flatMap(({ label, capaian: c }) =>
    c.status === 'terhitung' ? [] : [`${label}: capaian ${statusTeks(c)}; ${alasanKecil(c)}.`],
  );
}

const alasanKecil = (c: Exclude<CapaianResult, { status: 'terhitung' }>): string =>
  c.alasan.charAt(0).toLowerCase() + c.alasan.slice(1).replace(/\.$/, '');

/** The notes under a capaian table: the capped values (`*`), then every capaian without a number and why. */
export const catatanTabel = (items: readonly CapaianBerlabel[], kategoriDari?: 'dibatasi' | 'mentah'): string[] =>
  [catatanBatas(items, kategoriDari), ...catatanStatus(items)].filter((c) => c !== '');

/** The sentence above T4: how many indicators improved, worsened, stayed, or have nothing to compare with. */
export function ringkasanRiwayat(indikator: readonly IndikatorData[], tahun: number): string {
  const count = new Map<Arah, number>();
  for (const i of indikator) count.set(arahTren(i).arah, (count.get(arahTren(i).arah) ?? 0) + 1);
  const kata: Record<Arah, string> = {
    membaik: 'membaik',
    memburuk: 'memburuk',
    tetap: 'tetap',
    'tanpa-pembanding': 'belum memiliki data tahun sebelumnya sebagai pembanding',
  };
  const parts = (['membaik', 'tetap', 'memburuk', 'tanpa-pembanding'] as const)
    .filter((a) => count.has(a))
    .map((a) => `${count.get(a)} indikator ${kata[a]}`);
  const turun = indikator.some((i) => i.arah === 'turun')
    ? ' Untuk indikator yang semakin rendah semakin baik, realisasi yang turun berarti kinerja membaik.'
    : '';
  return `Dibandingkan tahun sebelumnya, realisasi tahun ${tahun}: ${daftarKata(parts)}.${turun}`;
}

/** Whether this year's realisasi reached the Renstra end target, or why that cannot be said. */
function keteranganRenstra(c: CapaianResult): string {
  if (c.status !== 'terhitung') return `Capaian ${statusTeks(c)}: ${alasanKecil(c)}`;
  return c.nilaiMentah >= 100 ? 'Target akhir Renstra tercapai' : 'Belum mencapai target akhir Renstra';
}

/** T5 row: the Renstra end target, this year's realisasi and the capaian against the end target. */
export function renstraRow(ind: IndikatorData, skala: readonly KategoriBand[] = []): RenstraCapaianRow {
  return {
    kode: ind.kode,
    nama: ind.nama,
    satuan: ind.satuan,
    targetAkhir: angkaAtauStrip(ind, ind.renstra.targetAkhir),
    realisasi: angkaAtauStrip(ind, ind.realisasi),
    capaian: capaianTeks(ind.renstra.capaian, skala),
    keterangan: keteranganRenstra(ind.renstra.capaian),
  };
}

/** The sentence above T5. */
export function ringkasanRenstra(indikator: readonly IndikatorData[], tahun: number, tahunAkhir: number): string {
  const status = (i: IndikatorData) => i.renstra.capaian;
  const tercapai = indikator.filter((i) => {
    const c = status(i);
    return c.status === 'terhitung' && c.nilaiMentah >= 100;
  }).length;
  const kosong = indikator.filter((i) => status(i).status === 'belum-diisi').length;
  const tdd = indikator.filter((i) => status(i).status === 'tidak-dapat-dihitung').length;
  const periode =
    tahun >= tahunAkhir
      ? `Tahun ${tahun} adalah tahun terakhir periode Renstra, sehingga realisasi tahun ini dibandingkan langsung dengan target akhir periode.`
      : `Realisasi sampai dengan tahun ${tahun} dibandingkan dengan target akhir periode Renstra tahun ${tahunAkhir}.`;
  const lain = [
    kosong > 0 ? `${kosong} belum diisi` : '',
    tdd > 0 ? `${tdd} tidak dapat dihitung capaiannya` : '',
  ].filter((x) => x);
  return (
    `${periode} Dari ${indikator.length} indikator, ${tercapai} telah mencapai target akhir Renstra` +
    (lain.length > 0 ? `; ${daftarKata(lain)}.` : '.')
  );
}

/** T6 rows (indicators with a national standard) and the sentence saying which have none. */
export function standarView(indikator: readonly IndikatorData[]): { baris: StandarRow[]; paragraf: string } {
  const baris = indikator.flatMap((ind): StandarRow[] => {
    const std = ind.standarNasional;
    if (!std) return [];
    const r = ind.realisasi;
    let keterangan = std.keterangan;
    if (r !== null) {
      const posisi = r === std.nilai ? 'Sama dengan' : r > std.nilai ? 'Di atas' : 'Di bawah';
      const baik = ind.arah === 'naik' ? r >= std.nilai : r <= std.nilai;
      keterangan = `${posisi} standar nasional (${baik ? 'memenuhi' : 'belum memenuhi'}). ${std.keterangan}`;
    } else keterangan = `Realisasi belum diisi. ${std.keterangan}`;
    return [
      {
        kode: ind.kode,
        nama: ind.nama,
        satuan: ind.satuan,
        realisasi: angkaAtauStrip(ind, r),
        standar: angkaAtauStrip(ind, std.nilai),
        keterangan,
      },
    ];
  });
  const tanpa = indikator.filter((i) => !i.standarNasional).map((i) => i.kode);
  const paragraf =
    baris.length === 0
      ? 'Tidak ada indikator pada sasaran ini yang memiliki standar nasional sebagai pembanding, sehingga ' +
        'perbandingan dengan standar nasional tidak dapat disajikan.'
      : tanpa.length > 0
        ? `Indikator yang memiliki standar nasional dibandingkan pada tabel berikut; ${daftarKata(tanpa)} tidak memiliki standar nasional.`
        : 'Setiap indikator sasaran ini dibandingkan dengan standar nasionalnya pada tabel berikut.';
  return { baris, paragraf };
}
