/**
 * Data-quality findings: a column the model needs that vanished, a type change, a
 * missing share that moved, a per-feature outlier share above the reference's own, and
 * cells that are not numbers; each graded for the data_quality signal. Pure.
 *
 * Grades (README, "How the decision is made"):
 * - a feature column of the reference missing from the recent data: very strong (the
 *   model cannot run without it: HIGH on its own);
 * - a type change (numbers in the reference, text in the recent data, or the reverse):
 *   very strong, with the recent text's likely cause (decimal comma, units, a marker);
 * - missing share changed by at least min-missing-change (5 percentage points), up or
 *   down, and significant after the correction: mild, strong at 2x, very strong at 4x
 *   the floor (1% -> 40% missing is very strong);
 * - a feature's recent outlier share above its reference share by at least
 *   outlier-threshold (5 points), at least 5 outlying cells, and significant after the
 *   correction over the numeric features: mild, strong at 2x, very strong at 4x (a -999 sentinel in 8% of rows
 *   against 0.25% is mild);
 * - invalid cells (neither numbers nor missing markers) in a numeric column, their share
 *   up by at least min-missing-change and significant: graded like the missing share,
 *   else listed as info;
 * - a column only in the recent data, and a vanished identifier or time column: info.
 */
import type { CategoricalColumn, CheckColumn } from '../shared/table.ts';
import { adjustPValues } from '../stats/adjust-p-values.ts';
import { twoProportionZTest } from '../stats/two-proportion-z-test.ts';
import type { DetectionConfig } from './detection-config.ts';
import type { DataQualityFinding, FeatureResult, SchemaChanges } from './drift-report.ts';
import { effectStrength } from './severity.ts';
import type { SignalStrength } from './drift-report.ts';

/** Fewest outlying recent cells that make an outlier finding. */
const MIN_OUTLIER_CELLS = 5;

const GRADE_ORDER: Record<DataQualityFinding['grade'], number> = {
  very_strong: 3,
  strong: 2,
  mild: 1,
  info: 0,
};

export interface DataQualityInput {
  /** Features tested (identifier and time columns already set aside). */
  readonly features: readonly FeatureResult[];
  readonly schemaChanges: SchemaChanges;
  /** The recent table's columns by name, for examples of text in a type-changed column. */
  readonly recentColumns: ReadonlyMap<string, CheckColumn>;
  /** Vanished columns that are identifiers or times (not needed by the model), with why. */
  readonly vanishedNotNeeded: ReadonlyMap<string, string>;
  /** Type-changed columns that are identifiers or times on either side. */
  readonly typeChangedNotNeeded: ReadonlySet<string>;
}

/** Every finding, strongest first. */
export function dataQualityFindings(
  input: DataQualityInput,
  config: DetectionConfig,
): DataQualityFinding[] {
  const findings: DataQualityFinding[] = [];
  for (const name of input.schemaChanges.removed) {
    const why = input.vanishedNotNeeded.get(name);
    findings.push({
      kind: 'column_missing',
      column: name,
      grade: why ? 'info' : 'very_strong',
      detail: why
        ? `column ${name} is missing from the recent data (${why}, not needed by the model)`
        : `column ${name}, a feature of the reference, is missing from the recent data`,
    });
  }
  for (const change of input.schemaChanges.typeChanged) {
    findings.push(typeChangeFinding(change, input));
  }
  for (const feature of input.features) {
    const m = feature.missingShare;
    if (m?.drifted) {
      findings.push({
        kind: 'missing_share',
        column: feature.name,
        grade: gradeOf(Math.abs(m.change), config.minMissingChange),
        detail: `missing values in ${feature.name}: ${percent(m.recent)} of the recent rows (reference ${percent(m.reference)})`,
        reference: m.reference,
        recent: m.recent,
        count: feature.recentMissing,
        pValue: m.pValue,
        adjustedPValue: m.adjustedPValue,
      });
    }
    const invalid = invalidFinding(feature, config);
    if (invalid) findings.push(invalid);
  }
  findings.push(...outlierFindings(input.features, config));
  for (const name of input.schemaChanges.added) {
    findings.push({
      kind: 'column_added',
      column: name,
      grade: 'info',
      detail: `column ${name} is only in the recent data (not tested)`,
    });
  }
  return findings.sort(
    (a, b) => GRADE_ORDER[b.grade] - GRADE_ORDER[a.grade] || a.column.localeCompare(b.column),
  );
}

