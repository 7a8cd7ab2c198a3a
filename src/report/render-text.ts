/**
 * The terminal report: verdict first, then signals, then features by effect size,
 * wrapped to the terminal's width without breaking a word or a number, the severity
 * in colour when asked, and the verdict repeated at the end of a long report so it
 * is on screen when the output stops scrolling.
 */
import { styleText } from 'node:util';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import type { Severity } from '../detect/detection-config.ts';
import type { DriftReport, FeatureResult } from '../detect/drift-report.ts';
import { MAX_LISTED_CATEGORIES, MAX_SENTENCE_LENGTH, capList, terminalText } from './escape.ts';
import {
  approximationNote,
  formatCount,
  formatNumber,
  formatPValue,
  formatPercent,
  formatValue,
} from './format.ts';
import { SIGNAL_SHORT_LABEL, effectLabel, strengthLabel } from './labels.ts';
import { nothingChecked as isNothingChecked, signalCells } from './signal-cells.ts';

export interface TextOptions {
  /** Features listed; the rest are summarised in one line. Default 50. */
  readonly maxFeatures?: number;
  /** Columns to wrap to (the terminal's width). Default 80. */
  readonly width?: number;
  /** ANSI colours for the severity and the drifted markers. Default false. */
  readonly color?: boolean;
}

/** Reports longer than this many lines end with the verdict again. */
const REPEAT_VERDICT_AFTER_LINES = 24;

type Style = Parameters<typeof styleText>[0];

const SEVERITY_STYLE: Readonly<Record<Severity, Style>> = {
  NONE: ['bold', 'green'],
  LOW: ['bold', 'yellow'],
  MEDIUM: ['bold', 'yellow'],
  HIGH: ['bold', 'red'],
  CRITICAL: ['bold', 'inverse', 'red'],
};

export function renderText(report: DriftReport, options: TextOptions = {}): string {
  const width = Math.max(20, options.width ?? 80);
  const paint = (style: Style, text: string) =>
    options.color ? styleText(style, text, { validateStream: false }) : text;
  const wrap = (text: string, indent = '') =>
    wrapAnsi(text, width - indent.length, { hard: true, trim: true })
      .split('\n')
      .map((line) => indent + line);
  const out: string[] = [];

  const verdict = verdictLine(report, paint);
  out.push(...wrap(verdict));
  out.push(...wrap(terminalText(report.reason, MAX_SENTENCE_LENGTH)));
  const insufficient = report.status === 'insufficient_data';
  const nothingChecked = !insufficient && isNothingChecked(report);
  out.push(
    ...wrap(
      insufficient
        ? `Nothing was judged. Reference ${formatCount(report.referenceRows)} rows · recent ${formatCount(report.recentRows)} rows.`
        : `confidence ${report.confidence}/100 · drift type ${report.driftType} · reference ${formatCount(report.referenceRows)} rows · recent ${formatCount(report.recentRows)} rows`,
    ),
  );

  if (!insufficient && !nothingChecked) {
    out.push('', 'Signals');
    const signals = report.signals.filter((s) => s.available);
    out.push(
      ...table(
        ['signal', 'observed', 'fires at', 'fired'],
        signals.map((s) => {
          const [observed, threshold] = signalCells(report, s, { short: true });
          return [
            SIGNAL_SHORT_LABEL[s.name],
            observed,
            threshold,
            s.fired ? paint(['bold', 'red'], strengthLabel(s.strength)) : 'no',
          ];
        }),
        width,
      ),
    );
    if (signals.length < report.signals.length)
      out.push(
        ...wrap(
          report.metrics.task === 'none'
            ? 'Model signals not checked: no predictions and actuals given.'
            : `Not checked: ${report.signals
                .filter((s) => !s.available)
                .map((s) => terminalText(s.detail.replace(' not checked', ''), MAX_SENTENCE_LENGTH))
                .join('; ')}.`,
          '  ',
        ),
      );
  }

  const schema = report.schemaChanges;
  if (schema.added.length + schema.removed.length + schema.typeChanged.length > 0) {
    out.push('', 'Schema changes');
    if (schema.added.length) out.push(...wrap(`added: ${nameList(schema.added)}`, '  '));
    if (schema.removed.length) out.push(...wrap(`removed: ${nameList(schema.removed)}`, '  '));
    for (const c of schema.typeChanged)
      out.push(
        ...wrap(
          `${terminalText(c.name)}: ${terminalText(c.reference)} → ${terminalText(c.recent)}`,
          '  ',
        ),
      );
  }

  if (!insufficient) out.push(...findingsText(report, wrap));
  if (!insufficient && report.features.length > 0) {
    out.push('');
    out.push(
      nothingChecked
        ? 'Features (none could be tested)'
        : `Features (${formatCount(report.featuresDrifted)} of ${formatCount(report.featuresTested)} drifted)`,
    );
    const limit = options.maxFeatures ?? 50;
    out.push(
      ...table(
        ['feature', 'reference → recent', 'effect', 'adj. p', 'drifted'],
        report.features.slice(0, limit).map((f) => featureCells(f, paint)),
        width,
      ),
    );
    if (report.features.length > limit)
      out.push(
        ...wrap(
          `... ${formatCount(report.features.length - limit)} more (use --format json)`,
          '  ',
        ),
      );
  }
  const note = approximationNote(report.features);
  if (note && !insufficient) out.push(...wrap(terminalText(note, 10_000), '  '));
  if (out.length > REPEAT_VERDICT_AFTER_LINES) out.push('', ...wrap(verdict));
  return out.join('\n') + '\n';
}

