/**
 * The result of a drift check: the one object every output (text, JSON, Markdown,
 * job summary, PR comment, event log) is rendered from.
 */
import type { InvalidCells } from '../shared/table.ts';
import type { SetAsideColumn } from './column-roles.ts';
import type { DetectionConfig, Severity } from './detection-config.ts';
import type { ModelMetrics } from '../shared/drift-check-input.ts';

export type { SetAsideColumn, TimeRange, ColumnRole } from './column-roles.ts';

/**
 * The kind of drift that dominates the verdict. `data_quality`: the data is broken
 * (a vanished column, a type change, missing values or a sentinel); such a verdict does
 * not trigger retraining by itself. `prediction_drift`: the model's outputs moved
 * against its reference predictions (without actuals).
 */
export type DriftType =
  | 'data_drift'
  | 'concept_drift'
  | 'performance_degradation'
  | 'outlier_increase'
  | 'data_quality'
  | 'prediction_drift'
  | 'none';

/** A histogram of reference vs recent on shared bins, for charts. */
export interface Distribution {
  /**
   * Bin labels: numeric bins as `a–b`, with overflow bins `< a` and `> b` for the
   * values outside both samples' 1st-99th percentiles; or category names.
   */
  readonly labels: readonly string[];
  /** Share of non-missing reference values in each bin (sums to 1, or less when categories are cut). */
  readonly reference: readonly number[];
  readonly recent: readonly number[];
  /** Numeric only: the edges of the inner bins (overflow bins lie outside them). */
  readonly edges?: readonly number[];
}

export interface FeatureResult {
  readonly name: string;
  readonly type: 'numeric' | 'categorical';
  /**
   * Id of the feature test (`ks`: two-sample Kolmogorov-Smirnov; `chi2`: chi-square
   * test of the 2 x k contingency table). Not a closed list: describeFeatureTest(id)
   * in feature-tests.ts gives its label, symbol and effect-size measure.
   */
  readonly test: string;
  /** KS D, or the chi-square statistic. */
  readonly statistic: number;
  readonly pValue: number;
  /** p-value after the multiple-testing correction across all tested features. */
  readonly adjustedPValue: number;
  /** KS D for numeric features, total variation distance for categorical ones; both in [0, 1]. */
  readonly effectSize: number;
  /** Id of the effect-size measure (`ks_d`, `total_variation_distance`); effectSizeSymbol(id) labels it. */
  readonly effectSizeName: string;
  /** Significant after correction AND effect size >= minEffectSize. */
  readonly drifted: boolean;
  /** Which KS p-value method was used (numeric features only). */
  readonly method?: 'exact' | 'asymp';
  /** Cramér's V of the contingency table (categorical features only). */
  readonly cramersV?: number;
  readonly referenceCount: number;
  readonly recentCount: number;
  readonly referenceMissing: number;
  readonly recentMissing: number;
  /** Numeric only: reference mean and population standard deviation. */
  readonly referenceMean?: number;
  readonly referenceStd?: number;
  readonly recentMean?: number;
  /** Numeric only: medians (50th percentile, as numpy.median; estimated from a sketch). */
  readonly referenceMedian?: number;
  readonly recentMedian?: number;
  /** Numeric only: share of recent values with |z| above the outlier z-score. */
  readonly outlierShare?: number;
  readonly referenceOutlierShare?: number;
  /** Numeric only: the most frequent outlying recent value when it repeats (a sentinel such as -999). */
  readonly recentOutlierValue?: { readonly value: number; readonly count: number };
  /**
   * Categorical only: categories seen only in recent data / only in the reference, the
   * first 1000 of each (MAX_KEPT_CATEGORIES in feature-tests.ts).
   */
  readonly newCategories?: readonly string[];
  readonly vanishedCategories?: readonly string[];
  /** How many new / vanished categories there are, set when the list above is cut. */
  readonly newCategoryCount?: number;
  readonly vanishedCategoryCount?: number;
  readonly distribution: Distribution;
  /**
   * Set when the reference was a compact profile's quantile sketch: the statistic is
   * within `rankErrorBound` of the exact KS D, and the p-value is that of the estimate.
   */
  readonly approximate?: { readonly rankErrorBound: number };
  /** Set when the feature could not be tested (e.g. all values missing on one side). */
  readonly skipped?: string;
  /**
   * Numeric only: cells that were neither numbers nor missing-value markers, with
   * examples (the column is tested on its numbers).
   */
  readonly referenceInvalid?: InvalidCells;
  readonly recentInvalid?: InvalidCells;
  /**
   * Categorical only: categories too rare for the chi-square approximation that were
   * pooled into one "other" before the test; the statistic and effect are those of the
   * pooled table (README, "How the decision is made").
   */
  readonly pooledCategories?: number;
  /**
   * The change of the missing share, when either side has a missing cell: a two-sided
   * two-proportion z-test (statsmodels `proportions_ztest`), corrected together with
   * the features' tests.
   */
  readonly missingShare?: MissingShareChange;
}

