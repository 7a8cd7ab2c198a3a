/**
 * The Markdown report: the job summary and the pull-request comment. GitHub renders
 * Mermaid `xychart-beta` blocks natively in both, so the distribution pictures need
 * no image hosting. Every data-derived string goes through `escape.ts`.
 *
 * Layout for a 760 px comment column: the verdict first, tables of at most four
 * columns (test statistics collapsed in `<details>`), values in the data's own units,
 * charts only for drifted features. Insufficient data and "nothing could be checked"
 * have their own headings and show no drift markers.
 */
import type { DriftReport, FeatureResult } from '../detect/drift-report.ts';
import { markdownCode, markdownCodeList, markdownText } from './escape.ts';
import {
  approximationNote,
  formatCount,
  formatNumber,
  formatPValue,
  formatPercent,
  formatValue,
} from './format.ts';
import {
  SEVERITY_ICON,
  SIGNAL_SHORT_LABEL,
  effectLabel,
  strengthLabel,
  testLabel,
} from './labels.ts';
import { distributionChart } from './mermaid-charts.ts';
import { nothingChecked, signalCells } from './signal-cells.ts';

/**
 * GitHub refuses a job summary above 1 MiB per step (measured in bytes of UTF-8).
 * https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#step-isolation-and-limits
 */
export const MAX_SUMMARY_BYTES = 1024 * 1024;
/** GitHub answers 422 "body is too long (maximum is 65536 characters)" above this. */
export const MAX_COMMENT_CHARACTERS = 65536;
/**
 * Room left in a comment for what the poster adds before the report: the hidden
 * marker line `<!-- drift-sentinel:KEY -->` and a cut-notice, should it still need one.
 */
export const COMMENT_RESERVE = 1024;

export interface MarkdownOptions {
  /** Heading level of the title (1 = `#`). */
  readonly headingLevel?: number;
  /** How many of the drifted features get a chart (default 3). */
  readonly charts?: number;
  /** Features shown in the main table; the rest go in a collapsed `<details>`. */
  readonly tableRows?: number;
  /** A sentence saying what happens next (e.g. "Retraining dispatched: <link>"). Markdown. */
  readonly nextStep?: string;
  /** Extra sections appended at the end (already Markdown). */
  readonly footer?: string;
  /**
   * Where the Markdown goes, which sets its size limit: `summary` (default) fits a job
   * summary (1 MiB of UTF-8), `comment` a PR comment (65,536 characters less
   * {@link COMMENT_RESERVE}). Tables are cut first (the statistics, then the feature
   * list); the verdict, the signals and the charts stay.
   */
  readonly target?: 'summary' | 'comment';
  /**
   * False where this run never dispatches retraining (a pull request): the report
   * then says the severity would trigger a retraining, never that it did. Default:
   * false for a comment (comments are written on pull requests), true otherwise.
   */
  readonly dispatches?: boolean;
}