function verdictLine(report: DriftReport, paint: (style: Style, text: string) => string): string {
  if (report.status === 'insufficient_data')
    return `drift-sentinel: ${paint(['bold'], 'insufficient data, no verdict')}`;
  if (isNothingChecked(report))
    return `drift-sentinel: ${paint(['bold'], 'nothing could be checked')}`;
  return `drift-sentinel: ${paint(SEVERITY_STYLE[report.severity], report.severity)}${report.triggered ? ' (retraining due)' : ''} · ${formatCount(report.featuresDrifted)} of ${formatCount(report.featuresTested)} features drifted`;
}

function featureCells(f: FeatureResult, paint: (style: Style, text: string) => string): string[] {
  const name = terminalText(f.name);
  if (f.skipped !== undefined)
    return [name, `skipped: ${terminalText(f.skipped, MAX_SENTENCE_LENGTH)}`, 'n/a', 'n/a', '-'];
  let change = 'n/a';
  if (f.type === 'numeric') {
    if (f.referenceMedian !== undefined && f.recentMedian !== undefined)
      change = `median ${formatValue(f.referenceMedian)} → ${formatValue(f.recentMedian)}${
        // A discrete column (counts, ratings) can drift with its median unchanged.
        formatValue(f.referenceMedian) === formatValue(f.recentMedian) &&
        f.referenceMean !== undefined &&
        f.recentMean !== undefined
          ? `, mean ${formatValue(f.referenceMean)} → ${formatValue(f.recentMean)}`
          : ''
      }`;
    else if (f.referenceMean !== undefined && f.recentMean !== undefined)
      change = `mean ${formatValue(f.referenceMean)} → ${formatValue(f.recentMean)}`;
  } else {
    const { labels, reference, recent } = f.distribution;
    let top = -1;
    for (let i = 0; i < labels.length; i++)
      if (top < 0 || Math.abs(recent[i] - reference[i]) > Math.abs(recent[top] - reference[top]))
        top = i;
    if (top >= 0)
      change = `${terminalText(labels[top], 24)} ${formatPercent(reference[top])} → ${formatPercent(recent[top])}`;
  }
  return [
    name,
    change,
    `${effectLabel(f)} ${f.approximate ? '≈' : ''}${formatNumber(f.effectSize)}`,
    formatPValue(f.adjustedPValue),
    f.drifted ? paint(['bold', 'red'], 'YES') : 'no',
  ];
}

