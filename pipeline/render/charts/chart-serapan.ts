/** Gambar: budget absorption (serapan) of each program and its kegiatan, with the satker's overall serapan. */
import type { Dataset } from '../../../schemas/dataset.ts';
import { formatAngka, formatPersen } from '../../format.ts';
import { renderChart, WARNA } from './render-chart.ts';

/** Longest label before it is cut with an ellipsis (the axis has room for about this many characters). */
const MAKS_LABEL = 46;

const potong = (s: string): string => (s.length > MAKS_LABEL ? `${s.slice(0, MAKS_LABEL - 1).trimEnd()}…` : s);

/** The last segment of a dotted code: `076.01.WA.4369` → `4369`. */
const kodePendek = (kode: string): string => kode.split('.').at(-1) ?? kode;

/** Horizontal bars, programs dark and their kegiatan light beneath them, top to bottom in table order. */
export function chartSerapan(id: string, label: string, dataset: Dataset): string {
  const rows = dataset.anggaran.program.flatMap((p) => [
    { label: potong(`${p.kode} ${p.nama}`), serapan: p.serapan, warna: WARNA[0] },
    ...p.kegiatan.map((k) => ({ label: potong(`    ${kodePendek(k.kode)} ${k.nama}`), serapan: k.serapan, warna: WARNA[1] })),
  ]);
  const total = dataset.anggaran.total.serapan;
  const option = {
    grid: { left: 8, right: 20, top: 22, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { fontSize: 10, interval: 0 } },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${formatAngka(v)}%`, fontSize: 10 } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 14,
        data: rows.map((r) => ({ value: r.serapan ?? 0, itemStyle: { color: r.warna } })),
        label: { show: true, position: 'insideRight', color: '#fff', fontSize: 9, formatter: (p: { value: number }) => `${formatPersen(p.value)}%` },
        markLine:
          total === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#b03a2e', type: 'dashed', width: 1.2 },
                label: { formatter: `Satker ${formatPersen(total)}%`, position: 'start', fontSize: 9, color: '#b03a2e' },
                data: [{ xAxis: total }],
              },
      },
    ],
  };
  return renderChart(id, label, option, 640, 50 + rows.length * 19);
}