/** The signal strength of a finding list: its strongest finding. */
export function dataQualityStrength(findings: readonly DataQualityFinding[]): SignalStrength {
  let best: SignalStrength = 'none';
  for (const f of findings) {
    if (f.grade === 'info') continue;
    if (best === 'none' || GRADE_ORDER[f.grade] > GRADE_ORDER[best]) best = f.grade;
  }
  return best;
}

function gradeOf(excess: number, floor: number): Exclude<SignalStrength, 'none'> {
  return effectStrength(excess, floor) as Exclude<SignalStrength, 'none'>;
}

/** Rows of a feature on one side: numbers, missing cells and invalid cells. */
function rowsOf(f: FeatureResult, side: 'reference' | 'recent'): number {
  return side === 'reference'
    ? f.referenceCount + f.referenceMissing + (f.referenceInvalid?.count ?? 0)
    : f.recentCount + f.recentMissing + (f.recentInvalid?.count ?? 0);
}

function invalidFinding(f: FeatureResult, config: DetectionConfig): DataQualityFinding | undefined {
  if (!f.recentInvalid) return undefined;
  const refRows = rowsOf(f, 'reference');
  const recRows = rowsOf(f, 'recent');
  const refCount = f.referenceInvalid?.count ?? 0;
  const recCount = f.recentInvalid.count;
  const reference = refRows > 0 ? refCount / refRows : 0;
  const recent = recRows > 0 ? recCount / recRows : 0;
  const test =
    refRows > 0 && recRows > 0
      ? twoProportionZTest(refCount, refRows, recCount, recRows)
      : undefined;
  const significant = test !== undefined && test.pValue < config.dataDriftThreshold;
  const excess = recent - reference;
  const graded = significant && excess >= config.minMissingChange && excess > 0;
  const examples = f.recentInvalid.examples;
  return {
    kind: 'invalid_cells',
    column: f.name,
    grade: graded ? gradeOf(excess, config.minMissingChange) : 'info',
    detail: `invalid cells in ${f.name}: ${recCount} recent cell${recCount === 1 ? ' is' : 's are'} not a number (${percent(recent)}, reference ${percent(reference)}), e.g. ${examples.map((e) => `'${e}'`).join(', ')}; the column is tested on its numbers`,
    reference,
    recent,
    count: recCount,
    examples,
    ...(test && !Number.isNaN(test.pValue) ? { pValue: test.pValue } : {}),
  };
}

function outlierFindings(
  features: readonly FeatureResult[],
  config: DetectionConfig,
): DataQualityFinding[] {
  const candidates: { f: FeatureResult; p: number; refCount: number; recCount: number }[] = [];
  for (const f of features) {
    if (f.skipped !== undefined || f.outlierShare === undefined) continue;
    if (f.referenceOutlierShare === undefined || f.approximate) continue;
    const recCount = Math.round(f.outlierShare * f.recentCount);
    const refCount = Math.round(f.referenceOutlierShare * f.referenceCount);
    const test = twoProportionZTest(refCount, f.referenceCount, recCount, f.recentCount);
    if (Number.isNaN(test.pValue)) continue;
    candidates.push({ f, p: test.pValue, refCount, recCount });
  }
  if (candidates.length === 0) return [];
  const adjusted = adjustPValues(
    candidates.map((c) => c.p),
    config.correction,
  );
  const findings: DataQualityFinding[] = [];
  candidates.forEach(({ f, p, recCount }, i) => {
    const excess = (f.outlierShare as number) - (f.referenceOutlierShare as number);
    if (!(adjusted[i] < config.dataDriftThreshold) || !(excess >= config.outlierThreshold)) return;
    // A handful of cells is no incident, whatever share of a small window they are.
    if (recCount < MIN_OUTLIER_CELLS) return;
    if (!(excess > 0)) return;
    const sentinel = f.recentOutlierValue;
    const sentinelText =
      sentinel && sentinel.count >= recCount / 2
        ? `, ${sentinel.count} of them ${sentinel.value} (a sentinel value)`
        : '';
    findings.push({
      kind: 'outlier_share',
      column: f.name,
      grade: gradeOf(excess, config.outlierThreshold),
      detail: `outliers in ${f.name}: ${percent(f.outlierShare as number)} of recent values (|z| > ${config.outlierZScore}; reference ${percent(f.referenceOutlierShare as number)})${sentinelText}`,
      reference: f.referenceOutlierShare,
      recent: f.outlierShare,
      count: recCount,
      ...(sentinel ? { examples: [String(sentinel.value)] } : {}),
      pValue: p,
      adjustedPValue: adjusted[i],
    });
  });
  return findings;
}