/** Renders the whole report as GitHub-flavoured Markdown, within the target's size limit. */
export function renderMarkdown(report: DriftReport, options: MarkdownOptions = {}): string {
  const fits =
    options.target === 'comment'
      ? (text: string) => text.length <= MAX_COMMENT_CHARACTERS - COMMENT_RESERVE
      : (text: string) => Buffer.byteLength(text, 'utf8') <= MAX_SUMMARY_BYTES;
  const n = report.features.length;
  const full = assemble(report, options, n, n);
  if (fits(full)) return full;
  // Cut the collapsed statistics first, then the feature list; rows are bounded
  // (names and lists are cut by escape.ts), so each search ends, at worst with none.
  const largest = (test: (k: number) => boolean, high: number): number => {
    let low = 0;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (test(mid)) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  if (fits(assemble(report, options, n, 0))) {
    const stats = largest((k) => fits(assemble(report, options, n, k)), n - 1);
    return assemble(report, options, n, stats);
  }
  const listed = largest((k) => fits(assemble(report, options, k, 0)), n - 1);
  const cut = assemble(report, options, listed, 0);
  if (fits(cut)) return cut;
  // Only an oversized footer (the caller's Markdown) can get here.
  return assemble(report, { ...options, footer: undefined }, 0, 0);
}

/** What kind of page the report is: each gets its own heading. */
type Situation = 'insufficient' | 'nothing_checked' | 'verdict';

function situationOf(report: DriftReport): Situation {
  if (report.status === 'insufficient_data') return 'insufficient';
  if (nothingChecked(report)) return 'nothing_checked';
  return 'verdict';
}

function assemble(
  report: DriftReport,
  options: MarkdownOptions,
  listedRows: number,
  statRows: number,
): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const situation = situationOf(report);
  const lines: string[] = [];
  if (situation === 'insufficient') {
    lines.push(`${h} ⚪ drift-sentinel: insufficient data, no verdict`, '');
    lines.push(markdownText(report.reason), '');
    lines.push(
      `Nothing was judged: drift is not measured on so few rows, and no retraining is considered. Reference: ${formatCount(report.referenceRows)} rows · recent: ${formatCount(report.recentRows)} rows.`,
      '',
    );
  } else if (situation === 'nothing_checked') {
    lines.push(`${h} ⚪ drift-sentinel: nothing could be checked`, '');
    lines.push(markdownText(report.reason), '');
    lines.push(...nothingCheckedReasons(report), '');
  } else {
    lines.push(`${h} ${SEVERITY_ICON[report.severity]} drift-sentinel: ${report.severity}`, '');
    lines.push(`**${markdownText(report.reason)}**`, '');
    lines.push(`${verdictFacts(report, options)}`, '');
  }
  if (options.nextStep) lines.push(`**Next:** ${options.nextStep}`, '');

  if (situation === 'verdict') {
    lines.push(...signalsSection(report, h));
    const metrics = metricsDetails(report);
    if (metrics.length) lines.push(...metrics);
  }
  lines.push(...schemaSection(report, h));
  if (situation !== 'insufficient') lines.push(...findingsMarkdown(report, h));

  if (situation !== 'insufficient' && report.features.length > 0) {
    lines.push(...featureSections(report, options, h, listedRows, statRows));
  }
  const note = approximationNote(report.features);
  if (note && situation !== 'insufficient') lines.push(markdownText(note), '');

  // Pictures only where there is a finding: a NONE report stays short, and an
  // insufficient-data page shows no drift.
  const chartCount = options.charts ?? 3;
  const charted =
    situation === 'verdict'
      ? report.features
          .filter((f) => f.drifted && f.skipped === undefined && f.distribution.labels.length > 1)
          .slice(0, chartCount)
      : [];
  const predictions = situation === 'verdict' ? predictionChart(report) : [];
  if (charted.length > 0 || predictions.length > 0) {
    lines.push(
      `${h}# Distributions of the drifted ${charted.length > 0 ? 'features' : 'predictions'}`,
      '',
    );
    lines.push(
      `Blue bars: reference · orange line: recent; share of each feature's non-missing values per bin (numbers) or category.`,
      '',
    );
    lines.push(...predictions);
    for (const f of charted) lines.push(...distributionChart(f), '');
  }
  if (options.footer) lines.push(options.footer, '');
  return lines.join('\n');
}

/** Severity, confidence, retraining and the size of the data, on one line. */
function verdictFacts(report: DriftReport, options: MarkdownOptions): string {
  const at = report.config.retrainOn;
  const retraining = !report.triggered
    ? `retraining not needed (triggers at ${at})`
    : (options.dispatches ?? options.target !== 'comment') === false
      ? `retraining would be due (${report.severity} ≥ ${at}), but pull requests never dispatch`
      : `retraining due (${report.severity} ≥ ${at})`;
  const tested = `${formatCount(report.featuresTested)} feature${report.featuresTested === 1 ? '' : 's'} tested, ${formatCount(report.featuresDrifted)} drifted`;
  return `Confidence ${report.confidence}/100 · ${retraining} · reference ${formatCount(report.referenceRows)} rows, recent ${formatCount(report.recentRows)} · ${tested}.`;
}

function nothingCheckedReasons(report: DriftReport): string[] {
  const out: string[] = [];
  const skipped = report.features.filter((f) => f.skipped !== undefined);
  if (report.features.length === 0)
    out.push(
      report.setAside.length > 0
        ? '- Every shared column was set aside as an identifier or time column (listed below).'
        : '- No column is shared by the reference and recent data.',
    );
  for (const f of skipped.slice(0, 10))
    out.push(`- ${markdownCode(f.name)}: ${markdownText(f.skipped!)}`);
  if (skipped.length > 10) out.push(`- … and ${formatCount(skipped.length - 10)} more columns`);
  if (report.metrics.task === 'none') out.push('- No predictions and actuals were given.');
  return out;
}

function signalsSection(report: DriftReport, h: string): string[] {
  const shown = report.signals.filter((s) => s.available);
  const lines = [
    `${h}# Signals`,
    '',
    '| Signal | Observed | Fires at | Fired |',
    '|---|---|---|---|',
  ];
  for (const s of shown) {
    const [observed, threshold] = signalCells(report, s);
    lines.push(
      `| ${SIGNAL_SHORT_LABEL[s.name]} | ${observed} | ${threshold} | ${s.fired ? `⚠️ ${strengthLabel(s.strength)}` : 'no'} |`,
    );
  }
  lines.push('');
  const notChecked = report.signals.filter((s) => !s.available);
  // Without model outputs the model signals were never in question: one short note,
  // not three "not checked" rows.
  if (notChecked.length > 0) {
    lines.push(
      report.metrics.task === 'none'
        ? '_Model signals not checked: no predictions and actuals given._'
        : `_Not checked: ${notChecked.map((s) => markdownText(s.detail.replace(' not checked', ''))).join('; ')}._`,
      '',
    );
  }
  return lines;
}

