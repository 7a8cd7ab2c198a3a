/**
 * The HTML report: one self-contained file (`--format html`, and the action's
 * `drift-sentinel-report` artifact) with the verdict, every feature's distribution
 * overlay in a searchable, sortable list, the severity and drift share of every check
 * in the event log, prediction drift and the model-quality views.
 *
 * It loads nothing: charts are static SVG drawn when the report is written
 * (html/chart-svg.ts), the stylesheet and the one small script are inline, and a
 * Content-Security-Policy (`default-src 'none'`, the script allowed by its hash) keeps
 * even a mistake in the escaping from loading or running anything. Every data-derived
 * string passes `escape.ts` (htmlText for the page, chartText for chart labels).
 */
import { createHash } from 'node:crypto';
import type { DriftReport, FeatureResult } from '../detect/drift-report.ts';
import type { DriftCheck } from '../events/event-records.ts';
import { MAX_NAME_LENGTH, MAX_SENTENCE_LENGTH, MAX_VALUE_LENGTH, htmlText } from './escape.ts';
import { approximationNote, formatNumber, formatPValue, formatPercent } from './format.ts';
import { CHART_COLORS, SEVERITY_COLORS } from './html/palette.ts';
import type { ClassificationView, ModelViews, RegressionView } from './html/model-views.ts';
import { PAGE_CSS, PAGE_SCRIPT } from './html/page-assets.ts';
import { SIGNAL_LABEL, effectLabel, strengthLabel, testLabel } from './labels.ts';

/** One earlier check as the event log holds it. */
export type HistoryCheck = Pick<
  DriftCheck,
  'checkedAt' | 'severity' | 'featuresTested' | 'featuresDrifted' | 'eventName' | 'triggered'
>;

/** Checks drawn in the trend charts: the newest ones, so the charts stay legible. */
export const MAX_HISTORY_CHECKS = 100;

/** Severity levels from lowest to highest, the y axis of the trend. */
const LEVELS = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;

export interface HtmlReportInput {
  readonly report: DriftReport;
  /** Checks from the event log (any order; this check included when it was recorded). */
  readonly history?: readonly HistoryCheck[];
  /** Model-quality summaries of the scored predictions (html/model-views.ts). */
  readonly modelViews?: ModelViews;
  /** When the report was written; shown in the footer. */
  readonly generatedAt?: Date;
  /** drift-sentinel's version, shown in the footer. */
  readonly toolVersion?: string;
}

/** The charting module, loaded on first use: ECharts is ~1.4 MB that only this report needs. */
type Charts = typeof import('./html/chart-svg.ts');

/**
 * Renders the whole report as one HTML document. Async only because the charting
 * library is imported on demand, so the CLI's other formats and the action's start do
 * not load it.
 */
