/**
 * The Markdown report: the job summary and the pull-request comment. GitHub renders
 * Mermaid `xychart-beta` blocks natively in both, so the distribution pictures need
 * no image hosting. Every data-derived string goes through `escape.ts`.
 */
import type { DriftReport, FeatureResult } from '../detect/drift-report.ts';
import { markdownCode, markdownCodeList, markdownText, mermaidLabel } from './escape.ts';
import { approximationNote, formatNumber, formatPValue, formatPercent } from './format.ts';
import { SEVERITY_ICON, SIGNAL_LABEL, effectLabel, strengthLabel, testLabel } from './labels.ts';

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
  /** How many of the most drifted features get a chart. */
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
   * {@link COMMENT_RESERVE}). The feature table is cut first; the verdict, the
   * signals and the charts stay.
   */
  readonly target?: 'summary' | 'comment';
}

/** Renders the whole report as GitHub-flavoured Markdown, within the target's size limit. */
export function renderMarkdown(report: DriftReport, options: MarkdownOptions = {}): string {
  const fits =
    options.target === 'comment'
      ? (text: string) => text.length <= MAX_COMMENT_CHARACTERS - COMMENT_RESERVE
      : (text: string) => Buffer.byteLength(text, 'utf8') <= MAX_SUMMARY_BYTES;
  const rows = report.features.map(featureRow);
  const full = assemble(report, options, rows, rows.length);
  if (fits(full)) return full;
  // Largest number of table rows that fits: rows are bounded (names and lists are
  // cut by escape.ts), so the search always ends, at worst with no row.
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(assemble(report, options, rows, mid))) low = mid;
    else high = mid - 1;
  }
  const cut = assemble(report, options, rows, low);
  if (fits(cut)) return cut;
  // Only an oversized footer (the caller's Markdown) can get here.
  return assemble(report, { ...options, footer: undefined }, rows, 0);
}

function assemble(
  report: DriftReport,
  options: MarkdownOptions,
  rows: readonly string[],
  rowsShown: number,
): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const lines: string[] = [];
  lines.push(`${h} ${SEVERITY_ICON[report.severity]} drift-sentinel: ${report.severity}`);
  lines.push('');
  lines.push(`**${markdownText(report.reason)}**`);
  lines.push('');
  lines.push(
    `| Severity | Drift type | Confidence | Retraining triggered |\n|---|---|---|---|\n| ${report.severity} | ${report.driftType} | ${report.confidence}/100 | ${report.triggered ? `yes (at ${report.config.retrainOn} or above)` : `no (triggers at ${report.config.retrainOn})`} |`,
  );
  lines.push('');
  if (options.nextStep) {
    lines.push(`**Next:** ${options.nextStep}`);
    lines.push('');
  }
  lines.push(
    `Reference: ${report.referenceRows} rows · recent: ${report.recentRows} rows · ${report.featuresTested} features tested, ${report.featuresDrifted} drifted.`,
  );
  lines.push('');

  lines.push(`${h}# Signals`);
  lines.push('');
  lines.push('| Signal | Value | Threshold | Fired | Strength | Detail |');
  lines.push('|---|---|---|---|---|---|');
  for (const s of report.signals) {
    lines.push(
      `| ${SIGNAL_LABEL[s.name]} | ${s.available ? formatPercent(s.value) : 'n/a'} | ${s.name === 'data_drift' ? `p < ${report.config.dataDriftThreshold} (adjusted) and effect ≥ ${report.config.minEffectSize}` : formatPercent(s.threshold)} | ${s.fired ? '⚠️ yes' : 'no'} | ${strengthLabel(s.strength)} | ${markdownText(s.detail)} |`,
    );
  }
  lines.push('');

  if (report.metrics.task !== 'none') {
    lines.push(`${h}# Model metrics (${report.metrics.task}, ${report.metrics.count} scored rows)`);
    lines.push('');
    lines.push('| Metric | Baseline | Recent |');
    lines.push('|---|---|---|');
    for (const key of ['r2', 'rmse', 'mae', 'accuracy'] as const) {
      const now = report.metrics.current[key];
      const before = report.metrics.baseline[key];
      if (now === undefined && before === undefined) continue;
      lines.push(
        `| ${key === 'r2' ? 'R²' : key.toUpperCase()} | ${formatNumber(before)} | ${formatNumber(now)} |`,
      );
    }
    lines.push('');
  }

  const schema = report.schemaChanges;
  if (schema.added.length + schema.removed.length + schema.typeChanged.length > 0) {
    lines.push(`${h}# Schema changes`);
    lines.push('');
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
      lines.push(`- … and ${schema.typeChanged.length - 20} more columns that changed type`);
    lines.push('');
  }

  lines.push(...findingsMarkdown(report, h));
  lines.push(`${h}# Features`);
  lines.push('');
  const tableRows = Math.min(options.tableRows ?? 25, rowsShown);
  lines.push(FEATURE_TABLE_HEAD, ...rows.slice(0, tableRows));
  if (rowsShown > tableRows) {
    lines.push('');
    lines.push(`<details><summary>${rowsShown - tableRows} more features</summary>`);
    lines.push('');
    lines.push(FEATURE_TABLE_HEAD, ...rows.slice(tableRows, rowsShown));
    lines.push('');
    lines.push('</details>');
  }
  if (rowsShown < rows.length) {
    lines.push('');
    lines.push(
      `_${rows.length - rowsShown} more features are not listed here, to fit GitHub's size limit${options.target === 'comment' ? ' for comments; the job summary lists more' : ''}; the JSON report (\`--format json\`) has them all._`,
    );
  }
  lines.push('');
  const note = approximationNote(report.features);
  if (note) {
    lines.push(markdownText(note));
    lines.push('');
  }

  const chartCount = options.charts ?? 3;
  const charted = report.features
    .filter((f) => f.skipped === undefined && f.distribution.labels.length > 1)
    .slice(0, chartCount);
  if (chartCount > 0 && charted.length > 0) {
    lines.push(`${h}# Distributions of the most shifted features`);
    lines.push('');
    lines.push('Bars: reference · line: recent (share of non-missing values per bin).');
    lines.push('');
    for (const f of charted) lines.push(...distributionChart(f), '');
  }
  if (options.footer) lines.push(options.footer, '');
  return lines.join('\n');
}

