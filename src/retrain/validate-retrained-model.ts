import type { BaselineMetrics } from '../data/parse-baseline-metrics.ts';

/** A model's quality metrics, as in the baseline metrics file and the training command's metrics file. */
export type ModelMetrics = BaselineMetrics;

/** Options of {@link validateRetrainedModel}. */
export interface ValidationOptions {
  /**
   * Largest accepted relative regression of any shared metric (input `max-regression`):
   * 0.02 lets the new R² be up to 2% lower (or RMSE 2% higher) than the old one.
   */
  maxRegression: number;
}

/** Verdict on a retrained model; each improvement is null unless both models report that metric. */
export interface RetrainValidation {
  /** 100 × (after − before) / |before|: positive when R² went up. */
  improvementR2Percent: number | null;
  /** 100 × (before − after) / before: positive when RMSE went down. */
  improvementRmsePercent: number | null;
  /** 100 × (before − after) / before: positive when MAE went down. */
  improvementMaePercent: number | null;
  /** 100 × (after − before) / |before|: positive when accuracy went up. */
  improvementAccuracyPercent: number | null;
  /** Whether the new model may replace the old one. */
  promote: boolean;
  /** One sentence for the summary and the event log. */
  reason: string;
}

type MetricName = keyof ModelMetrics;

const METRICS: readonly { name: MetricName; label: string; higherIsBetter: boolean }[] = [
  { name: 'r2', label: 'R²', higherIsBetter: true },
  { name: 'rmse', label: 'RMSE', higherIsBetter: false },
  { name: 'mae', label: 'MAE', higherIsBetter: false },
  { name: 'accuracy', label: 'accuracy', higherIsBetter: true },
];

/**
 * Slack so that a regression of exactly `maxRegression` passes: (0.9 − 0.882) / 0.9 is
 * 0.020000000000000018 in binary floating point, not 0.02.
 */
const REGRESSION_TOLERANCE = 1e-12;

function formatPercent(value: number): string {
  return `${value >= 0 ? '+' : ''}${Number(value.toFixed(2))}%`;
}

/**
 * Compares a retrained model's metrics with the old model's. The improvement of a
 * metric is its relative change in percent, signed so that positive is better:
 * `100 × (after − before) / |before|` for R² and accuracy (higher is better),
 * `100 × (before − after) / before` for RMSE and MAE (lower is better). The new model
 * is rejected when any metric both report got worse by more than `maxRegression` of
 * the old value; with no metric in common there is nothing to compare and it is
 * promoted, which the reason says. An old value of 0 has no relative change: the
 * improvement is null and any worsening counts as exceeding `maxRegression`.
 *
 * @example
 * validateRetrainedModel({ r2: 0.5, rmse: 4 }, { r2: 0.75, rmse: 3 }, { maxRegression: 0 });
 * // => { improvementR2Percent: 50, improvementRmsePercent: 25, improvementMaePercent: null,
 * //      improvementAccuracyPercent: null, promote: true,
 * //      reason: 'Promoted: R² +50%, RMSE +25%; no metric regressed by more than 0%.' }
 */
export function validateRetrainedModel(
  before: ModelMetrics,
  after: ModelMetrics,
  options: ValidationOptions,
): RetrainValidation {
  const { maxRegression } = options;
  if (!Number.isFinite(maxRegression) || maxRegression < 0) {
    throw new Error(`Invalid maxRegression: ${maxRegression}. Expected a finite number >= 0.`);
  }
  const improvements: Record<MetricName, number | null> = {
    r2: null,
    rmse: null,
    mae: null,
    accuracy: null,
  };
  const changes: string[] = [];
  const regressions: string[] = [];
  for (const { name, label, higherIsBetter } of METRICS) {
    const old = before[name];
    const now = after[name];
    if (old === undefined || now === undefined) continue;
    const gain = higherIsBetter ? now - old : old - now;
    if (old !== 0) {
      improvements[name] = (100 * gain) / Math.abs(old);
      changes.push(`${label} ${formatPercent(improvements[name])}`);
    } else {
      changes.push(`${label} ${old} → ${now}`);
    }
    const regression = old === 0 ? (gain < 0 ? Infinity : 0) : -gain / Math.abs(old);
    if (regression > maxRegression + REGRESSION_TOLERANCE) {
      regressions.push(`${label} ${old} → ${now}`);
    }
  }
  const limit = `${Number((maxRegression * 100).toFixed(4))}%`;
  let reason: string;
  if (changes.length === 0) {
    reason =
      'Promoted without comparison: the old and the new model report no metric in common (r2, rmse, mae, accuracy).';
  } else if (regressions.length > 0) {
    reason = `Rejected: ${regressions.join(', ')} regressed by more than max-regression ${limit} (${changes.join(', ')}).`;
  } else {
    reason = `Promoted: ${changes.join(', ')}; no metric regressed by more than ${limit}.`;
  }
  return {
    improvementR2Percent: improvements.r2,
    improvementRmsePercent: improvements.rmse,
    improvementMaePercent: improvements.mae,
    improvementAccuracyPercent: improvements.accuracy,
    promote: regressions.length === 0,
    reason,
  };
}