/** The missing share of a feature in both samples and the test of its change. */
export interface MissingShareChange {
  /** Missing cells / rows, reference and recent. */
  readonly reference: number;
  readonly recent: number;
  /** recent - reference, as a share (0.39 = 39 percentage points). */
  readonly change: number;
  /** z of the reference share minus the recent share. */
  readonly statistic: number;
  readonly pValue: number;
  readonly adjustedPValue: number;
  /** Significant after correction and |change| >= minMissingChange. */
  readonly drifted: boolean;
}

/** Kinds of data-quality finding. */
export type DataQualityKind =
  | 'column_missing'
  | 'type_change'
  | 'missing_share'
  | 'outlier_share'
  | 'invalid_cells'
  | 'column_added';

/**
 * A data-quality finding on one column. `grade` is its strength in the data_quality
 * signal (README, "How the decision is made"); `info` findings are listed and add no
 * points.
 */
export interface DataQualityFinding {
  readonly kind: DataQualityKind;
  readonly column: string;
  readonly grade: 'info' | Exclude<SignalStrength, 'none'>;
  /** One sentence for people, e.g. "income: 40% missing in recent data (reference 1.0%)". */
  readonly detail: string;
  /** The share measured in the reference and recent data, when the finding is a share. */
  readonly reference?: number;
  readonly recent?: number;
  /** Cells concerned in the recent data. */
  readonly count?: number;
  /** A few cell texts as they were written (invalid cells, text in a numeric column). */
  readonly examples?: readonly string[];
  /** Type changes: what the recent text looks like. */
  readonly cause?: 'decimal_comma' | 'units' | 'marker' | 'text' | 'numbers';
  readonly pValue?: number;
  readonly adjustedPValue?: number;
}

/** The model's recent outputs against its reference outputs, without actuals. */
export interface PredictionDrift {
  /** False when there were no recent predictions or no reference side. */
  readonly available: boolean;
  /** Why it was not checked, for people. */
  readonly note?: string;
  /** `ks` for numbers (regression), `chi2` for class shares. */
  readonly test?: string;
  readonly statistic?: number;
  readonly pValue?: number;
  /** KS D or total variation distance of the class shares. */
  readonly effectSize?: number;
  readonly effectSizeName?: string;
  readonly drifted?: boolean;
  readonly referenceCount?: number;
  readonly recentCount?: number;
  /** Where the reference predictions came from (a file, or a column of the reference data). */
  readonly referenceSource?: string;
  readonly distribution?: Distribution;
}

export interface SchemaChanges {
  /** Columns only in the recent data. */
  readonly added: readonly string[];
  /** Columns only in the reference data. */
  readonly removed: readonly string[];
  /** Columns whose inferred type differs; they are not tested. */
  readonly typeChanged: readonly { name: string; reference: string; recent: string }[];
}

export const SIGNAL_NAMES = [
  'data_drift',
  'concept_drift',
  'performance_drop',
  'rmse_increase',
  'outliers',
  'data_quality',
  'prediction_drift',
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/** mild: past the threshold; strong: twice past it; very strong: four times. */
export type SignalStrength = 'none' | 'mild' | 'strong' | 'very_strong';

export interface Signal {
  readonly name: SignalName;
  /** False when the inputs for it were not given (e.g. no predictions or no baseline). */
  readonly available: boolean;
  /** Observed value (a share or a relative change, 0.2 = 20%). */
  readonly value: number | null;
  readonly threshold: number;
  readonly fired: boolean;
  readonly strength: SignalStrength;
  /** Contribution to the severity score (see severity.ts). */
  readonly points: number;
  /** A short phrase for people, e.g. "3 of 20 features drifted". */
  readonly detail: string;
}

export type { ModelMetrics } from '../shared/drift-check-input.ts';

export interface MetricsReport {
  readonly task: 'regression' | 'classification' | 'none';
  /** Metrics of the model on the recent predictions vs actuals. */
  readonly current: ModelMetrics;
  readonly baseline: ModelMetrics;
  /** How many prediction/actual pairs were scored. */
  readonly count: number;
}

export interface DriftReport {
  /** `insufficient_data` when recent rows < minSamplesForRetraining: no decision was made. */
  readonly status: 'ok' | 'insufficient_data';
  readonly triggered: boolean;
  readonly severity: Severity;
  readonly driftType: DriftType;
  /** 0-100: how sure the verdict is (see severity.ts for the formula). */
  readonly confidence: number;
  /** One sentence a person understands. */
  readonly reason: string;
  /** Severity points (see severity.ts). */
  readonly score: number;
  readonly referenceRows: number;
  readonly recentRows: number;
  readonly featuresTested: number;
  readonly featuresDrifted: number;
  /** Features, sorted by effect size descending. */
  readonly features: readonly FeatureResult[];
  readonly signals: readonly Signal[];
  readonly metrics: MetricsReport;
  readonly schemaChanges: SchemaChanges;
  /** Overall share of recent numeric values that are outliers. */
  readonly outlierShare: number | null;
  /** Identifier and time columns not tested, each with why (column-roles.ts). */
  readonly setAside: readonly SetAsideColumn[];
  /** Data-quality findings, strongest first. */
  readonly dataQuality: readonly DataQualityFinding[];
  readonly predictionDrift: PredictionDrift;
  readonly config: DetectionConfig;
}
