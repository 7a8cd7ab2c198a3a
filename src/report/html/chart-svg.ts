/**
 * The HTML report's charts, drawn as static SVG strings by Apache ECharts' server-side
 * renderer (`renderToSVGString`, no DOM): the report then needs no script to show a
 * chart, opens offline, and every chart is in the file as it will look.
 *
 * Why ECharts: of the two libraries measured (README, "HTML report"), it drew a 30-bin
 * overlay in about half the time of Vega-Lite + Vega's SVG renderer, the SVG is half the
 * size, and the tree-shaken modules below add about half as much to a bundle.
 *
 * Text that comes from data (category labels) passes {@link chartText} first; the SVG
 * serializer (zrender) then encodes `& < > " '` in every text node it writes.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { chartText } from '../escape.ts';
import { CHART_COLORS, SEVERITY_COLORS } from './palette.ts';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  SVGRenderer,
]);

type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

const TEXT_STYLE = { color: '#1f2328', fontFamily: 'system-ui, sans-serif', fontSize: 12 };
const AXIS_LINE = { lineStyle: { color: '#57606a' } };
const SPLIT_LINE = { lineStyle: { color: '#d0d7de' } };

/** Renders one option as an SVG string of the given size, scaling with its container. */
function renderSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: TEXT_STYLE, ...option });
    return chart.renderToSVGString({ useViewBox: true });
  } finally {
    chart.dispose();
  }
}

function categoryAxis(name: string, labels: readonly string[], rotate = 0) {
  return {
    type: 'category' as const,
    name,
    nameLocation: 'middle' as const,
    nameGap: rotate ? 58 : 30,
    data: labels.map((label) => chartText(label)),
    axisLine: AXIS_LINE,
    axisLabel: { color: '#1f2328', rotate, hideOverlap: true },
  };
}

function valueAxis(name: string, options: { min?: number; max?: number; percent?: boolean } = {}) {
  return {
    type: 'value' as const,
    name,
    nameLocation: 'middle' as const,
    nameGap: 48,
    min: options.min,
    max: options.max,
    axisLine: { show: true, ...AXIS_LINE },
    splitLine: SPLIT_LINE,
    axisLabel: {
      color: '#1f2328',
      formatter: options.percent ? (value: number) => `${value}%` : undefined,
    },
  };
}

const LEGEND = { top: 0, textStyle: TEXT_STYLE, itemWidth: 14, itemHeight: 10 };

/**
 * Reference vs recent on shared bins: two bars per bin, as percentages of each side's
 * non-missing values, with a legend and axis titles.
 */
export function distributionOverlaySvg(options: {
  readonly labels: readonly string[];
  readonly reference: readonly number[];
  readonly recent: readonly number[];
  /** Title of the x axis, e.g. "value (bins)" or "category". */
  readonly xTitle: string;
  readonly referenceName?: string;
  readonly recentName?: string;
}): string {
  const toPercent = (shares: readonly number[]) => shares.map((s) => round(100 * s));
  const rotate = options.labels.length > 8 ? 35 : 0;
  return renderSvg(
    {
      legend: LEGEND,
      grid: { left: 64, right: 16, top: 32, bottom: rotate ? 84 : 52 },
      xAxis: categoryAxis(options.xTitle, options.labels, rotate),
      yAxis: valueAxis('share of values', { min: 0, percent: true }),
      series: [
        {
          name: options.referenceName ?? 'reference',
          type: 'bar',
          data: toPercent(options.reference),
          itemStyle: { color: CHART_COLORS.reference },
          barGap: '0%',
        },
        {
          name: options.recentName ?? 'recent',
          type: 'bar',
          data: toPercent(options.recent),
          itemStyle: { color: CHART_COLORS.recent },
        },
      ],
    },
    640,
    rotate ? 300 : 260,
  );
}

/** Severity of each check, oldest first, on named levels; x positions are check numbers. */
export function severityTrendSvg(options: {
  readonly levels: readonly string[];
  readonly severities: readonly string[];
}): string {
  const labels = options.severities.map((_, i) => String(i + 1));
  return renderSvg(
    {
      grid: { left: 88, right: 16, top: 16, bottom: 48 },
      xAxis: categoryAxis('check (oldest to newest)', labels),
      yAxis: {
        type: 'category',
        data: [...options.levels],
        axisLine: { show: true, ...AXIS_LINE },
        splitLine: { show: true, ...SPLIT_LINE },
        axisLabel: { color: '#1f2328' },
      },
      series: [
        {
          name: 'severity',
          type: 'line',
          data: [...options.severities],
          lineStyle: { color: CHART_COLORS.neutral, width: 2 },
          symbol: 'none',
        },
        {
          name: 'severity level',
          type: 'scatter',
          symbolSize: 10,
          data: options.severities.map((severity, i) => ({
            value: [i, severity],
            itemStyle: { color: SEVERITY_COLORS[severity] ?? CHART_COLORS.neutral },
          })),
        },
      ],
    },
    720,
    240,
  );
}

