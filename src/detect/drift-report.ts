/**
 * The result of a drift check: the one object every output (text, JSON, Markdown,
 * job summary, PR comment, event log) is rendered from.
 */
import type { DetectionConfig, Severity } from './detection-config.ts';
import type { ModelMetrics } from '../shared/drift-check-input.ts';

export type DriftType =
  'data_drift' | 'concept_drift' | 'performance_degradation' | 'outlier_increase' | 'none';

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
  /** Categorical only: categories seen only in recent data / only in the reference. */
  readonly newCategories?: readonly string[];
  readonly vanishedCategories?: readonly string[];
  readonly distribution: Distribution;
  /**
   * Set when the reference was a compact profile's quantile sketch: the statistic is
   * within `rankErrorBound` of the exact KS D, and the p-value is that of the estimate.
   */
  readonly approximate?: { readonly rankErrorBound: number };
  /** Set when the feature could not be tested (e.g. all values missing on one side). */
  readonly skipped?: string;
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
  readonly config: DetectionConfig;
}
