/**
 * The comparisons of BAB III A (primer §3 items 2–4): earlier years with the trend (T4), the Renstra end-of-period
 * target (T5) and the national standard (T6). Trends and comparisons respect the indicator's direction: for a
 * lower-is-better indicator a falling realisasi is an improvement.
 */
import type { IndikatorData } from '../../schemas/dataset.ts';
import { daftarKata, formatAngka, formatPersen } from '../format.ts';
import type { RenstraCapaianRow, RiwayatRow, StandarRow } from './view-types-bab.ts';

const angkaAtauStrip = (n: number | null): string => (n === null ? '–' : formatAngka(n));
const persenAtauStrip = (n: number | null): string => (n === null ? '–' : formatPersen(n));

/** How this year's realisasi moved against the latest earlier year that has one. */
export type Arah = 'membaik' | 'memburuk' | 'tetap' | 'tanpa-pembanding';

export function arahTren(ind: IndikatorData): { arah: Arah; teks: string } {
  const now = ind.riwayat.at(-1);
  const before = ind.riwayat.slice(0, -1).filter((r) => r.realisasi !== null).at(-1);
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
export function riwayatRow(ind: IndikatorData): RiwayatRow {
  return {
    kode: ind.kode,
    nama: ind.nama,
    satuan: ind.satuan,
    realisasi: ind.riwayat.map((r) => angkaAtauStrip(r.realisasi)),
    capaian: ind.riwayat.map((r) => persenAtauStrip(r.capaian)),
    tren: arahTren(ind).teks,
  };
}

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

/** T5 row: the Renstra end target, this year's realisasi and the capaian against the end target. */
export function renstraRow(ind: IndikatorData): RenstraCapaianRow {
  const c = ind.renstra.capaian;
  const keterangan =
    ind.renstra.targetAkhir === null
      ? 'Target akhir Renstra tidak tercantum'
      : c === null
        ? 'Tidak dapat dibandingkan'
        : c >= 100
          ? 'Target akhir Renstra tercapai'
          : 'Belum mencapai target akhir Renstra';
  return {
    kode: ind.kode,
    nama: ind.nama,
    satuan: ind.satuan,
    targetAkhir: angkaAtauStrip(ind.renstra.targetAkhir),
    realisasi: angkaAtauStrip(ind.realisasi),
    capaian: c === null ? '–' : formatPersen(c),
    keterangan,
  };
}

/** The sentence above T5. */
export function ringkasanRenstra(indikator: readonly IndikatorData[], tahun: number, tahunAkhir: number): string {
  const tercapai = indikator.filter((i) => (i.renstra.capaian ?? 0) >= 100).length;
  const periode =
    tahun >= tahunAkhir
      ? `Tahun ${tahun} adalah tahun terakhir periode Renstra, sehingga realisasi tahun ini dibandingkan langsung dengan target akhir periode.`
      : `Realisasi sampai dengan tahun ${tahun} dibandingkan dengan target akhir periode Renstra tahun ${tahunAkhir}.`;
  return `${periode} Dari ${indikator.length} indikator, ${tercapai} telah mencapai target akhir Renstra.`;
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
    }
    return [{ kode: ind.kode, nama: ind.nama, satuan: ind.satuan, realisasi: angkaAtauStrip(r), standar: formatAngka(std.nilai), keterangan }];
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
