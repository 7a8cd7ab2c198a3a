/**
 * The options of a drift check, and their defaults in one table.
 *
 * The five thresholds keep the original quick reference's defaults; everything that
 * drift-sentinel adds on top (multiple-testing correction, a minimum effect size) has
 * a default chosen so that unchanged data with many features does not alarm.
 */

export const SEVERITIES = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const P_VALUE_CORRECTIONS = ['benjamini-hochberg', 'bonferroni', 'none'] as const;
export type PValueCorrection = (typeof P_VALUE_CORRECTIONS)[number];

export const KS_METHODS = ['auto', 'exact', 'asymp'] as const;
export type KsMethodOption = (typeof KS_METHODS)[number];

export const TASKS = ['auto', 'regression', 'classification'] as const;
export type Task = (typeof TASKS)[number];

export interface DetectionConfig {
  /** Significance level for a feature's drift test, applied to the corrected p-value. */
  dataDriftThreshold: number;
  /**
   * Smallest effect size that counts as drift: KS D for numeric features, total
   * variation distance for categorical ones. Both lie in [0, 1] and do not shrink as
   * rows grow, so a million-row sample cannot make a negligible shift "significant".
   */
  minEffectSize: number;
  /** Multiple-testing correction across features. */
  correction: PValueCorrection;
  /** KS p-value method, as `scipy.stats.ks_2samp`'s `method`. */
  ksMethod: KsMethodOption;
  /** A recent value is an outlier when |z| against the reference exceeds this. */
  outlierZScore: number;
  /** Outlier signal: share of recent numeric values that are outliers (0.05 = 5%). */
  outlierThreshold: number;
  /** Concept drift signal: relative increase of the model's error over baseline (0.15 = 15%). */
  conceptDriftThreshold: number;
  /** Performance signal: relative drop of R² (or accuracy) from baseline (0.05 = 5%). */
  performanceThreshold: number;
  /** RMSE signal: relative increase of RMSE over baseline (0.10 = 10%). */
  rmseThreshold: number;
  /** Fewer recent rows than this: no decision, "insufficient data". */
  minSamplesForRetraining: number;
  /** Retraining is triggered at this severity or above. */
  retrainOn: Severity;
  /** Columns never tested (identifiers, timestamps). Prediction and target columns are never tested either. */
  excludeColumns: readonly string[];
  /** `auto` treats the model as a classifier when the baseline has only `accuracy`. */
  task: Task;
}

export const DEFAULT_DETECTION_CONFIG: Readonly<DetectionConfig> = Object.freeze({
  dataDriftThreshold: 0.05,
  minEffectSize: 0.1,
  correction: 'benjamini-hochberg',
  ksMethod: 'auto',
  outlierZScore: 3,
  outlierThreshold: 0.05,
  conceptDriftThreshold: 0.15,
  performanceThreshold: 0.05,
  rmseThreshold: 0.1,
  minSamplesForRetraining: 100,
  retrainOn: 'HIGH',
  excludeColumns: [],
  task: 'auto',
});

/** Rank of a severity, NONE = 0 … CRITICAL = 4. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Parses a severity name case-insensitively; throws naming the value and the allowed ones. */
export function parseSeverity(value: string, inputName: string): Severity {
  const upper = value.trim().toUpperCase();
  if ((SEVERITIES as readonly string[]).includes(upper)) return upper as Severity;
  throw new Error(
    `Invalid ${inputName} '${value}'. Expected one of ${SEVERITIES.join(', ')} (case-insensitive).`,
  );
}

/**
 * Completes a partial config with the defaults and validates every field, throwing an
 * Error that names the field, the value and the allowed range.
 */
export function resolveDetectionConfig(partial: Partial<DetectionConfig> = {}): DetectionConfig {
  const config: DetectionConfig = { ...DEFAULT_DETECTION_CONFIG, ...stripUndefined(partial) };
  requireInRange('dataDriftThreshold', config.dataDriftThreshold, 0, 1, false);
  requireInRange('minEffectSize', config.minEffectSize, 0, 1, true);
  requireInRange('outlierThreshold', config.outlierThreshold, 0, 1, true);
  requirePositive('outlierZScore', config.outlierZScore);
  requirePositive('conceptDriftThreshold', config.conceptDriftThreshold);
  requirePositive('performanceThreshold', config.performanceThreshold);
  requirePositive('rmseThreshold', config.rmseThreshold);
  if (!Number.isInteger(config.minSamplesForRetraining) || config.minSamplesForRetraining < 1) {
    throw new Error(
      `Invalid minSamplesForRetraining '${config.minSamplesForRetraining}'. Expected a whole number >= 1.`,
    );
  }
  requireOneOf('correction', config.correction, P_VALUE_CORRECTIONS);
  requireOneOf('ksMethod', config.ksMethod, KS_METHODS);
  requireOneOf('task', config.task, TASKS);
  requireOneOf('retrainOn', config.retrainOn, SEVERITIES);
  return config;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function requireInRange(
  name: string,
  value: number,
  min: number,
  max: number,
  minInclusive: boolean,
) {
  const aboveMin = minInclusive ? value >= min : value > min;
  if (!Number.isFinite(value) || !aboveMin || value > max) {
    throw new Error(
      `Invalid ${name} '${value}'. Expected a number ${minInclusive ? '>=' : '>'} ${min} and <= ${max}.`,
    );
  }
}

function requirePositive(name: string, value: number) {
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`Invalid ${name} '${value}'. Expected a number > 0.`);
  }
}

function requireOneOf(name: string, value: string, allowed: readonly string[]) {
  if (!allowed.includes(value)) {
    throw new Error(`Invalid ${name} '${value}'. Expected one of ${allowed.join(', ')}.`);
  }
}