/** Narrowest a wrapped column may get before the table is stacked instead. */
const MIN_WRAPPED_COLUMN = 14;

/**
 * Rows as aligned columns. When they do not fit `width`, the widest column's cells
 * wrap at spaces inside the column (a cell of several words takes several lines); when
 * that column would get narrower than {@link MIN_WRAPPED_COLUMN} or than its longest
 * word, each row is
 * stacked instead: its first cell on a line, the others below as `header: value`
 * pairs wrapped at spaces. Either way no word or number is cut by the terminal.
 */
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => stringWidth(r[i]))));
  const total = 2 + widths.reduce((s, w) => s + w, 0) + 2 * (widths.length - 1);
  const widest = widths.indexOf(Math.max(...widths));
  const room = widths[widest] - (total - width);
  // A name is one word: the column may only get as narrow as its longest word.
  const longestWord = Math.max(
    ...rows.flatMap((r) => r[widest].split(' ').map((word) => stringWidth(word))),
  );
  if (total <= width || (room >= MIN_WRAPPED_COLUMN && room >= longestWord)) {
    if (total > width) widths[widest] = room;
    const line = (cells: readonly string[]) =>
      '  ' +
      cells
        .map((c, i) => c + ' '.repeat(Math.max(0, widths[i] - stringWidth(c))))
        .join('  ')
        .trimEnd();
    const rowLines = (cells: readonly string[]): string[] => {
      const wrapped = cells.map((c, i) =>
        i === widest ? wrapAnsi(c, widths[i], { hard: true, trim: true }).split('\n') : [c],
      );
      const height = Math.max(...wrapped.map((w) => w.length));
      return Array.from({ length: height }, (_, k) => line(wrapped.map((w) => w[k] ?? '')));
    };
    return [line(header), ...rows.flatMap(rowLines)];
  }
  const out: string[] = [];
  for (const row of rows) {
    out.push(
      ...wrapAnsi(row[0], width - 2, { hard: true })
        .split('\n')
        .map((l) => `  ${l}`),
    );
    const details = row
      .slice(1)
      .map((cell, i) => `${header[i + 1]}: ${cell}`)
      .join(' · ');
    out.push(
      ...wrapAnsi(details, width - 6, { hard: true, trim: true })
        .split('\n')
        .map((l) => `      ${l}`),
    );
  }
  return out;
}

function nameList(names: readonly string[]): string {
  return capList(names, MAX_LISTED_CATEGORIES * 4, (name) => terminalText(name));
}

/** Data-quality findings, set-aside columns and prediction drift (issue 8). */
function findingsText(
  report: DriftReport,
  wrap: (text: string, indent?: string) => string[],
): string[] {
  const out: string[] = [];
  if (report.dataQuality.length > 0) {
    out.push('', 'Data quality');
    for (const f of report.dataQuality.slice(0, 20))
      out.push(...wrap(`[${f.grade}] ${terminalText(f.detail, MAX_SENTENCE_LENGTH)}`, '  '));
    if (report.dataQuality.length > 20) out.push(`  ... ${report.dataQuality.length - 20} more`);
  }
  if (report.setAside.length > 0) {
    out.push('', 'Not tested (identifier and time columns)');
    for (const c of report.setAside.slice(0, 20)) {
      const range = c.timeRange
        ? ` · reference ${rangeText(c.timeRange.reference)} · recent ${rangeText(c.timeRange.recent)}`
        : '';
      out.push(
        ...wrap(
          `${terminalText(c.name)}: ${terminalText(c.reason, MAX_SENTENCE_LENGTH)}${range}`,
          '  ',
        ),
      );
    }
    if (report.setAside.length > 20) out.push(`  ... ${report.setAside.length - 20} more`);
  }
  return out;
}

function rangeText(range: { first: string; last: string } | undefined): string {
  return range ? `${terminalText(range.first)} to ${terminalText(range.last)}` : 'n/a';
}