/** Share of tested features that drifted in each check, oldest first, in percent. */
export function driftShareSvg(options: { readonly shares: readonly (number | null)[] }): string {
  const labels = options.shares.map((_, i) => String(i + 1));
  return renderSvg(
    {
      grid: { left: 64, right: 16, top: 16, bottom: 48 },
      xAxis: categoryAxis('check (oldest to newest)', labels),
      yAxis: valueAxis('features drifted', { min: 0, max: 100, percent: true }),
      series: [
        {
          name: 'drift share',
          type: 'bar',
          barMaxWidth: 40,
          data: options.shares.map((share) => (share === null ? null : round(100 * share))),
          itemStyle: { color: CHART_COLORS.recent },
        },
      ],
    },
    720,
    220,
  );
}

/**
 * Predicted vs actual as a density: one circle per non-empty cell of a square grid,
 * its area proportional to the number of rows in it, and the line predicted = actual.
 */
export function predictedVsActualSvg(options: {
  readonly min: number;
  readonly max: number;
  /** [actual cell centre, predicted cell centre, rows] per non-empty cell. */
  readonly cells: readonly (readonly [number, number, number])[];
}): string {
  const largest = Math.max(1, ...options.cells.map((cell) => cell[2]));
  const { min, max } = options;
  return renderSvg(
    {
      legend: LEGEND,
      grid: { left: 72, right: 24, top: 32, bottom: 56 },
      xAxis: { ...valueAxis('actual'), scale: true, nameGap: 30 },
      yAxis: { ...valueAxis('predicted'), scale: true },
      series: [
        {
          name: 'rows (area ∝ count)',
          type: 'scatter',
          data: options.cells.map(([x, y, count]) => [x, y, count]),
          symbolSize: (value: number[]) => 3 + 13 * Math.sqrt(value[2] / largest),
          itemStyle: { color: CHART_COLORS.reference, opacity: 0.75 },
        },
        {
          name: 'predicted = actual',
          type: 'line',
          data: [
            [min, min],
            [max, max],
          ],
          symbol: 'none',
          lineStyle: { color: CHART_COLORS.recent, type: 'dashed', width: 2 },
        },
      ],
    },
    520,
    440,
  );
}

/** A histogram of counts on labelled bins (the error distribution). */
export function histogramSvg(options: {
  readonly labels: readonly string[];
  readonly counts: readonly number[];
  readonly xTitle: string;
  readonly yTitle: string;
}): string {
  return renderSvg(
    {
      grid: { left: 72, right: 16, top: 16, bottom: 84 },
      xAxis: categoryAxis(options.xTitle, options.labels, 35),
      yAxis: valueAxis(options.yTitle, { min: 0 }),
      series: [
        {
          name: options.yTitle,
          type: 'bar',
          data: [...options.counts],
          itemStyle: { color: CHART_COLORS.reference },
          barCategoryGap: '8%',
        },
      ],
    },
    640,
    300,
  );
}

/** Precision and recall of each class, as grouped bars in percent. */
export function perClassSvg(options: {
  readonly labels: readonly string[];
  readonly precision: readonly (number | null)[];
  readonly recall: readonly (number | null)[];
}): string {
  const percent = (xs: readonly (number | null)[]) =>
    xs.map((x) => (x === null ? null : round(100 * x)));
  const rotate = options.labels.length > 6 ? 35 : 0;
  return renderSvg(
    {
      legend: LEGEND,
      grid: { left: 64, right: 16, top: 32, bottom: rotate ? 84 : 52 },
      xAxis: categoryAxis('class', options.labels, rotate),
      yAxis: valueAxis('score', { min: 0, max: 100, percent: true }),
      series: [
        {
          name: 'precision',
          type: 'bar',
          data: percent(options.precision),
          itemStyle: { color: CHART_COLORS.reference },
          barGap: '0%',
        },
        {
          name: 'recall',
          type: 'bar',
          data: percent(options.recall),
          itemStyle: { color: CHART_COLORS.recent },
        },
      ],
    },
    640,
    rotate ? 300 : 260,
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
