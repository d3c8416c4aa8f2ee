/**
 * Draws a chart as SVG at build time with ECharts' server-side renderer: no DOM, no canvas, no network. Only the
 * chart types the report uses are registered, which keeps loading fast.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { escapeHtml } from '../escape-html.ts';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

/** The chart options the report passes (ECharts' own option type). */
export type ChartOption = echarts.EChartsCoreOption;

/** Colours of the report's charts: dark for this year or the main series, lighter for comparisons. */
export const WARNA = ['#1f4e79', '#7fa7cc', '#c9a227', '#9aa5b1'] as const;

/** Base text style: the report's embedded font, so the PDF needs no other. */
const TEKS = { fontFamily: 'Arimo, sans-serif', fontSize: 11, color: '#222' };

/**
 * Removes the outline (halo) ECharts draws around data labels: Chromium prints outlined text as a Type 3 font
 * instead of with the embedded Arimo. The labels stand on white or on a bar, where no halo is needed.
 */
const withoutTextOutline = (svg: string): string =>
  svg.replace(/<text\b[^>]*>/g, (tag) =>
    tag.replace(/ (stroke|stroke-width|paint-order|stroke-miterlimit)="[^"]*"/g, ''),
  );

/**
 * ECharts numbers its CSS classes and clip paths (`cls-11`) from counters that run on through the process, so the
 * second render of the same chart in one process (watch mode, tests) would differ: number them from 0 in the order
 * they first appear in this SVG.
 */
function renumber(svg: string, id: string): string {
  const seen = new Map<string, number>();
  const perKind = new Map<string, number>();
  const prefix = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Every occurrence is replaced in one pass, so the old → new mapping is one-to-one and names cannot collide.
  return svg.replace(new RegExp(`\\b${prefix}-([a-z]+)-(\\d+)\\b`, 'g'), (whole: string, kind: string) => {
    if (!seen.has(whole)) {
      const n = perKind.get(kind) ?? 0;
      perKind.set(kind, n + 1);
      seen.set(whole, n);
    }
    return `${id}-${kind}-${seen.get(whole)}`;
  });
}

/**
 * The chart as an SVG string of the given size in CSS pixels (the page scales it to the text width), labelled
 * for screen readers with `label`. `id` replaces ECharts' per-process instance counter in class names, so the same
 * input gives the same SVG and two charts on one page never share a class.
 */
export function renderChart(id: string, label: string, option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: [...WARNA], textStyle: TEKS, ...option });
    return renumber(withoutTextOutline(chart.renderToSVGString()).replace(/\bzr\d+-/g, `${id}-`), id).replace(
      '<svg ',
      `<svg role="img" aria-label="${escapeHtml(label)}" `,
    );
  } finally {
    chart.dispose();
  }
}
