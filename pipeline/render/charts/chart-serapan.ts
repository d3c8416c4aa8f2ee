/** Gambar: budget absorption (serapan) of each program and its kegiatan, with the satker's overall serapan. */
import type { Dataset } from '../../../schemas/dataset.ts';
import { formatAngka, formatPersen } from '../../format.ts';
import { renderChart, WARNA } from './render-chart.ts';
import { wrapLabel } from './wrap-label.ts';

/** Height of one label line, and the room around a bar, in px. */
const TINGGI_BARIS = 12;
const RUANG_BATANG = 9;

/** The last segment of a dotted code: `076.01.WA.4369` → `4369`. */
const kodePendek = (kode: string): string => kode.split('.').at(-1) ?? kode;

/** Horizontal bars, programs dark and their kegiatan light beneath them, top to bottom in table order. */
export function chartSerapan(id: string, label: string, dataset: Dataset): string {
  // Full names, wrapped at spaces (wrap-label.ts): a reader can always match a bar to its row in T8.
  const rows = dataset.anggaran.program.flatMap((p) => [
    { label: wrapLabel(`${p.kode} ${p.nama}`), serapan: p.serapan, warna: WARNA[0] },
    ...p.kegiatan.map((k) => ({
      label: wrapLabel(`${kodePendek(k.kode)} ${k.nama}`),
      serapan: k.serapan,
      warna: WARNA[1],
    })),
  ]);
  const baris = Math.max(1, ...rows.map((r) => r.label.length));
  const total = dataset.anggaran.total.serapan;
  const option = {
    grid: { left: 8, right: 20, top: 22, bottom: 24, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label.join('\n')),
      axisLabel: { fontSize: 10, lineHeight: TINGGI_BARIS, interval: 0 },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: (v: number) => `${formatAngka(v)}%`, fontSize: 10 },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 14,
        data: rows.map((r) => ({ value: r.serapan ?? 0, itemStyle: { color: r.warna } })),
        label: {
          show: true,
          position: 'insideRight',
          color: '#fff',
          fontSize: 9,
          formatter: (p: { value: number }) => `${formatPersen(p.value)}%`,
        },
        markLine:
          total === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#b03a2e', type: 'dashed', width: 1.2 },
                label: {
                  formatter: `Satker ${formatPersen(total)}%`,
                  position: 'start',
                  fontSize: 9,
                  color: '#b03a2e',
                },
                data: [{ xAxis: total }],
              },
      },
    ],
  };
  return renderChart(id, label, option, 640, 50 + rows.length * (baris * TINGGI_BARIS + RUANG_BATANG));
}
