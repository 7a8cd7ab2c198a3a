/**
 * Key metrics of the event log, for every job summary (Markdown with a Mermaid trend
 * chart of check severities) and for `drift-sentinel events` (plain text). Pure: takes
 * the computed `KeyMetrics`, returns strings.
 */
import type { KeyMetrics } from '../events/key-metrics.ts';
import { markdownText, terminalText } from './escape.ts';
import { formatCost, formatNumber, formatPercent } from './format.ts';
import { severityTrendChart } from './mermaid-charts.ts';

/** Severity levels on the chart's y axis, lowest first. */
const SEVERITY_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;

/** Options of {@link renderKeyMetricsMarkdown}. */
export interface KeyMetricsMarkdownOptions {
  /** Level of the section heading. Default 2. */
  headingLevel?: number;
  /** The chart shows at most this many of the latest checks. Default 30. */
  maxChartPoints?: number;
}

/** A check severity as a number from 0 (none) to 4 (critical), or undefined when unknown. */
export function severityLevel(severity: string): number | undefined {
  const index = (SEVERITY_LEVELS as readonly string[]).indexOf(severity.toLowerCase());
  return index < 0 ? undefined : index;
}

/** A duration for people: `45 s`, `12.5 min`, `3.2 h`. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'n/a';
  if (seconds < 60) return `${formatNumber(seconds)} s`;
  if (seconds < 3600) return `${Number((seconds / 60).toFixed(1))} min`;
  return `${Number((seconds / 3600).toFixed(1))} h`;
}

function signedPercent(value: number | null): string {
  if (value === null) return 'n/a';
  return `${value > 0 ? '+' : ''}${Number(value.toFixed(1))}%`;
}

/**
 * The metrics as label/value rows, shared by the Markdown table and the text list.
 * Trigger types come from the event log, an artifact anyone with write access can
 * replace, so they pass the output's escaper.
 */
function metricRows(metrics: KeyMetrics, escape: (text: string) => string): [string, string][] {
  const triggers = Object.entries(metrics.triggerTypes)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([type, count]) => `${escape(type)} ${count}`)
    .join(', ');
  return [
    [
      'Retraining frequency',
      `${metrics.retrainingCount} retraining${metrics.retrainingCount === 1 ? '' : 's'}, ${formatNumber(metrics.retrainingsPerWeek)} per week`,
    ],
    ['Trigger types', triggers || 'none'],
    ['Execution success rate', formatPercent(metrics.successRate)],
    [
      'Model improvement per retrain',
      `R² ${signedPercent(metrics.meanImprovementR2Percent)}, RMSE ${signedPercent(metrics.meanImprovementRmsePercent)} (mean of successful)`,
    ],
    ['Time to retrain', `${formatDuration(metrics.medianTimeToRetrainSeconds)} (median)`],
    [
      'Cost per retrain',
      metrics.meanCostPerRetrain === null
        ? 'n/a'
        : `${formatCost(metrics.meanCostPerRetrain)} (total ${formatCost(metrics.totalCost)})`,
    ],
    ...suppressedRow(metrics),
  ];
}

/**
 * How often the guards of issue 9 held a wanted retraining back, and how many
 * retrainings were lost; no row for a log where neither ever happened.
 */
function suppressedRow(metrics: KeyMetrics): [string, string][] {
  const held = metrics.suppressedDispatches ?? { inFlight: 0, cooldown: 0, confidence: 0 };
  const total = held.inFlight + held.cooldown + held.confidence;
  const lost = metrics.lostCount ?? 0;
  if (total === 0 && lost === 0) return [];
  const lostText = lost > 0 ? `; ${lost} retraining${lost === 1 ? '' : 's'} lost` : '';
  return [
    [
      'Dispatches held back',
      `${total} (in flight ${held.inFlight}, cooldown ${held.cooldown}, confidence ${held.confidence})${lostText}`,
    ],
  ];
}

/**
 * The severity of the latest checks as a Mermaid `xychart-beta` bar chart
 * (mermaid-charts.ts): one numbered bar per check, named severity levels, the date
 * range in the title. Empty string when there is no check to draw.
 */
export function renderSeverityChart(trend: KeyMetrics['severityTrend'], maxPoints = 30): string {
  const chart = severityTrendChart(trend, maxPoints);
  return chart.length === 0 ? '' : [...chart, ''].join('\n');
}

/** The key-metrics section of a job summary: a table, then the severity trend chart. */
export function renderKeyMetricsMarkdown(
  metrics: KeyMetrics,
  options: KeyMetricsMarkdownOptions = {},
): string {
  const heading = '#'.repeat(options.headingLevel ?? 2);
  const lines = [
    `${heading} Key metrics`,
    '',
    '| Metric | Value |',
    '| --- | --- |',
    ...metricRows(metrics, (text) => markdownText(text, 40)).map(
      ([label, value]) => `| ${label} | ${value} |`,
    ),
    '',
  ];
  const chart = renderSeverityChart(metrics.severityTrend, options.maxChartPoints);
  if (chart) lines.push(chart);
  else lines.push('_No drift checks recorded yet._', '');
  return lines.join('\n');
}

/** The key metrics as aligned plain text, with the latest check severities on one line. */
export function renderKeyMetricsText(metrics: KeyMetrics, maxTrendPoints = 10): string {
  const rows = metricRows(metrics, (text) => terminalText(text, 40));
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [
    'Key metrics',
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
  ];
  const recent = metrics.severityTrend.slice(-maxTrendPoints);
  lines.push(
    `  ${'Recent check severity'.padEnd(width)}  ${recent.length === 0 ? 'no checks' : recent.map((check) => terminalText(check.severity.toLowerCase(), 20)).join(' → ')}`,
  );
  return lines.join('\n') + '\n';
}
