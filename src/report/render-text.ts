/** The terminal report: verdict first, then signals, then features by effect size. */
import type { DriftReport } from '../detect/drift-report.ts';
import { MAX_LISTED_CATEGORIES, MAX_SENTENCE_LENGTH, capList, terminalText } from './escape.ts';
import { approximationNote, formatNumber, formatPValue, formatPercent } from './format.ts';

export interface TextOptions {
  /** Features listed; the rest are summarised in one line. */
  readonly maxFeatures?: number;
}

export function renderText(report: DriftReport, options: TextOptions = {}): string {
  const out: string[] = [];
  out.push(
    `drift-sentinel: ${report.severity}${report.triggered ? ' (retraining triggered)' : ''}`,
  );
  out.push(terminalText(report.reason, MAX_SENTENCE_LENGTH));
  out.push(
    `drift type ${report.driftType} · confidence ${report.confidence}/100 · reference ${report.referenceRows} rows · recent ${report.recentRows} rows`,
  );
  out.push('');
  out.push('Signals');
  out.push(
    table(
      ['signal', 'value', 'threshold', 'fired', 'strength'],
      report.signals.map((s) => [
        s.name,
        s.available ? formatPercent(s.value) : 'n/a',
        s.name === 'data_drift'
          ? `p<${report.config.dataDriftThreshold}`
          : formatPercent(s.threshold),
        s.fired ? 'YES' : 'no',
        s.strength,
      ]),
    ),
  );
  const schema = report.schemaChanges;
  if (schema.added.length + schema.removed.length + schema.typeChanged.length > 0) {
    out.push('');
    out.push('Schema changes');
    if (schema.added.length) out.push(`  added:   ${nameList(schema.added)}`);
    if (schema.removed.length) out.push(`  removed: ${nameList(schema.removed)}`);
    for (const c of schema.typeChanged)
      out.push(
        `  ${terminalText(c.name)}: ${terminalText(c.reference)} -> ${terminalText(c.recent)}`,
      );
  }
  out.push(...findingsText(report));
  out.push('');
  out.push(`Features (${report.featuresDrifted} of ${report.featuresTested} drifted)`);
  const limit = options.maxFeatures ?? 50;
  out.push(
    table(
      ['feature', 'type', 'statistic', 'p', 'adj. p', 'effect', 'drifted'],
      report.features
        .slice(0, limit)
        .map((f) => [
          terminalText(f.name),
          f.type,
          `${f.approximate ? '≈' : ''}${formatNumber(f.statistic)}`,
          formatPValue(f.pValue),
          formatPValue(f.adjustedPValue),
          formatNumber(f.effectSize),
          f.skipped
            ? `skipped: ${terminalText(f.skipped, MAX_SENTENCE_LENGTH)}`
            : f.drifted
              ? 'YES'
              : 'no',
        ]),
    ),
  );
  if (report.features.length > limit)
    out.push(`  ... ${report.features.length - limit} more (use --format json)`);
  const note = approximationNote(report.features);
  if (note) out.push(`  ${terminalText(note, 10_000)}`);
  return out.join('\n') + '\n';
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) =>
    '  ' +
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function nameList(names: readonly string[]): string {
  return capList(names, MAX_LISTED_CATEGORIES * 4, (name) => terminalText(name));
}

/** Data-quality findings, set-aside columns and prediction drift (issue 8). */
function findingsText(report: DriftReport): string[] {
  const out: string[] = [];
  if (report.dataQuality.length > 0) {
    out.push('', 'Data quality');
    for (const f of report.dataQuality.slice(0, 20))
      out.push(`  [${f.grade}] ${terminalText(f.detail, MAX_SENTENCE_LENGTH)}`);
    if (report.dataQuality.length > 20) out.push(`  ... ${report.dataQuality.length - 20} more`);
  }
  if (report.setAside.length > 0) {
    out.push('', 'Not tested (identifier and time columns)');
    for (const c of report.setAside.slice(0, 20)) {
      const range = c.timeRange
        ? ` · reference ${rangeText(c.timeRange.reference)} · recent ${rangeText(c.timeRange.recent)}`
        : '';
      out.push(`  ${terminalText(c.name)}: ${terminalText(c.reason, MAX_SENTENCE_LENGTH)}${range}`);
    }
    if (report.setAside.length > 20) out.push(`  ... ${report.setAside.length - 20} more`);
  }
  return out;
}

function rangeText(range: { first: string; last: string } | undefined): string {
  return range ? `${terminalText(range.first)} to ${terminalText(range.last)}` : 'n/a';
}
