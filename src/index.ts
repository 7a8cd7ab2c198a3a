/**
 * drift-sentinel as a library: the same check the CLI and the action run.
 *
 * ```ts
 * import { AutomaticRetrainingOrchestrator } from 'drift-sentinel';
 * const orchestrator = new AutomaticRetrainingOrchestrator({ dataDriftThreshold: 0.05 });
 * const decision = orchestrator.shouldRetrain(reference, recent, predictions, actuals, { r2: 0.85 });
 * if (decision.triggered) console.log(decision.severity, decision.reason);
 * ```
 */
import { analyzeDrift } from './detect/analyze-drift.ts';
import type { DetectionConfig } from './detect/detection-config.ts';
import { resolveDetectionConfig } from './detect/detection-config.ts';
import type { DriftReport, ModelMetrics } from './detect/drift-report.ts';
import { InputError } from './shared/input-error.ts';
import { checkBaselineMetrics } from './data/parse-baseline-metrics.ts';
import type { TableLike } from './data/table-from-values.ts';
import { toTable } from './data/table-from-values.ts';

export { analyzeDrift } from './detect/analyze-drift.ts';
export { analyzeDriftInParallel } from './detect/analyze-drift-in-parallel.ts';
export type { ParallelOptions } from './detect/analyze-drift-in-parallel.ts';
export type { DriftCheckInput } from './detect/analyze-drift.ts';
export {
  DEFAULT_DETECTION_CONFIG,
  SEVERITIES,
  resolveDetectionConfig,
  severityRank,
} from './detect/detection-config.ts';
export type { DetectionConfig, Severity, PValueCorrection } from './detect/detection-config.ts';
export type {
  DriftReport,
  DriftType,
  FeatureResult,
  Signal,
  SignalName,
  ModelMetrics,
  MetricsReport,
  SchemaChanges,
  SetAsideColumn,
  TimeRange,
  DataQualityFinding,
  DataQualityKind,
  MissingShareChange,
  PredictionDrift,
} from './detect/drift-report.ts';
export type { PredictionSides, PredictionValues } from './detect/prediction-drift.ts';
export type { ModelOutputs } from './detect/score-model.ts';
export {
  FEATURE_TESTS,
  compareProfiles,
  describeFeatureTest,
  effectSizeSymbol,
  featureTestFor,
} from './detect/feature-tests.ts';
export type { FeatureTest, FeatureTestDescription } from './detect/feature-tests.ts';
export { profileColumn } from './profile/profile-column.ts';
export { mergeColumnProfiles } from './profile/merge-column-profiles.ts';
export { profileTable } from './profile/saved-profile.ts';
export type { SavedProfile, ProfileMode, ProfileOptions } from './profile/saved-profile.ts';
export type { QuantileSketch } from './profile/quantile-sketch.ts';
export { mergeQuantileSketches, quantileSketchFromSorted } from './profile/quantile-sketch.ts';
export { ksTestAgainstSketch } from './profile/ks-test-against-sketch.ts';
export { analyzeDriftAgainstProfile } from './detect/analyze-drift-against-profile.ts';
export { encodeProfile, decodeProfile, PROFILE_FORMAT_VERSION } from './engines/profile-codec.ts';
export { profileWithEngine } from './engines/profile-with-engine.ts';
export { openDuckDb, duckDbFileSource } from './engines/duckdb.ts';
export { openPostgres } from './engines/postgres.ts';
export type { SqlEngine } from './engines/sql-engine.ts';
export type { SqlDialect, SqlSource } from './engines/sql-dialects.ts';
export type {
  CategoricalProfile,
  ColumnKind,
  ColumnProfile,
  NumericProfile,
} from './profile/column-profile.ts';
export { renderMarkdown } from './report/render-markdown.ts';
export { renderText } from './report/render-text.ts';
export { renderJson } from './report/render-json.ts';
export { toTable, tableFromRecords, tableFromColumns } from './data/table-from-values.ts';
export { loadTable, readTableHeader, detectTableFormat } from './data/load-table.ts';
export type { TableFormat, TableOptions } from './data/load-table.ts';
export type { TableLike } from './data/table-from-values.ts';
export type {
  Table,
  Column,
  NumericColumn,
  CategoricalColumn,
  CheckTable,
  CheckColumn,
  UnreadNumericColumn,
} from './shared/table.ts';
export { InputError } from './shared/input-error.ts';