const FEATURE_TABLE_HEAD =
  '| Feature | Type | Test | Statistic | p | Adjusted p | Effect | Drifted | Missing (ref / recent) |\n|---|---|---|---|---|---|---|---|---|';

function featureRow(f: FeatureResult): string {
  const notes: string[] = [];
  if (f.newCategories?.length)
    notes.push(`new: ${markdownCodeList(f.newCategories, { inTable: true })}`);
  if (f.vanishedCategories?.length)
    notes.push(`gone: ${markdownCodeList(f.vanishedCategories, { inTable: true })}`);
  if (f.skipped) notes.push(`skipped: ${markdownText(f.skipped)}`);
  return `| ${markdownCode(f.name, { inTable: true })}${notes.length ? ` <sub>${notes.join('; ')}</sub>` : ''} | ${f.type} | ${testLabel(f)} | ${f.approximate ? '≈' : ''}${formatNumber(f.statistic)} | ${formatPValue(f.pValue)} | ${formatPValue(f.adjustedPValue)} | ${formatNumber(f.effectSize)} ${effectLabel(f)} | ${f.drifted ? '⚠️ yes' : 'no'} | ${f.referenceMissing} / ${f.recentMissing} |`;
}

function distributionChart(f: FeatureResult): string[] {
  const { labels, reference, recent } = f.distribution;
  const max = Math.max(...reference, ...recent);
  const top = Math.min(1, Math.ceil(max * 20) / 20 || 0.05);
  const values = (xs: readonly number[]) => xs.map((x) => Number(x.toFixed(4))).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidLabel(f.name, 40)} (${effectLabel(f)} = ${formatNumber(f.effectSize)})"`,
    `    x-axis [${labels.map((label) => `"${mermaidLabel(label)}"`).join(', ')}]`,
    `    y-axis "share" 0 --> ${top}`,
    `    bar [${values(reference)}]`,
    `    line [${values(recent)}]`,
    '```',
  ];
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
