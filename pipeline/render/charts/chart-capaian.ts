/** Gambar: each indicator's capaian against its target (the target is 100% for every indicator). */
import type { KategoriBand } from '../../../schemas/config.ts';
import type { Dataset } from '../../../schemas/dataset.ts';
import { renderChart, WARNA } from './render-chart.ts';
import { batangCapaian, maksSumbu, sumbuCapaian, WARNA_TERPOTONG } from './sumbu-capaian.ts';

/**
 * Bars of the capaian printed in the tables (capped when the policy caps, marked `*` as in the tables), one per
 * IKU, with the target line at 100. An indicator whose capaian cannot be computed or is not filled has no bar; its
 * label says which. Without the cap, a bar beyond the axis bound is cut there and labelled with its value.
 */
export function chartCapaian(id: string, label: string, dataset: Dataset, skala: readonly KategoriBand[] = []): string {
  const indikator = dataset.sasaran.flatMap((s) => s.indikator);
  const maks = maksSumbu(indikator.map((i) => i.capaian));
  const data = indikator.map((i) => {
    const b = batangCapaian(i.capaian, maks, skala);
    if (i.capaian.status !== 'terhitung') {
      return {
        value: 0,
        label: { show: true, formatter: b.label, rotate: 90, align: 'left', verticalAlign: 'middle' },
      };
    }
    const warna = b.terpotong ? WARNA_TERPOTONG : i.capaian.nilai >= 100 ? WARNA[0] : WARNA[2];
    return {
      value: b.value,
      itemStyle: { color: warna },
      label: { formatter: b.label.replace(' (terpotong)', '\n(terpotong)') },
    };
  });
  const option = {
    grid: { left: 44, right: 58, top: 30, bottom: 36 },
    ...sumbuCapaian(
      indikator.map((i) => i.kode),
      maks,
    ),
    series: [
      {
        type: 'bar',
        barMaxWidth: 34,
        data,
        label: { show: true, position: 'top', fontSize: 9 },
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
