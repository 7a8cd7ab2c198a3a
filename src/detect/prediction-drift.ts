/**
 * Prediction drift: the model's recent outputs against its outputs on the reference
 * data (or a trusted window), the signal that is left while actuals arrive days late.
 * Regression outputs are compared by the two-sample KS test, class outputs by the
 * chi-square test of their class shares (rare classes pooled), both from the feature
 * test registry, so they agree with SciPy like the features do. Pure.
 */
import type { Column } from '../shared/table.ts';
import type { PredictionSides, PredictionValues } from '../shared/drift-check-input.ts';

export type { PredictionSides, PredictionValues } from '../shared/drift-check-input.ts';
import type { CategoricalProfile } from '../profile/column-profile.ts';
import { profileNumericColumn } from '../profile/profile-column.ts';
import type { DetectionConfig } from './detection-config.ts';
import type { PredictionDrift } from './drift-report.ts';
import { CHI_SQUARE_TEST, KS_TEST } from './feature-tests.ts';

/** Most distinct whole-number outputs that `task: auto` still reads as classes. */
const MAX_AUTO_CLASSES = 20;

/** The values of a table column as prediction values. */
export function predictionValuesOfColumn(column: Column, source: string): PredictionValues {
  if (column.kind === 'numeric') return { values: column.values, source };
  const values = new Float64Array(column.codes.length);
  for (let i = 0; i < values.length; i++)
    values[i] = column.codes[i] < 0 ? Number.NaN : column.codes[i];
  return { values, labels: column.categories, source };
}

/**
 * Compares the sides; `task` is the model's task when known (from the config or the
 * scored metrics), `auto` to decide from the values.
 */
export function comparePredictions(
  sides: PredictionSides | undefined,
  task: 'regression' | 'classification' | 'auto',
  config: DetectionConfig,
): PredictionDrift {
  if (!sides) {
    return { available: false, note: 'no predictions given' };
  }
  if (!sides.reference) {
    return {
      available: false,
      note: 'no reference predictions: give reference-predictions, or a prediction column the reference data has too',
    };
  }
  const { recent, reference } = sides;
  const classes =
    recent.labels !== undefined ||
    reference.labels !== undefined ||
    task === 'classification' ||
    (task === 'auto' && looksLikeClasses(recent.values, reference.values));
  const result = classes
    ? CHI_SQUARE_TEST.compare(classProfile(reference), classProfile(recent), config)
    : KS_TEST.compare(numberProfile(reference), numberProfile(recent), config);
  if (result.skipped !== undefined) {
    return {
      available: false,
      note: `predictions not compared: ${result.skipped}`,
      referenceSource: reference.source,
    };
  }
  const drifted =
    result.pValue < config.dataDriftThreshold && result.effectSize >= config.minEffectSize;
  return {
    available: true,
    test: result.test,
    statistic: result.statistic,
    pValue: result.pValue,
    effectSize: result.effectSize,
    effectSizeName: result.effectSizeName,
    drifted,
    referenceCount: result.referenceCount,
    recentCount: result.recentCount,
    referenceSource: reference.source,
    distribution: result.distribution,
  };
}

function looksLikeClasses(a: Float64Array, b: Float64Array): boolean {
  const distinct = new Set<number>();
  for (const values of [a, b]) {
    for (const v of values) {
      if (v !== v) continue;
      if (!Number.isInteger(v)) return false;
      distinct.add(v);
      if (distinct.size > MAX_AUTO_CLASSES) return false;
    }
  }
  return distinct.size > 0;
}

function numberProfile(side: PredictionValues) {
  let missing = 0;
  for (const v of side.values) if (v !== v) missing++;
  return profileNumericColumn({
    kind: 'numeric',
    name: 'predictions',
    values: side.values,
    missing,
  });
}

function classProfile(side: PredictionValues): CategoricalProfile {
  const byLabel = new Map<string, number>();
  let missing = 0;
  for (const v of side.values) {
    if (v !== v) {
      missing++;
      continue;
    }
    const label = side.labels ? side.labels[v] : String(v);
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  }
  const counts = Float64Array.from(byLabel.values());
  return {
    kind: 'categorical',
    name: 'predictions',
    rowCount: side.values.length,
    missing,
    count: counts.reduce((s, c) => s + c, 0),
    categories: [...byLabel.keys()],
    counts,
  };
}
