/** Gambar: each indicator's capaian against its target (the target is 100% for every indicator). */
import type { Dataset } from '../../../schemas/dataset.ts';
import { formatAngka, formatPersen } from '../../format.ts';
import { renderChart, WARNA } from './render-chart.ts';

/**
 * Bars of the capaian printed in the tables (capped when the policy caps, marked `*` as in the tables), one per
 * IKU, with the target line at 100. An indicator whose capaian cannot be computed has no bar; its label says why.
 */
export function chartCapaian(id: string, label: string, dataset: Dataset): string {
  const indikator = dataset.sasaran.flatMap((s) => s.indikator);
  const data = indikator.map((i) => {
    if (i.capaian.status !== 'terhitung') {
      const teks = i.capaian.status === 'belum-diisi' ? 'belum diisi' : 'tidak dapat dihitung';
      return { value: 0, label: { show: true, formatter: teks, rotate: 90, align: 'left', verticalAlign: 'middle' } };
    }
    const dibatasi = i.capaian.nilaiMentah > i.capaian.nilai;
    return {
      value: i.capaian.nilai,
      itemStyle: { color: i.capaian.nilai >= 100 ? WARNA[0] : WARNA[2] },
      label: { formatter: `${formatPersen(i.capaian.nilai)}${dibatasi ? '*' : ''}` },
    };
  });
  const max = Math.max(100, ...indikator.map((i) => (i.capaian.status === 'terhitung' ? i.capaian.nilai : 0)));
  const option = {
    grid: { left: 44, right: 58, top: 24, bottom: 36 },
    xAxis: { type: 'category', data: indikator.map((i) => i.kode), axisLabel: { fontSize: 10, interval: 0 } },
    yAxis: {
      type: 'value',
      min: 0,
      max: Math.ceil((max + 10) / 20) * 20,
      interval: 20,
      name: 'Capaian (%)',
      nameTextStyle: { align: 'left' },
      axisLabel: { formatter: (v: number) => formatAngka(v) },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 34,
        data,
        label: { show: true, position: 'top', fontSize: 9, formatter: (p: { value: number }) => formatPersen(p.value) },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#b03a2e', type: 'dashed', width: 1.2 },
          label: { formatter: 'Target\n(100%)', position: 'end', fontSize: 9, color: '#b03a2e' },
          data: [{ yAxis: 100 }],
        },
      },
    ],
  };
  return renderChart(id, label, option, 640, 270);
}
