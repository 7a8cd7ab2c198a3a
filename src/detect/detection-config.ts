/**
 * The options of a drift check. Their defaults, ranges and descriptions live in the
 * option table (src/options/option-table.ts), which the CLI, the action and the library
 * share; this file gives them a type and validates a config the library is handed.
 *
 * The five thresholds keep the original quick reference's defaults; everything that
 * drift-sentinel adds on top (multiple-testing correction, a minimum effect size) has
 * a default chosen so that unchanged data with many features does not alarm.
 */
import {
  KS_METHODS,
  P_VALUE_CORRECTIONS,
  SEVERITIES,
  TASKS,
  optionsOf,
} from '../options/option-table.ts';
import type { Severity } from '../options/option-table.ts';
import { checkOptionValue } from '../options/parse-option.ts';
import { defaultOf } from '../options/read-options.ts';

export { KS_METHODS, P_VALUE_CORRECTIONS, SEVERITIES, TASKS };
export type { Severity };
export type PValueCorrection = (typeof P_VALUE_CORRECTIONS)[number];
export type KsMethodOption = (typeof KS_METHODS)[number];
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
  /**
   * Smallest change of a feature's missing share that counts as missing-value drift,
   * in either direction (0.05 = 5 percentage points); the change must also be
   * significant after the correction. Also the floor of the invalid-cell finding.
   */
  minMissingChange: number;
  /** Identifier columns to set aside (not tested), on top of those detected. */
  identifierColumns: readonly string[];
  /** The time column: set aside, its time range reported. */
  timeColumn?: string;
  /** True: set aside only declared identifier and time columns, detect none. */
  noRoleDetection: boolean;
}

/** The defaults of the option table, parsed. */
export const DEFAULT_DETECTION_CONFIG: Readonly<DetectionConfig> = Object.freeze({
  dataDriftThreshold: defaultOf('dataDriftThreshold')!,
  minEffectSize: defaultOf('minEffectSize')!,
  correction: defaultOf('correction')!,
  ksMethod: defaultOf('ksMethod')!,
  outlierZScore: defaultOf('outlierZScore')!,
  outlierThreshold: defaultOf('outlierThreshold')!,
  conceptDriftThreshold: defaultOf('conceptDriftThreshold')!,
  performanceThreshold: defaultOf('performanceThreshold')!,
  rmseThreshold: defaultOf('rmseThreshold')!,
  minSamplesForRetraining: defaultOf('minSamplesForRetraining')!,
  retrainOn: defaultOf('retrainOn')!,
  excludeColumns: [],
  task: defaultOf('task')!,
  minMissingChange: defaultOf('minMissingChange')!,
  identifierColumns: [],
  timeColumn: undefined,
  noRoleDetection: false,
});

/** Rank of a severity, NONE = 0 … CRITICAL = 4. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The library's options: the table's entries that the library takes. */
const LIBRARY_OPTIONS = optionsOf('library');
const LIBRARY_FIELDS: readonly string[] = LIBRARY_OPTIONS.map(([field]) => field);

/**
 * Completes a partial config with the defaults and validates every field by the option
 * table's rules, throwing an Error that names the field, quotes the value and says what
 * is expected: `Invalid dataDriftThreshold '2'. Expected a finite number > 0 and <= 1.`
 * An unknown field (a typo such as `dataDriftTreshold` from JavaScript) is refused too,
 * rather than silently running with the default.
 */
export function resolveDetectionConfig(partial: Partial<DetectionConfig> = {}): DetectionConfig {
  for (const [key, value] of Object.entries(partial)) {
    if (value !== undefined && !LIBRARY_FIELDS.includes(key)) {
      throw new Error(`Unknown option '${key}'. Expected one of: ${LIBRARY_FIELDS.join(', ')}.`);
    }
  }
  const config: DetectionConfig = { ...DEFAULT_DETECTION_CONFIG, ...stripUndefined(partial) };
  for (const [field, spec] of LIBRARY_OPTIONS) {
    const value = config[field as keyof DetectionConfig];
    // An optional text option without a default (timeColumn) may be left out.
    if (value === undefined && spec.type === 'text' && spec.default === undefined) continue;
    checkOptionValue(spec, value, field);
  }
  return config;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
