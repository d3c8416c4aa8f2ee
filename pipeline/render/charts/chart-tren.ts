/** Gambar: capaian of every indicator over the years of the comparison (T4), side by side. */
import type { KategoriBand } from '../../../schemas/config.ts';
import type { Dataset } from '../../../schemas/dataset.ts';
import { renderChart, WARNA } from './render-chart.ts';
import { batangCapaian, maksSumbu, sumbuCapaian, WARNA_TERPOTONG } from './sumbu-capaian.ts';

/**
 * Grouped bars: one group per IKU, one bar per year (oldest lightest), each labelled with the capaian T4 prints
 * (`*` when capped); a year without capaian has no bar and its label says why (`belum diisi`, `tidak dapat
 * dihitung`). Without the cap, a bar beyond the axis bound is cut there and labelled with its value.
 */
export function chartTren(id: string, label: string, dataset: Dataset, skala: readonly KategoriBand[] = []): string {
  const indikator = dataset.sasaran.flatMap((s) => s.indikator);
  const tahun = [...new Set(indikator.flatMap((i) => i.riwayat.map((r) => r.tahun)))].sort((a, b) => a - b);
  const maks = maksSumbu(indikator.flatMap((i) => i.riwayat.map((r) => r.capaian)));
  const warna = [WARNA[3], WARNA[1], WARNA[0]];
  const series = tahun.map((t, k) => {
    const color = warna[Math.max(0, warna.length - tahun.length + k)] ?? WARNA[0];
    // White text only on the dark bar of this year; the lighter bars of earlier years take dark text.
    const teksTerhitung = color === WARNA[0] ? '#fff' : '#111';
    return {
      type: 'bar',
      name: String(t),
      barGap: '8%',
      itemStyle: { color },
      label: {
        show: true,
        position: 'insideBottom',
        rotate: 90,
        align: 'left',
        verticalAlign: 'middle',
        fontSize: 8,
        distance: 3,
      },
      data: indikator.map((i) => {
        const r = i.riwayat.find((x) => x.tahun === t);
        if (!r) return { value: 0, label: { formatter: '' } };
        const b = batangCapaian(r.capaian, maks, skala);
        const teks = {
          color:
            r.capaian.status === 'terhitung' && !b.terpotong
              ? teksTerhitung
              : r.capaian.status === 'terhitung'
                ? '#fff'
                : '#222',
        };
        return {
          value: b.value,
          ...(b.terpotong ? { itemStyle: { color: WARNA_TERPOTONG } } : {}),
          label: { formatter: b.label, ...teks },
        };
      }),
    };
  });
  const option = {
    legend: { top: 0, right: 8, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 10 } },
    grid: { left: 44, right: 16, top: 34, bottom: 30 },
    ...sumbuCapaian(
      indikator.map((i) => i.kode),
      maks,
    ),
    series,
  };
  return renderChart(id, label, option, 640, 280);
}
