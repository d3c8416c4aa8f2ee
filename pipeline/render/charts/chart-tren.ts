/** Gambar: capaian of every indicator over the years of the comparison (T4), side by side. */
import type { Dataset } from '../../../schemas/dataset.ts';
import { formatAngka } from '../../format.ts';
import { renderChart, WARNA } from './render-chart.ts';

/** Grouped bars: one group per IKU, one bar per year (oldest lightest); a year without capaian has no bar. */
export function chartTren(id: string, label: string, dataset: Dataset): string {
  const indikator = dataset.sasaran.flatMap((s) => s.indikator);
  const tahun = [...new Set(indikator.flatMap((i) => i.riwayat.map((r) => r.tahun)))].sort((a, b) => a - b);
  const warna = [WARNA[3], WARNA[1], WARNA[0]];
  const series = tahun.map((t, k) => ({
    type: 'bar',
    name: String(t),
    barGap: '8%',
    itemStyle: { color: warna[Math.max(0, warna.length - tahun.length + k)] ?? WARNA[0] },
    data: indikator.map((i) => i.riwayat.find((r) => r.tahun === t)?.capaian ?? '-'),
  }));
  const option = {
    legend: { top: 0, right: 8, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 10 } },
    grid: { left: 44, right: 16, top: 34, bottom: 30 },
    xAxis: { type: 'category', data: indikator.map((i) => i.kode), axisLabel: { fontSize: 10, interval: 0 } },
    yAxis: {
      type: 'value',
      min: 0,
      name: 'Capaian (%)',
      nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (v: number) => formatAngka(v) },
    },
    series,
  };
  return renderChart(id, label, option, 640, 260);
}