// Statistics, each matching its SciPy / scikit-learn reference (see test/fixtures/vectors).
export { ksTest, ksTestSorted } from './stats/ks-test.ts';
export type { KsTestResult, KsMethod } from './stats/ks-test.ts';
export { chiSquareContingency } from './stats/chi-square-contingency.ts';
export { cramersV } from './stats/cramers-v.ts';
export { totalVariationDistance } from './stats/total-variation-distance.ts';
export { adjustPValues } from './stats/adjust-p-values.ts';
export { benjaminiHochberg } from './stats/benjamini-hochberg.ts';
export { bonferroni } from './stats/bonferroni.ts';
export { rSquared } from './stats/r-squared.ts';
export { rootMeanSquaredError } from './stats/root-mean-squared-error.ts';
export { meanAbsoluteError } from './stats/mean-absolute-error.ts';
export { chanCombinedMoments } from './stats/chan-combined-moments.ts';
export { accuracy } from './stats/accuracy.ts';

/** Options of the orchestrator: every field of DetectionConfig, all optional. */
export type OrchestratorOptions = Partial<DetectionConfig>;

/** What `shouldRetrain` returns: the full report, whose first fields are the decision. */
export type RetrainingDecision = DriftReport;

/**
 * The original Python API, in TypeScript idiom:
 * `AutomaticRetrainingOrchestrator(data_drift_threshold=..., performance_threshold=...,
 * min_samples_for_retraining=...)` and `should_retrain(ref, recent, predictions,
 * actuals, baseline_metrics)`.
 */
export class AutomaticRetrainingOrchestrator {
  /** The complete, validated configuration (defaults filled in). */
  readonly config: DetectionConfig;

  constructor(options: OrchestratorOptions = {}) {
    this.config = resolveDetectionConfig(options);
  }

  /**
   * Checks recent data and model outputs against the reference and the baseline.
   * Tables are arrays of records, objects of columns, or loaded Tables; predictions
   * and actuals are aligned with the recent rows (pass both or neither).
   */
  shouldRetrain(
    reference: TableLike,
    recent: TableLike,
    predictions?: ArrayLike<number> | null,
    actuals?: ArrayLike<number> | null,
    baselineMetrics: ModelMetrics = {},
  ): RetrainingDecision {
    // The same rules as the CLI's --baseline-metrics: a typo such as `rsme` or an R² of 5
    // is refused, not silently ignored.
    const baseline = checkBaselineMetrics(baselineMetrics, 'baselineMetrics');
    const recentTable = toTable(recent, 'recent');
    const hasPredictions = predictions !== null && predictions !== undefined;
    const hasActuals = actuals !== null && actuals !== undefined;
    if (hasPredictions !== hasActuals) {
      throw new InputError(
        `shouldRetrain: ${hasPredictions ? 'predictions' : 'actuals'} given without ${hasPredictions ? 'actuals' : 'predictions'}; pass both or neither.`,
      );
    }
    let modelOutputs;
    if (hasPredictions && hasActuals) {
      if (predictions.length !== actuals.length || predictions.length !== recentTable.rowCount) {
        throw new InputError(
          `shouldRetrain: ${predictions.length} predictions, ${actuals.length} actuals and ${recentTable.rowCount} recent rows; expected the same count for all three.`,
        );
      }
      modelOutputs = {
        predictions: Float64Array.from(predictions),
        actuals: Float64Array.from(actuals),
      };
    }
    return analyzeDrift(
      {
        reference: toTable(reference, 'reference'),
        recent: recentTable,
        modelOutputs,
        baseline,
      },
      this.config,
    );
  }
}