export async function renderHtml(input: HtmlReportInput): Promise<string> {
  const charts: Charts = await import('./html/chart-svg.ts');
  const { report } = input;
  const heading = verdictHeading(report);
  const scriptHash = createHash('sha256').update(PAGE_SCRIPT).digest('base64');
  const sections = [
    verdictSection(report, heading),
    navigation(input),
    signalsSection(report),
    historySection(charts, input.history ?? []),
    featuresSection(charts, report),
    predictionDriftSection(charts, report),
    modelQualitySection(charts, report, input.modelViews),
    dataQualitySection(report),
    schemaSection(report),
  ];
  const footer = `<footer class="note"><p>Written by drift-sentinel${input.toolVersion ? ` ${htmlText(input.toolVersion)}` : ''}${input.generatedAt ? ` at ${input.generatedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC` : ''}. This file loads nothing from the network.</p></footer>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'">
<title>drift-sentinel: ${htmlText(heading.title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
${sections.filter(Boolean).join('\n')}
${footer}
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

interface Heading {
  readonly title: string;
  readonly color: string;
  /** False when no decision was made: no drift markers are shown then. */
  readonly decided: boolean;
}

/**
 * The heading says what the check could say: insufficient data and "nothing could be
 * checked" are not "all clear", so they get their own words and a grey badge.
 */
function verdictHeading(report: DriftReport): Heading {
  if (report.status === 'insufficient_data') {
    return { title: 'insufficient data, no verdict', color: CHART_COLORS.neutral, decided: false };
  }
  if (report.featuresTested === 0 && report.metrics.task === 'none') {
    return { title: 'nothing could be checked', color: CHART_COLORS.neutral, decided: false };
  }
  return {
    title: report.severity,
    color: SEVERITY_COLORS[report.severity] ?? CHART_COLORS.neutral,
    decided: true,
  };
}

function verdictSection(report: DriftReport, heading: Heading): string {
  const retraining = !heading.decided
    ? 'not decided'
    : report.triggered
      ? `triggered (at ${report.config.retrainOn} or above)`
      : `not triggered (triggers at ${report.config.retrainOn})`;
  const facts = [
    heading.decided ? `<li>drift type <b>${report.driftType}</b></li>` : '',
    heading.decided ? `<li>confidence <b>${report.confidence}/100</b></li>` : '',
    `<li>retraining <b>${retraining}</b></li>`,
    `<li>reference <b>${count(report.referenceRows)}</b> rows</li>`,
    `<li>recent <b>${count(report.recentRows)}</b> rows</li>`,
    `<li><b>${count(report.featuresTested)}</b> features tested${heading.decided ? `, <b>${count(report.featuresDrifted)}</b> drifted` : ''}</li>`,
  ];
  return `<header class="verdict" id="verdict" style="--sev: ${heading.color}">
<h1>drift-sentinel: <span class="badge" style="background: ${heading.color}">${htmlText(heading.title)}</span></h1>
<p class="reason">${htmlText(report.reason, MAX_SENTENCE_LENGTH)}</p>
<ul class="facts">${facts.filter(Boolean).join('')}</ul>
</header>`;
}

function navigation(input: HtmlReportInput): string {
  const links: [string, string][] = [
    ['signals', 'Signals'],
    ['history', 'Over time'],
    ['features', 'Features'],
  ];
  if (input.report.predictionDrift.available) links.push(['prediction-drift', 'Prediction drift']);
  if (input.modelViews) links.push(['model-quality', 'Model quality']);
  if (input.report.dataQuality.length + input.report.setAside.length > 0)
    links.push(['data-quality', 'Data quality']);
  return `<nav>${links.map(([id, label]) => `<a href="#${id}">${label}</a>`).join('')}</nav>`;
}

function signalsSection(report: DriftReport): string {
  const decided = verdictHeading(report).decided;
  const rows = report.signals
    .filter((s) => s.available)
    .map(
      (s) =>
        `<tr><td>${SIGNAL_LABEL[s.name]}</td><td class="num">${formatPercent(s.value)}</td><td class="num">${s.name === 'data_drift' ? `adjusted p &lt; ${report.config.dataDriftThreshold}, effect ≥ ${report.config.minEffectSize}` : formatPercent(s.threshold)}</td><td>${!decided ? 'not decided' : s.fired ? '<span class="drifted">fired</span>' : 'no'}</td><td>${decided ? strengthLabel(s.strength) : ''}</td><td>${htmlText(s.detail, MAX_SENTENCE_LENGTH)}</td></tr>`,
    );
  const unavailable = report.signals.filter((s) => !s.available).map((s) => SIGNAL_LABEL[s.name]);
  const metricsRows = (['r2', 'rmse', 'mae', 'accuracy'] as const)
    .filter(
      (key) =>
        report.metrics.current[key] !== undefined || report.metrics.baseline[key] !== undefined,
    )
    .map(
      (key) =>
        `<tr><td>${key === 'r2' ? 'R²' : key.toUpperCase()}</td><td class="num">${formatNumber(report.metrics.baseline[key])}</td><td class="num">${formatNumber(report.metrics.current[key])}</td></tr>`,
    );
  return `<section id="signals"><h2>Signals</h2>
<table><thead><tr><th>Signal</th><th class="num">Value</th><th class="num">Threshold</th><th>Fired</th><th>Strength</th><th>Detail</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
${unavailable.length ? `<p class="note">Not checked (no inputs for them): ${unavailable.join('; ')}.</p>` : ''}
${
  metricsRows.length
    ? `<h3>Model metrics (${report.metrics.task}, ${count(report.metrics.count)} scored rows)</h3>
<table><thead><tr><th>Metric</th><th class="num">Baseline</th><th class="num">Recent</th></tr></thead><tbody>${metricsRows.join('')}</tbody></table>`
    : ''
}
</section>`;
}

function historySection(charts: Charts, history: readonly HistoryCheck[]): string {
  const checks = [...history]
    .sort((a, b) => a.checkedAt.localeCompare(b.checkedAt))
    .slice(-MAX_HISTORY_CHECKS);
  if (checks.length === 0) {
    return `<section id="history"><h2>Over time</h2><p class="note">No event log was given, so there is no history to draw.</p></section>`;
  }
  const first = checks[0].checkedAt.slice(0, 10);
  const last = checks[checks.length - 1].checkedAt.slice(0, 10);
  const range = first === last ? first : `${first} to ${last}`;
  const cut =
    history.length > checks.length
      ? ` (the newest ${checks.length} of ${count(history.length)})`
      : '';
  const severities = checks.map((c) =>
    (LEVELS as readonly string[]).includes(c.severity) ? c.severity : 'NONE',
  );
  const shares = checks.map((c) =>
    c.featuresTested && c.featuresDrifted !== null ? c.featuresDrifted / c.featuresTested : null,
  );
  const rows = checks
    .map(
      (c, i) =>
        `<tr><td class="num">${i + 1}</td><td>${htmlText(c.checkedAt.replace('T', ' ').slice(0, 19))}</td><td>${htmlText(c.eventName, MAX_VALUE_LENGTH)}</td><td>${htmlText(c.severity, MAX_VALUE_LENGTH)}</td><td class="num">${c.featuresDrifted ?? 'n/a'} / ${c.featuresTested ?? 'n/a'}</td><td>${c.triggered ? 'yes' : 'no'}</td></tr>`,
    )
    .join('\n');
  return `<section id="history"><h2>Over time: ${checks.length} check${checks.length === 1 ? '' : 's'}, ${range} (UTC)${cut}</h2>
${checks.length === 1 ? '<p class="note">This is the first check in the event log; the trend grows with every check.</p>' : ''}
<figure class="chart" data-chart="severity-trend"><figcaption>Severity of each check (numbered oldest to newest)</figcaption>${charts.severityTrendSvg({ levels: LEVELS, severities })}</figure>
<figure class="chart" data-chart="drift-share"><figcaption>Share of tested features that drifted, per check</figcaption>${charts.driftShareSvg({ shares })}</figure>
<details><summary>The checks</summary><table><thead><tr><th class="num">#</th><th>Checked at (UTC)</th><th>Event</th><th>Severity</th><th class="num">Drifted / tested</th><th>Retraining</th></tr></thead><tbody>${rows}</tbody></table></details>
</section>`;
}

function featuresSection(charts: Charts, report: DriftReport): string {
  const decided = verdictHeading(report).decided;
  const items = report.features.map((f, i) => featureItem(charts, f, i, decided)).join('\n');
  const note = approximationNote(report.features);
  const sortButton = (key: string, label: string, direction: 1 | -1) =>
    `<button type="button" data-sort="${key}" data-direction="${direction}" aria-pressed="false">${label} <span class="arrow"></span></button>`;
  return `<section id="features"><h2>Features</h2>
<p class="note">Each bar chart compares the share of a feature's non-missing values in each bin: reference (blue) vs recent (orange).${decided ? '' : ' No verdict was made, so no feature is marked as drifted.'}</p>
<div class="toolbar" role="search">
<input id="feature-search" type="search" placeholder="Search features" aria-label="Search features by name">
<span>Sort:</span>${sortButton('effect', 'effect size', -1)}${sortButton('p', 'adjusted p', 1)}${sortButton('name', 'name', 1)}${sortButton('missing', 'missing (recent)', -1)}
<span id="feature-count" class="note" aria-live="polite"></span>
</div>
<div id="feature-list">
${items}
</div>
${note ? `<p class="note">${htmlText(note, 10_000)}</p>` : ''}
</section>`;
}

function featureItem(charts: Charts, f: FeatureResult, order: number, decided: boolean): string {
  const missingShare =
    f.recentCount + f.recentMissing > 0
      ? f.recentMissing / (f.recentCount + f.recentMissing)
      : null;
  const status = f.skipped
    ? 'skipped'
    : decided && f.drifted
      ? '<span class="drifted">drifted</span>'
      : decided
        ? 'no drift'
        : 'not decided';
  const data = [
    `data-order="${order}"`,
    `data-search="${htmlText(f.name.toLowerCase(), 4 * MAX_NAME_LENGTH)}"`,
    `data-name="${htmlText(f.name.toLowerCase(), 4 * MAX_NAME_LENGTH)}"`,
    `data-effect="${f.skipped ? '' : f.effectSize}"`,
    `data-p="${f.skipped || Number.isNaN(f.adjustedPValue) ? '' : f.adjustedPValue}"`,
    `data-missing="${missingShare ?? ''}"`,
    `data-drifted="${decided && f.drifted ? 1 : 0}"`,
  ].join(' ');
  return `<details class="feature" ${data}>
<summary><span class="name">${htmlText(f.name)}</span><span>${f.type} · ${htmlText(testLabel(f))}</span><span>${htmlText(effectLabel(f))} ${f.approximate ? '≈' : ''}${formatNumber(f.effectSize)}</span><span>adj. p ${formatPValue(f.adjustedPValue)}</span><span>${status}</span></summary>
<div class="body">${featureBody(charts, f)}</div>
</details>`;
}

function featureBody(charts: Charts, f: FeatureResult): string {
  const facts: string[] = [
    `statistic ${f.approximate ? '≈' : ''}${formatNumber(f.statistic)}, p ${formatPValue(f.pValue)}, adjusted p ${formatPValue(f.adjustedPValue)}`,
    `values: reference ${count(f.referenceCount)} (${count(f.referenceMissing)} missing), recent ${count(f.recentCount)} (${count(f.recentMissing)} missing)`,
  ];
  if (f.referenceMean !== undefined && f.recentMean !== undefined) {
    facts.push(
      `mean: reference ${formatNumber(f.referenceMean)} → recent ${formatNumber(f.recentMean)}${f.referenceStd !== undefined ? ` (reference SD ${formatNumber(f.referenceStd)})` : ''}`,
    );
  }
  if (f.outlierShare !== undefined) facts.push(`recent outliers ${formatPercent(f.outlierShare)}`);
  if (f.newCategories?.length)
    facts.push(
      `new categories: ${f.newCategories
        .slice(0, 10)
        .map((c) => `<code>${htmlText(c, MAX_VALUE_LENGTH)}</code>`)
        .join(
          ', ',
        )}${(f.newCategoryCount ?? f.newCategories.length) > 10 ? ` and ${count((f.newCategoryCount ?? f.newCategories.length) - 10)} more` : ''}`,
    );
  if (f.vanishedCategories?.length)
    facts.push(
      `vanished categories: ${f.vanishedCategories
        .slice(0, 10)
        .map((c) => `<code>${htmlText(c, MAX_VALUE_LENGTH)}</code>`)
        .join(
          ', ',
        )}${(f.vanishedCategoryCount ?? f.vanishedCategories.length) > 10 ? ` and ${count((f.vanishedCategoryCount ?? f.vanishedCategories.length) - 10)} more` : ''}`,
    );
  if (f.skipped) facts.push(`not tested: ${htmlText(f.skipped, MAX_SENTENCE_LENGTH)}`);
  const chart =
    f.distribution.labels.length > 0
      ? `<figure class="chart" data-chart="distribution">${charts.distributionOverlaySvg({
          labels: f.distribution.labels,
          reference: f.distribution.reference,
          recent: f.distribution.recent,
          xTitle: f.type === 'numeric' ? 'value (bin)' : 'category',
        })}</figure>`
      : '<p class="note">No values to draw.</p>';
  return `<ul>${facts.map((fact) => `<li>${fact}</li>`).join('')}</ul>${chart}`;
}

function predictionDriftSection(charts: Charts, report: DriftReport): string {
  const drift = report.predictionDrift;
  if (!drift.available || !drift.distribution) return '';
  const decided = verdictHeading(report).decided;
  const classes = drift.test === 'chi2';
  const verdict = !decided
    ? ''
    : drift.drifted
      ? ' <span class="drifted">drifted</span>'
      : ' no drift';
  return `<section id="prediction-drift"><h2>Prediction drift</h2>
<p>The model's recent outputs against its reference predictions (${htmlText(drift.referenceSource ?? 'reference', MAX_SENTENCE_LENGTH)}): ${htmlText(testLabel({ test: drift.test ?? '' }))} statistic ${formatNumber(drift.statistic)}, p ${formatPValue(drift.pValue ?? Number.NaN)}, ${htmlText(effectLabel({ effectSizeName: drift.effectSizeName ?? '' }))} ${formatNumber(drift.effectSize)}.${verdict}</p>
<figure class="chart" data-chart="prediction-drift">${charts.distributionOverlaySvg({
    labels: drift.distribution.labels,
    reference: drift.distribution.reference,
    recent: drift.distribution.recent,
    xTitle: classes ? 'predicted class' : 'prediction (bin)',
    referenceName: 'reference predictions',
    recentName: 'recent predictions',
  })}</figure>
</section>`;
}

function modelQualitySection(
  charts: Charts,
  report: DriftReport,
  views: ModelViews | undefined,
): string {
  if (!views) return '';
  return views.task === 'regression'
    ? regressionSection(charts, views)
    : classificationSection(charts, report, views);
}

function regressionSection(charts: Charts, view: RegressionView): string {
  return `<section id="model-quality"><h2>Model quality (regression, ${count(view.count)} scored rows)</h2>
<figure class="chart" data-chart="predicted-vs-actual"><figcaption>Predicted vs actual: circle area is the number of rows in each of the grid's cells; on the dashed line the prediction is exact.</figcaption>${charts.predictedVsActualSvg(view)}</figure>
<figure class="chart" data-chart="error-distribution"><figcaption>Error distribution (predicted − actual); mean error ${formatNumber(view.meanError)} (${view.meanError > 0 ? 'over-predicts' : view.meanError < 0 ? 'under-predicts' : 'no bias'} on average).</figcaption>${charts.histogramSvg(
    {
      labels: view.errorBins.map((b) => `${formatNumber(b.lower)} to ${formatNumber(b.upper)}`),
      counts: view.errorBins.map((b) => b.count),
      xTitle: 'error (predicted − actual)',
      yTitle: 'rows',
    },
  )}</figure>
</section>`;
}

function classificationSection(
  charts: Charts,
  report: DriftReport,
  view: ClassificationView,
): string {
  const header = view.labels
    .map((label) => `<th class="num">${htmlText(label, MAX_VALUE_LENGTH)}</th>`)
    .join('');
  const rows = view.matrix
    .map((row, i) => {
      const total = row.reduce((sum, n) => sum + n, 0);
      const cells = row
        .map((n) => {
          const share = total > 0 ? n / total : 0;
          const style = `background: rgba(5, 80, 174, ${share.toFixed(3)}); color: ${share > 0.5 ? '#fff' : '#1f2328'}`;
          return `<td style="${style}">${count(n)}</td>`;
        })
        .join('');
      return `<tr><th>${htmlText(view.labels[i], MAX_VALUE_LENGTH)}</th>${cells}</tr>`;
    })
    .join('\n');
  const percent = (x: number | null) => (x === null ? 'n/a' : formatPercent(x));
  const classRows = view.classes
    .map(
      (c) =>
        `<tr><td>${htmlText(c.label, MAX_VALUE_LENGTH)}</td><td class="num">${count(c.support)}</td><td class="num">${count(c.predicted)}</td><td class="num">${percent(c.precision)}</td><td class="num">${percent(c.recall)}</td><td class="num">${c.f1 === null ? 'n/a' : formatNumber(c.f1)}</td></tr>`,
    )
    .join('\n');
  return `<section id="model-quality"><h2>Model quality (classification, ${count(view.count)} scored rows)</h2>
<p>Accuracy ${formatPercent(report.metrics.current.accuracy)}${report.metrics.baseline.accuracy !== undefined ? ` (baseline ${formatPercent(report.metrics.baseline.accuracy)})` : ''}.${view.mergedClasses > 0 ? ` The ${count(view.mergedClasses)} least frequent classes are merged into one row.` : ''}</p>
<h3>Confusion matrix</h3>
<p class="note">Rows: actual class; columns: predicted class; shading: share of the row.</p>
<table class="cm"><thead><tr><th>actual \\ predicted</th>${header}</tr></thead><tbody>${rows}</tbody></table>
<h3>Per-class results</h3>
<table><thead><tr><th>Class</th><th class="num">Actual rows</th><th class="num">Predicted rows</th><th class="num">Precision</th><th class="num">Recall</th><th class="num">F1</th></tr></thead><tbody>${classRows}</tbody></table>
<figure class="chart" data-chart="per-class">${charts.perClassSvg({
    labels: view.classes.map((c) => c.label),
    precision: view.classes.map((c) => c.precision),
    recall: view.classes.map((c) => c.recall),
  })}</figure>
</section>`;
}

function dataQualitySection(report: DriftReport): string {
  if (report.dataQuality.length + report.setAside.length === 0) return '';
  const findings = report.dataQuality
    .map(
      (finding) =>
        `<tr><td><code>${htmlText(finding.column)}</code></td><td>${finding.kind.replace(/_/g, ' ')}</td><td>${finding.grade === 'info' ? 'info' : strengthLabel(finding.grade)}</td><td>${htmlText(finding.detail, MAX_SENTENCE_LENGTH)}</td></tr>`,
    )
    .join('\n');
  const setAside = report.setAside
    .map(
      (column) =>
        `<li><code>${htmlText(column.name)}</code>: ${htmlText(column.reason, MAX_SENTENCE_LENGTH)} (${column.source})</li>`,
    )
    .join('');
  return `<section id="data-quality"><h2>Data quality</h2>
${findings ? `<table><thead><tr><th>Column</th><th>Finding</th><th>Grade</th><th>Detail</th></tr></thead><tbody>${findings}</tbody></table>` : '<p class="note">No data-quality findings.</p>'}
${setAside ? `<h3>Columns set aside (not tested)</h3><ul>${setAside}</ul>` : ''}
</section>`;
}

function schemaSection(report: DriftReport): string {
  const schema = report.schemaChanges;
  if (schema.added.length + schema.removed.length + schema.typeChanged.length === 0) return '';
  const names = (list: readonly string[]) =>
    list.map((name) => `<code>${htmlText(name)}</code>`).join(', ');
  const items = [
    schema.added.length ? `<li>Only in the recent data: ${names(schema.added)}</li>` : '',
    schema.removed.length ? `<li>Missing from the recent data: ${names(schema.removed)}</li>` : '',
    ...schema.typeChanged.map(
      (c) =>
        `<li><code>${htmlText(c.name)}</code> changed type: ${htmlText(c.reference)} → ${htmlText(c.recent)} (not tested)</li>`,
    ),
  ];
  return `<section id="schema"><h2>Schema changes</h2><ul>${items.join('')}</ul></section>`;
}

const countFormat = new Intl.NumberFormat('en-US');

function count(n: number): string {
  return countFormat.format(n);
}
