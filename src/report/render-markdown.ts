/**
 * The Markdown report: the job summary and the pull-request comment. GitHub renders
 * Mermaid `xychart-beta` blocks natively in both, so the distribution pictures need
 * no image hosting.
 */
import type { DriftReport, FeatureResult, Signal } from '../detect/drift-report.ts';
import { formatNumber, formatPValue, formatPercent } from './format.ts';

export interface MarkdownOptions {
  /** Heading level of the title (1 = `#`). */
  readonly headingLevel?: number;
  /** How many of the most drifted features get a chart. */
  readonly charts?: number;
  /** Features shown in the main table; the rest go in a collapsed `<details>`. */
  readonly tableRows?: number;
  /** A sentence saying what happens next (e.g. "Retraining dispatched: <link>"). */
  readonly nextStep?: string;
  /** Extra sections appended at the end (already Markdown). */
  readonly footer?: string;
}

const SEVERITY_ICON: Record<string, string> = {
  NONE: '🟢',
  LOW: '🟡',
  MEDIUM: '🟠',
  HIGH: '🔴',
  CRITICAL: '🚨',
};

const SIGNAL_LABEL: Record<Signal['name'], string> = {
  data_drift: 'Data drift (KS / chi-square per feature)',
  concept_drift: 'Concept drift (error increase)',
  performance_drop: 'Performance drop (R² or accuracy)',
  rmse_increase: 'RMSE increase',
  outliers: 'Outliers (z-score)',
};

/** Renders the whole report as GitHub-flavoured Markdown. */
export function renderMarkdown(report: DriftReport, options: MarkdownOptions = {}): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const lines: string[] = [];
  lines.push(`${h} ${SEVERITY_ICON[report.severity]} drift-sentinel: ${report.severity}`);
  lines.push('');
  lines.push(`**${escapeMarkdown(report.reason)}**`);
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
      `| ${SIGNAL_LABEL[s.name]} | ${s.available ? formatPercent(s.value) : 'n/a'} | ${s.name === 'data_drift' ? `p < ${report.config.dataDriftThreshold} (adjusted) and effect ≥ ${report.config.minEffectSize}` : formatPercent(s.threshold)} | ${s.fired ? '⚠️ yes' : 'no'} | ${s.strength.replace('_', ' ')} | ${escapeMarkdown(s.detail)} |`,
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
      lines.push(`- Added in recent data: ${schema.added.map(code).join(', ')}`);
    if (schema.removed.length)
      lines.push(`- Missing from recent data: ${schema.removed.map(code).join(', ')}`);
    for (const c of schema.typeChanged) {
      lines.push(`- ${code(c.name)} changed type: ${c.reference} → ${c.recent} (not tested)`);
    }
    lines.push('');
  }

  lines.push(`${h}# Features`);
  lines.push('');
  const tableRows = options.tableRows ?? 25;
  const head = report.features.slice(0, tableRows);
  const tail = report.features.slice(tableRows);
  lines.push(...featureTable(head));
  if (tail.length > 0) {
    lines.push('');
    lines.push(`<details><summary>${tail.length} more features</summary>`);
    lines.push('');
    lines.push(...featureTable(tail));
    lines.push('');
    lines.push('</details>');
  }
  lines.push('');

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

function featureTable(features: readonly FeatureResult[]): string[] {
  const rows = [
    '| Feature | Type | Test | Statistic | p | Adjusted p | Effect | Drifted | Missing (ref / recent) |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const f of features) {
    const notes: string[] = [];
    if (f.newCategories?.length)
      notes.push(`new: ${f.newCategories.slice(0, 5).map(code).join(', ')}`);
    if (f.vanishedCategories?.length)
      notes.push(`gone: ${f.vanishedCategories.slice(0, 5).map(code).join(', ')}`);
    if (f.skipped) notes.push(`skipped: ${f.skipped}`);
    rows.push(
      `| ${code(f.name)}${notes.length ? ` <sub>${escapeMarkdown(notes.join('; '))}</sub>` : ''} | ${f.type} | ${f.test === 'ks' ? 'KS' : 'χ²'} | ${formatNumber(f.statistic)} | ${formatPValue(f.pValue)} | ${formatPValue(f.adjustedPValue)} | ${formatNumber(f.effectSize)} ${f.effectSizeName === 'ks_d' ? 'D' : 'TVD'} | ${f.drifted ? '⚠️ yes' : 'no'} | ${f.referenceMissing} / ${f.recentMissing} |`,
    );
  }
  return rows;
}

function distributionChart(f: FeatureResult): string[] {
  const { labels, reference, recent } = f.distribution;
  const max = Math.max(...reference, ...recent);
  const top = Math.min(1, Math.ceil(max * 20) / 20 || 0.05);
  const label = (s: string) => `"${s.replace(/["\\]/g, "'").slice(0, 24)}"`;
  const values = (xs: readonly number[]) => xs.map((x) => Number(x.toFixed(4))).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${f.name.replace(/"/g, "'")} (${f.effectSizeName === 'ks_d' ? 'KS D' : 'TVD'} = ${formatNumber(f.effectSize)})"`,
    `    x-axis [${labels.map(label).join(', ')}]`,
    `    y-axis "share" 0 --> ${top}`,
    `    bar [${values(reference)}]`,
    `    line [${values(recent)}]`,
    '```',
  ];
}

function code(name: string): string {
  return `\`${name.replace(/`/g, "'")}\``;
}

/** Escapes the characters that would break a table cell or start unintended markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}