const DECIMAL_COMMA = /^[-+]?(\d{1,3}(\.\d{3})+|\d+),\d+$/;
const WITH_UNIT = /^[-+]?(\d+([.,]\d+)?|\.\d+)\s*[^\d\s.,+-][^\d]*$/;
const NUMBER_WITH_UNIT_PREFIX = /^[$€£¥]\s*[-+]?\d/;

function isNumberText(text: string): boolean {
  const t = text.trim();
  return t !== '' && Number.isFinite(Number(t));
}

function typeChangeFinding(
  change: { name: string; reference: string; recent: string },
  input: DataQualityInput,
): DataQualityFinding {
  const notNeeded = input.typeChangedNotNeeded.has(change.name);
  const column = input.recentColumns.get(change.name);
  if (change.reference === 'numeric' && column?.kind === 'categorical') {
    const { examples, count, rows, cause } = textInColumn(column);
    const causeText =
      cause === 'decimal_comma'
        ? 'decimal commas'
        : cause === 'units'
          ? 'numbers with units'
          : cause === 'marker'
            ? 'a new marker'
            : 'text';
    return {
      kind: 'type_change',
      column: change.name,
      grade: notNeeded ? 'info' : 'very_strong',
      detail: `type change in ${change.name}: numeric in the reference, text in the recent data: ${causeText} in ${count} of ${rows} cells, e.g. ${examples.map((e) => `'${e}'`).join(', ')} (not tested)`,
      count,
      examples,
      cause,
    };
  }
  return {
    kind: 'type_change',
    column: change.name,
    grade: notNeeded ? 'info' : 'very_strong',
    detail: `type change in ${change.name}: ${change.reference} in the reference, ${change.recent} in the recent data (not tested)`,
    cause: change.recent === 'numeric' ? 'numbers' : 'text',
  };
}

/** The non-number cells of a categorical column: count, examples and likely cause. */
function textInColumn(column: CategoricalColumn): {
  examples: string[];
  count: number;
  rows: number;
  cause: 'decimal_comma' | 'units' | 'marker' | 'text';
} {
  const counts = new Float64Array(column.categories.length);
  let rows = 0;
  for (const code of column.codes) {
    if (code >= 0) {
      counts[code]++;
      rows++;
    }
  }
  const text = column.categories
    .map((label, i) => ({ label, count: counts[i] }))
    .filter((c) => c.count > 0 && !isNumberText(c.label))
    .sort((a, b) => b.count - a.count);
  const count = text.reduce((s, c) => s + c.count, 0);
  const share = (test: (label: string) => boolean) =>
    text.reduce((s, c) => s + (test(c.label.trim()) ? c.count : 0), 0) / Math.max(1, count);
  const cause =
    share((l) => DECIMAL_COMMA.test(l)) >= 0.5
      ? 'decimal_comma'
      : share((l) => WITH_UNIT.test(l) || NUMBER_WITH_UNIT_PREFIX.test(l)) >= 0.5
        ? 'units'
        : text.length <= 3
          ? 'marker'
          : 'text';
  return {
    examples: text
      .slice(0, 5)
      .map((c) => (c.label.length > 40 ? `${c.label.slice(0, 39)}…` : c.label)),
    count,
    rows,
    cause,
  };
}

function percent(share: number): string {
  const value = share * 100;
  if (value === 0) return '0%';
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(value < 1 ? 2 : 1)}%`;
}
