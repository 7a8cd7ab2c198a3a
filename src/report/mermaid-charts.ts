/**
 * The Mermaid `xychart-beta` charts of the Markdown reports
 * (https://mermaid.js.org/syntax/xyChart.html), which GitHub draws in job summaries
 * and comments. Every data-derived label passes `mermaidLabel` (escape.ts).
 *
 * GitHub draws Mermaid with its light or dark theme, so the colours are fixed here,
 * in a directive, and each has a contrast of at least 3:1 (WCAG 2.1 non-text
 * contrast, 1.4.11) against both GitHub backgrounds: the theme defaults drew the
 * reference bars in #ECECFF, 1.17:1 on white. test/report/chart-palette.test.ts
 * computes the contrasts. Series are named, so Mermaid 11.10+ draws a legend; older
 * versions ignore the option, which is why the Markdown also says which is which.
 */
import type { FeatureResult } from '../detect/drift-report.ts';
import { mermaidLabel } from './escape.ts';
import { formatNumber, formatTimestamp } from './format.ts';
import { effectLabel } from './labels.ts';

/** GitHub's page backgrounds, light and dark (Primer `canvas.default`). */
export const GITHUB_BACKGROUNDS = { light: '#ffffff', dark: '#0d1117' } as const;

/** Reference (bars) and recent (line) in the distribution charts: blue and orange. */
export const DISTRIBUTION_COLOURS = { reference: '#1f6feb', recent: '#d4500b' } as const;

/** Severity levels, lowest first, each with its colour in the trend chart. */
export const SEVERITY_COLOURS = {
  none: '#6e7781',
  low: '#bf8700',
  medium: '#db6d28',
  high: '#e5534b',
  critical: '#a371f7',
} as const;

export const SEVERITY_LEVELS = Object.keys(SEVERITY_COLOURS) as (keyof typeof SEVERITY_COLOURS)[];

/** Chart size: fits a 760 px comment column with its padding. */
const WIDTH = 700;
const HEIGHT = 380;

function directive(palette: readonly string[], xyChart: Record<string, unknown> = {}): string {
  const init = {
    xyChart: { width: WIDTH, height: HEIGHT, showLegend: true, ...xyChart },
    themeVariables: { xyChart: { plotColorPalette: palette.join(', ') } },
  };
  return `%%{init: ${JSON.stringify(init)}}%%`;
}

/** Shares as percentages with at most one decimal, for the y axis in %. */
function percents(shares: readonly number[]): string {
  return shares.map((x) => Number((x * 100).toFixed(1))).join(', ');
}

/**
 * A feature's reference-vs-recent distribution: bars for the reference, a line for
 * the recent data, in percent of non-missing values. Numbers as a histogram whose
 * bins are labelled by their lower edge (`100k` is the bin from 100k to the next
 * label), with overflow bins `＜ a` and `＞ b`; short labels, so ten to fourteen bins
 * fit 700 px without overprinting. Categories as horizontal bars, so their names have
 * room; a long name keeps its start and end (`warehouse-r…2-north-east`).
 */
export function distributionChart(
  f: Pick<FeatureResult, 'name' | 'type' | 'effectSize' | 'effectSizeName' | 'distribution'>,
): string[] {
  const { labels, reference, recent } = f.distribution;
  const max = Math.max(...reference, ...recent) * 100;
  const top = Math.min(100, Math.max(5, Math.ceil(max / 5) * 5));
  const name = mermaidLabel(f.name, 40);
  const numeric = f.type === 'numeric';
  const axisLabels = labels.map((label) => `"${numeric ? binLabel(label) : categoryLabel(label)}"`);
  const layout = numeric
    ? { xAxis: { labelFontSize: 12 } }
    : { height: Math.max(HEIGHT, 34 * labels.length + 150) };
  return [
    '```mermaid',
    directive([DISTRIBUTION_COLOURS.reference, DISTRIBUTION_COLOURS.recent], layout),
    numeric ? 'xychart-beta' : 'xychart-beta horizontal',
    `    title "${name}: reference vs recent (${effectLabel(f)} = ${formatNumber(f.effectSize)})"`,
    `    x-axis "${numeric ? `${name} (bins start at each label)` : name}" [${axisLabels.join(', ')}]`,
    `    y-axis "share of non-missing values (%)" 0 --> ${top}`,
    `    bar "reference" [${percents(reference)}]`,
    `    line "recent" [${percents(recent)}]`,
    '```',
  ];
}

/**
 * A numeric bin's label from overlay-histogram.ts (`a–b`, `< a`, `> b`): its lower
 * edge, or the overflow bin with full-width `＜` / `＞`, because Mermaid shows an
 * ASCII `<` in an axis label as the text `&lt;`.
 */
function binLabel(label: string): string {
  const overflow = /^([<>]) (.*)$/.exec(label);
  if (overflow) return `${overflow[1] === '<' ? '＜' : '＞'} ${mermaidLabel(overflow[2])}`;
  return mermaidLabel(label.split('–')[0]);
}

/**
 * Longest category label in a horizontal chart, where the left axis has room for it
 * (about 220 px of 700 at 14 px).
 */
const MAX_CATEGORY_LABEL_LENGTH = 32;

/** A category: cut in the middle when long, keeping how it starts and how it ends. */
function categoryLabel(label: string): string {
  if (label.length <= MAX_CATEGORY_LABEL_LENGTH)
    return mermaidLabel(label, MAX_CATEGORY_LABEL_LENGTH);
  const half = Math.floor((MAX_CATEGORY_LABEL_LENGTH - 1) / 2);
  return `${mermaidLabel(label.slice(0, half), half)}…${mermaidLabel(label.slice(-half), half)}`;
}

/** One check of the severity trend. */
export interface TrendPoint {
  readonly checkedAt: string;
  readonly severity: string;
}

/**
 * The severity of the latest checks: one bar per check, numbered oldest first (so
 * checks in the same minute stay apart), its height and colour the severity level,
 * one named series per level so the legend reads none..critical. The date range is
 * in the title. Checks with an unknown severity are left out; empty array when
 * nothing is left.
 */
export function severityTrendChart(trend: readonly TrendPoint[], maxPoints = 30): string[] {
  const points = trend
    .map((check) => ({
      at: check.checkedAt,
      level: SEVERITY_LEVELS.indexOf(check.severity.toLowerCase() as never),
    }))
    .filter((point) => point.level >= 0)
    .slice(-maxPoints);
  if (points.length === 0) return [];
  const first = formatTimestamp(points[0].at);
  const last = formatTimestamp(points[points.length - 1].at);
  const range = first === last ? first : `${first} to ${last}`;
  const numbers = points.map((_, i) => `"${i + 1}"`).join(', ');
  const series = SEVERITY_LEVELS.map(
    (level, index) =>
      `    bar "${level}" [${points.map((p) => (p.level === index ? index + 1 : 0)).join(', ')}]`,
  );
  return [
    '```mermaid',
    // Tick labels would read 2.5 severity: the legend names the levels instead.
    directive(Object.values(SEVERITY_COLOURS), { yAxis: { showLabel: false } }),
    'xychart-beta',
    `    title "Severity of the last ${points.length} check${points.length === 1 ? '' : 's'}, ${range}"`,
    `    x-axis "check, oldest first" [${numbers}]`,
    `    y-axis "severity (bar height and colour, see legend)" 0 --> 5`,
    ...series,
    '```',
  ];
}