function metricsDetails(report: DriftReport): string[] {
  const m = report.metrics;
  if (m.task === 'none') return [];
  const rows: string[] = [];
  for (const key of ['r2', 'rmse', 'mae', 'accuracy'] as const) {
    const now = m.current[key];
    const before = m.baseline[key];
    if (now === undefined && before === undefined) continue;
    const show = key === 'accuracy' ? formatPercent : formatValue;
    rows.push(
      `| ${key === 'r2' ? 'R²' : key === 'accuracy' ? 'Accuracy' : key.toUpperCase()} | ${before === undefined ? 'n/a' : show(before)} | ${now === undefined ? 'n/a' : show(now)} |`,
    );
  }
  return [
    `<details><summary>Model metrics (${m.task}, ${formatCount(m.count)} scored rows)</summary>`,
    '',
    '| Metric | Baseline | Recent |',
    '|---|---|---|',
    ...rows,
    '',
    '</details>',
    '',
  ];
}

function schemaSection(report: DriftReport, h: string): string[] {
  const schema = report.schemaChanges;
  if (schema.added.length + schema.removed.length + schema.typeChanged.length === 0) return [];
  const lines = [`${h}# Schema changes`, ''];
  if (schema.added.length)
    lines.push(`- Added in recent data: ${markdownCodeList(schema.added, { max: 20 })}`);
  if (schema.removed.length)
    lines.push(`- Missing from recent data: ${markdownCodeList(schema.removed, { max: 20 })}`);
  for (const c of schema.typeChanged.slice(0, 20)) {
    lines.push(
      `- ${markdownCode(c.name)} changed type: ${markdownText(c.reference)} → ${markdownText(c.recent)} (not tested)`,
    );
  }
  if (schema.typeChanged.length > 20)
    lines.push(
      `- … and ${formatCount(schema.typeChanged.length - 20)} more columns that changed type`,
    );
  lines.push('');
  return lines;
}

const FEATURE_HEAD = '| Feature | Reference → recent | Effect | Drifted |\n|---|---|---|---|';
const STATS_HEAD =
  '| Feature | Test | Statistic | p | Adjusted p | Missing (ref / recent) |\n|---|---|---|---|---|---|';

function featureSections(
  report: DriftReport,
  options: MarkdownOptions,
  h: string,
  listedRows: number,
  statRows: number,
): string[] {
  const features = report.features;
  const listed = features.slice(0, listedRows);
  const lines = [`${h}# Features`, ''];
  const quiet = report.featuresDrifted === 0;
  const open = quiet
    ? 0
    : Math.min(options.tableRows ?? (options.target === 'comment' ? 10 : 25), listed.length);
  if (open > 0) lines.push(FEATURE_HEAD, ...listed.slice(0, open).map(featureRow), '');
  if (listed.length > open) {
    lines.push(
      `<details><summary>${open > 0 ? `${formatCount(listed.length - open)} more features` : `All ${formatCount(listed.length)} features (none drifted)`}</summary>`,
      '',
      FEATURE_HEAD,
      ...listed.slice(open).map(featureRow),
      '',
      '</details>',
      '',
    );
  }
  if (statRows > 0) {
    lines.push(
      '<details><summary>Test statistics</summary>',
      '',
      STATS_HEAD,
      ...features.slice(0, statRows).map(statsRow),
      '',
      '</details>',
      '',
    );
  }
  const limit = `to fit GitHub's size limit${options.target === 'comment' ? ' for comments; the job summary lists more' : ''}; the JSON report (\`--format json\`) has them all`;
  if (listedRows < features.length)
    lines.push(
      `_${formatCount(features.length - listedRows)} more features are not listed here, ${limit}._`,
      '',
    );
  else if (statRows < features.length)
    lines.push(
      `_The test statistics of ${formatCount(features.length - statRows)} features are left out here, ${limit}._`,
      '',
    );
  return lines;
}

function featureName(f: FeatureResult): string {
  const notes: string[] = [];
  if (f.newCategories?.length)
    notes.push(
      `new: ${markdownCodeList(f.newCategories, { inTable: true, total: f.newCategoryCount })}`,
    );
  if (f.vanishedCategories?.length)
    notes.push(
      `gone: ${markdownCodeList(f.vanishedCategories, { inTable: true, total: f.vanishedCategoryCount })}`,
    );
  return `${markdownCode(f.name, { inTable: true })}${notes.length ? ` <sub>${notes.join('; ')}</sub>` : ''}`;
}

function featureRow(f: FeatureResult): string {
  if (f.skipped !== undefined)
    return `| ${featureName(f)} | ${markdownText(f.skipped)} | n/a | skipped |`;
  return `| ${featureName(f)} | ${changeInUnits(f)} | ${effectLabel(f)} ${f.approximate ? '≈' : ''}${formatNumber(f.effectSize)} | ${f.drifted ? '⚠️ yes' : 'no'} |`;
}

function statsRow(f: FeatureResult): string {
  return `| ${markdownCode(f.name, { inTable: true })} | ${testLabel(f)} | ${f.approximate ? '≈' : ''}${formatNumber(f.statistic)} | ${formatPValue(f.pValue)} | ${formatPValue(f.adjustedPValue)} | ${formatCount(f.referenceMissing)} / ${formatCount(f.recentMissing)} |`;
}

/**
 * What changed, in the data's own units: the median (or mean) of a number, the share
 * of the category that moved most, and the missing share when it moved.
 */
function changeInUnits(f: FeatureResult): string {
  const parts: string[] = [];
  if (f.type === 'numeric') {
    if (f.referenceMedian !== undefined && f.recentMedian !== undefined)
      parts.push(
        `median ${formatValue(f.referenceMedian)} → ${formatValue(f.recentMedian)}${
          // A discrete column (counts, ratings) can drift with its median unchanged.
          formatValue(f.referenceMedian) === formatValue(f.recentMedian) &&
          f.referenceMean !== undefined &&
          f.recentMean !== undefined
            ? `, mean ${formatValue(f.referenceMean)} → ${formatValue(f.recentMean)}`
            : ''
        }`,
      );
    else if (f.referenceMean !== undefined && f.recentMean !== undefined)
      parts.push(`mean ${formatValue(f.referenceMean)} → ${formatValue(f.recentMean)}`);
  } else {
    const { labels, reference, recent } = f.distribution;
    let top = -1;
    for (let i = 0; i < labels.length; i++)
      if (top < 0 || Math.abs(recent[i] - reference[i]) > Math.abs(recent[top] - reference[top]))
        top = i;
    if (top >= 0)
      parts.push(
        `${markdownCode(labels[top], { inTable: true, max: 24 })} ${formatPercent(reference[top])} → ${formatPercent(recent[top])}`,
      );
  }
  const refMissing = f.referenceMissing / Math.max(1, f.referenceMissing + f.referenceCount);
  const recMissing = f.recentMissing / Math.max(1, f.recentMissing + f.recentCount);
  if (Math.abs(recMissing - refMissing) >= 0.01)
    parts.push(`missing ${formatPercent(refMissing)} → ${formatPercent(recMissing)}`);
  return parts.join('; ') || 'n/a';
}

/** Data-quality findings and set-aside columns (issue 8), each followed by a blank line. */
function findingsMarkdown(report: DriftReport, h: string): string[] {
  const lines: string[] = [];
  if (report.dataQuality.length > 0) {
    lines.push(`${h}# Data quality`, '');
    for (const f of report.dataQuality.slice(0, 20))
      lines.push(`- **${f.grade.replace('_', ' ')}**: ${markdownText(f.detail)}`);
    if (report.dataQuality.length > 20)
      lines.push(`- … and ${report.dataQuality.length - 20} more findings`);
    lines.push('');
  }
  if (report.setAside.length > 0) {
    lines.push(`${h}# Not tested: identifier and time columns`, '');
    for (const c of report.setAside.slice(0, 20)) {
      const range = (r: { first: string; last: string } | undefined) =>
        r ? `${markdownText(r.first)} to ${markdownText(r.last)}` : 'n/a';
      const time = c.timeRange
        ? ` (reference ${range(c.timeRange.reference)}; recent ${range(c.timeRange.recent)})`
        : '';
      lines.push(`- ${markdownCode(c.name)}: ${markdownText(c.reason)}${time}`);
    }
    if (report.setAside.length > 20) lines.push(`- … and ${report.setAside.length - 20} more`);
    lines.push('');
  }
  return lines;
}

/** The model's predictions, reference vs recent, when they drifted (issue 10 item 9). */
function predictionChart(report: DriftReport): string[] {
  const drift = report.predictionDrift;
  if (!drift.available || !drift.drifted || !drift.distribution) return [];
  if (drift.distribution.labels.length < 2) return [];
  return [
    ...distributionChart({
      name: 'model predictions',
      type: drift.test === 'ks' ? 'numeric' : 'categorical',
      effectSize: drift.effectSize ?? Number.NaN,
      effectSizeName: drift.effectSizeName ?? '',
      distribution: drift.distribution,
    }),
    '',
  ];
}
