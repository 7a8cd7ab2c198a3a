/**
 * The drift check: per-feature tests, outliers, model metrics against the baseline,
 * then the decision. Pure: takes loaded tables and arrays, returns a DriftReport.
 */
import type { CheckColumn, CheckTable, Column } from '../shared/table.ts';
import { findColumn, loadedColumn } from '../shared/table.ts';
import { InputError } from '../shared/input-error.ts';
import { profileColumn } from '../profile/profile-column.ts';
import { adjustPValues } from '../stats/adjust-p-values.ts';
import { twoProportionZTest } from '../stats/two-proportion-z-test.ts';
import { detectColumnRole, isIdentifierName, isTimeName } from './column-roles.ts';
import type { SetAsideColumn } from './column-roles.ts';
import { dataQualityFindings, dataQualityStrength } from './data-quality.ts';
import { comparePredictions, predictionValuesOfColumn } from './prediction-drift.ts';
import type { PredictionSides } from './prediction-drift.ts';
import type { DetectionConfig } from './detection-config.ts';
import { resolveDetectionConfig } from './detection-config.ts';
import type {
  DataQualityFinding,
  DriftReport,
  FeatureResult,
  MetricsReport,
  MissingShareChange,
  PredictionDrift,
  SchemaChanges,
} from './drift-report.ts';
import { effectStrength, gradeDrift } from './severity.ts';
import { effectSizeSymbol, isSetAside } from './feature-tests.ts';
import type { ColumnExamination, UnadjustedFeature } from './feature-tests.ts';
import { examineColumnPair } from './examine-column-pair.ts';
import type { SignalMeasurement } from './severity.ts';
import { scoreModel } from './score-model.ts';
import type { DriftCheckInput } from '../shared/drift-check-input.ts';

export type { DriftCheckInput } from '../shared/drift-check-input.ts';

/** Runs the whole drift check. */
export function analyzeDrift(
  input: DriftCheckInput,
  partialConfig: Partial<DetectionConfig> = {},
  precomputed: ReadonlyMap<string, ColumnExamination> = new Map(),
): DriftReport {
  const config = resolveDetectionConfig(partialConfig);
  const { reference, recent } = input;
  checkDeclaredColumns(input, config);
  const { pairs, schemaChanges } = pairFeatures(input, config);

  // Roles first: an identifier or time column is set aside on its reference profile
  // and never compared (examineProfiles).
  const setAside: SetAsideColumn[] = [];
  const raw: UnadjustedFeature[] = [];
  for (const [ref, rec] of pairs) {
    const examined =
      precomputed.get(ref.name) ??
      examineColumnPair(loadedColumn(ref, reference), loadedColumn(rec, recent), config);
    if (isSetAside(examined)) setAside.push(examined.setAside);
    else raw.push(examined);
  }

  // One family for the multiple-testing correction: the features' drift tests and the
  // tests of their missing shares (only where a side has a missing cell, so clean data
  // is corrected exactly as before).
  const tested = raw.filter((f) => f.skipped === undefined);
  const missingTests = new Map(
    raw.flatMap((f) => {
      const t = missingShareTest(f);
      return t ? [[f.name, t] as const] : [];
    }),
  );
  const family = [
    ...tested.map((f) => f.pValue),
    ...[...missingTests.values()].map((t) => t.pValue),
  ];
  const adjusted = adjustPValues(family, config.correction);
  const adjustedByName = new Map(tested.map((f, i) => [f.name, adjusted[i]]));
  const adjustedMissing = new Map(
    [...missingTests.keys()].map((name, i) => [name, adjusted[tested.length + i]]),
  );
  const features: FeatureResult[] = raw
    .map((f) => {
      const adjustedPValue = adjustedByName.get(f.name) ?? Number.NaN;
      const drifted =
        f.skipped === undefined &&
        adjustedPValue < config.dataDriftThreshold &&
        f.effectSize >= config.minEffectSize;
      const missing = missingTests.get(f.name);
      const missingShare = missing
        ? {
            ...missing,
            adjustedPValue: adjustedMissing.get(f.name) as number,
            drifted:
              (adjustedMissing.get(f.name) as number) < config.dataDriftThreshold &&
              Math.abs(missing.change) >= config.minMissingChange,
          }
        : undefined;
      return { ...f, adjustedPValue, drifted, ...(missingShare ? { missingShare } : {}) };
    })
    .sort((a, b) => b.effectSize - a.effectSize || a.name.localeCompare(b.name));

  const drifted = features.filter((f) => f.drifted);
  let outliers = 0;
  let outlierBase = 0;
  let referenceOutlierShareSum = 0;
  let numericTested = 0;
  for (const f of features) {
    if (f.outlierShare === undefined || f.skipped !== undefined) continue;
    outliers += f.outlierShare * f.recentCount;
    outlierBase += f.recentCount;
    referenceOutlierShareSum += f.referenceOutlierShare ?? 0;
    numericTested += 1;
  }
  const outlierShare = outlierBase > 0 ? outliers / outlierBase : null;
  const referenceOutlierShare = numericTested > 0 ? referenceOutlierShareSum / numericTested : 0;

  const dataQuality = dataQualityFindings(
    {
      features,
      schemaChanges,
      recentColumns: new Map(recent.columns.map((c) => [c.name, c])),
      ...notNeededColumns(input, schemaChanges, config),
    },
    config,
  );

  const metrics = scoreModel(input.modelOutputs, input.baseline ?? {}, config);
  const sides = predictionSides(input);
  const predictionDrift = comparePredictions(
    sides,
    metrics.task !== 'none' ? metrics.task : config.task,
    config,
  );
  const measurements: SignalMeasurement[] = [
    dataDriftMeasurement(features, drifted, config),
    ...modelMeasurements(metrics, config, metrics.task === 'none' && sides !== undefined),
    {
      name: 'outliers',
      available: outlierShare !== null,
      value: outlierShare,
      threshold: config.outlierThreshold,
      detail:
        outlierShare === null
          ? 'no numeric feature to check for outliers'
          : `${percent(outlierShare)} of recent values are outliers (|z| > ${config.outlierZScore}; reference ${percent(referenceOutlierShare)})`,
    },
    dataQualityMeasurement(
      dataQuality,
      pairs.length + schemaChanges.removed.length + schemaChanges.typeChanged.length,
    ),
    predictionDriftMeasurement(predictionDrift, config),
  ];

  const grade = gradeDrift(measurements, { recentRows: recent.rowCount, config });
  const base = {
    referenceRows: reference.rowCount,
    recentRows: recent.rowCount,
    featuresTested: tested.length,
    featuresDrifted: drifted.length,
    features,
    signals: grade.signals,
    metrics,
    schemaChanges,
    outlierShare,
    setAside,
    dataQuality,
    predictionDrift,
    config,
    score: grade.score,
  };
  // The decision first: it is what a reader of the JSON report looks for.
  const decision =
    recent.rowCount < config.minSamplesForRetraining
      ? {
          status: 'insufficient_data' as const,
          triggered: false,
          severity: 'NONE' as const,
          driftType: 'none' as const,
          confidence: 0,
          reason: `Insufficient data: ${recent.rowCount} recent row${recent.rowCount === 1 ? '' : 's'}, at least ${config.minSamplesForRetraining} are needed before a retraining decision (reference has ${reference.rowCount}).`,
        }
      : {
          status: 'ok' as const,
          triggered: grade.triggered,
          severity: grade.severity,
          driftType: grade.driftType,
          confidence: grade.confidence,
          reason: grade.reason,
        };
  return { ...decision, ...base };
}

/** The two-proportion test of a feature's missing share, when either side has a missing cell. */
function missingShareTest(
  f: UnadjustedFeature,
): Omit<MissingShareChange, 'adjustedPValue' | 'drifted'> | undefined {
  if (f.referenceMissing + f.recentMissing === 0) return undefined;
  const refRows = f.referenceCount + f.referenceMissing + (f.referenceInvalid?.count ?? 0);
  const recRows = f.recentCount + f.recentMissing + (f.recentInvalid?.count ?? 0);
  if (refRows === 0 || recRows === 0) return undefined;
  const test = twoProportionZTest(f.referenceMissing, refRows, f.recentMissing, recRows);
  if (Number.isNaN(test.pValue)) return undefined;
  return {
    reference: f.referenceMissing / refRows,
    recent: f.recentMissing / recRows,
    change: -test.difference,
    statistic: test.statistic,
    pValue: test.pValue,
  };
}

/**
 * Declared identifier and time columns must exist on one side at least: a typo would
 * otherwise test the real column and silently set aside nothing.
 */
function checkDeclaredColumns(input: DriftCheckInput, config: DetectionConfig): void {
  const names = new Set([
    ...input.reference.columns.map((c) => c.name),
    ...input.recent.columns.map((c) => c.name),
  ]);
  const declared = [
    ...config.identifierColumns.map((name) => ['identifier-columns', name] as const),
    ...(config.timeColumn !== undefined ? [['time-column', config.timeColumn] as const] : []),
  ];
  for (const [option, name] of declared) {
    if (!names.has(name)) {
      throw new InputError(
        `The ${option} option names column '${name}', which is in neither ${input.reference.source} nor ${input.recent.source}. Expected one of: ${[...names].map((n) => `'${n}'`).join(', ')}.`,
      );
    }
  }
}

/**
 * Vanished and type-changed columns that are identifiers or times in the reference, so
 * not needed by the model.
 */
function notNeededColumns(
  input: DriftCheckInput,
  schemaChanges: SchemaChanges,
  config: DetectionConfig,
): { vanishedNotNeeded: Map<string, string>; typeChangedNotNeeded: Set<string> } {
  const options = {
    identifierColumns: config.identifierColumns,
    timeColumn: config.timeColumn,
    detectRoles: !config.noRoleDetection,
  };
  const roleOf = (column: Column | undefined): string | undefined => {
    if (!column) return undefined;
    // Vanished and type-changed columns are never left unread (load-drift-inputs.ts).
    const profile = profileColumn(column);
    const role = detectColumnRole(profile, profile, options);
    if (role) return role.reason;
    // A saved profile's schema table has no values to look at: the name decides.
    if (profile.rowCount === 0 && options.detectRoles) {
      if (isIdentifierName(column.name)) return `identifier: name '${column.name}'`;
      if (isTimeName(column.name)) return `time: name '${column.name}'`;
    }
    return undefined;
  };
  const vanishedNotNeeded = new Map<string, string>();
  for (const name of schemaChanges.removed) {
    const why = roleOf(loadedIfFound(findColumn(input.reference, name), input.reference));
    if (why) vanishedNotNeeded.set(name, why);
  }
  const typeChangedNotNeeded = new Set<string>();
  for (const { name } of schemaChanges.typeChanged) {
    // The reference says what the model was trained on: its role decides.
    if (roleOf(loadedIfFound(findColumn(input.reference, name), input.reference))) {
      typeChangedNotNeeded.add(name);
    }
  }
  return { vanishedNotNeeded, typeChangedNotNeeded };
}

/**
 * The prediction sides: the input's, completed from the prediction column of each table
 * (or the scored predictions) where a side is not given.
 */
function predictionSides(input: DriftCheckInput): PredictionSides | undefined {
  const column = input.predictionColumn;
  // The prediction and target columns are never left unread (load-drift-inputs.ts).
  const recentColumn =
    column !== undefined
      ? loadedIfFound(findColumn(input.recent, column), input.recent)
      : undefined;
  const referenceColumn =
    column !== undefined
      ? loadedIfFound(findColumn(input.reference, column), input.reference)
      : undefined;
  const recentSide =
    input.predictions?.recent ??
    (recentColumn
      ? predictionValuesOfColumn(recentColumn, `${input.recent.source} column '${column}'`)
      : input.modelOutputs
        ? {
            values: input.modelOutputs.predictions,
            ...(input.modelOutputs.labels ? { labels: input.modelOutputs.labels } : {}),
            source: 'recent predictions',
          }
        : undefined);
  if (!recentSide) return undefined;
  // A saved profile's schema table has an empty column: no reference predictions there.
  const referenceSide =
    input.predictions?.reference ??
    (referenceColumn && columnLength(referenceColumn) > 0
      ? predictionValuesOfColumn(referenceColumn, `${input.reference.source} column '${column}'`)
      : undefined);
  return { recent: recentSide, ...(referenceSide ? { reference: referenceSide } : {}) };
}

function loadedIfFound(
  column: CheckColumn | undefined,
  table: Pick<CheckTable, 'source'>,
): Column | undefined {
  return column && loadedColumn(column, table);
}

function columnLength(column: Column): number {
  return column.kind === 'numeric' ? column.values.length : column.codes.length;
}

function dataQualityMeasurement(
  findings: readonly DataQualityFinding[],
  columns: number,
): SignalMeasurement {
  const graded = findings.filter((f) => f.grade !== 'info');
  const strength = dataQualityStrength(findings);
  const columnsWithFindings = new Set(graded.map((f) => f.column)).size;
  const detail =
    columns === 0
      ? 'no column to check'
      : graded.length === 0
        ? findings.length === 0
          ? 'no data-quality finding'
          : `no data-quality incident (${findings.length} note${findings.length === 1 ? '' : 's'})`
        : `${graded[0].detail}${graded.length > 1 ? ` (and ${graded.length - 1} more data-quality finding${graded.length > 2 ? 's' : ''})` : ''}`;
  return {
    name: 'data_quality',
    available: columns > 0,
    value: columns > 0 ? columnsWithFindings / columns : null,
    threshold: 0,
    detail,
    strength,
  };
}

function predictionDriftMeasurement(
  drift: PredictionDrift,
  config: DetectionConfig,
): SignalMeasurement {
  if (!drift.available) {
    return {
      name: 'prediction_drift',
      available: false,
      value: null,
      threshold: config.minEffectSize,
      detail: `prediction drift not checked (${drift.note ?? 'no predictions'})`,
      strength: 'none',
    };
  }
  const symbol = effectSizeSymbol(drift.effectSizeName as string);
  const effect = drift.effectSize as number;
  return {
    name: 'prediction_drift',
    available: true,
    value: effect,
    threshold: config.minEffectSize,
    detail: drift.drifted
      ? `the model's predictions drifted from its reference predictions (${symbol} = ${effect.toFixed(2)}, p = ${formatNumber(drift.pValue as number)})`
      : `predictions unchanged against the reference predictions (${symbol} = ${effect.toFixed(2)})`,
    strength: drift.drifted ? effectStrength(effect, config.minEffectSize) : 'none',
  };
}

/**
 * The columns to test, as (reference, recent) pairs present in both with the same
 * type, and the schema differences. Predictions, the target and excluded columns are
 * never tested.
 */
export function pairFeatures(
  input: Pick<DriftCheckInput, 'reference' | 'recent' | 'predictionColumn' | 'targetColumn'>,
  config: Pick<DetectionConfig, 'excludeColumns'>,
): { pairs: [CheckColumn, CheckColumn][]; schemaChanges: SchemaChanges } {
  const excluded = new Set([
    ...config.excludeColumns,
    ...(input.predictionColumn ? [input.predictionColumn] : []),
    ...(input.targetColumn ? [input.targetColumn] : []),
  ]);
  const schemaChanges = compareSchemas(input.reference, input.recent, excluded);
  const untested = new Set(schemaChanges.typeChanged.map((c) => c.name));
  const pairs: [CheckColumn, CheckColumn][] = [];
  for (const column of input.reference.columns) {
    if (excluded.has(column.name) || untested.has(column.name)) continue;
    const other = findColumn(input.recent, column.name);
    if (other) pairs.push([column, other]);
  }
  return { pairs, schemaChanges };
}

function compareSchemas(
  reference: CheckTable,
  recent: CheckTable,
  excluded: ReadonlySet<string>,
): SchemaChanges {
  const recentByName = new Map(recent.columns.map((c) => [c.name, c]));
  const referenceNames = new Set(reference.columns.map((c) => c.name));
  const typeChanged: { name: string; reference: string; recent: string }[] = [];
  for (const column of reference.columns) {
    const other = recentByName.get(column.name);
    if (other && other.kind !== column.kind && !excluded.has(column.name)) {
      typeChanged.push({ name: column.name, reference: column.kind, recent: other.kind });
    }
  }
  return {
    added: recent.columns
      .filter((c) => !referenceNames.has(c.name) && !excluded.has(c.name))
      .map((c) => c.name),
    removed: reference.columns
      .filter((c) => !recentByName.has(c.name) && !excluded.has(c.name))
      .map((c) => c.name),
    typeChanged,
  };
}

function dataDriftMeasurement(
  features: readonly FeatureResult[],
  drifted: readonly FeatureResult[],
  config: DetectionConfig,
): SignalMeasurement {
  const tested = features.filter((f) => f.skipped === undefined).length;
  const share = tested > 0 ? drifted.length / tested : 0;
  const top = drifted[0];
  const detail =
    tested === 0
      ? 'no feature could be tested'
      : drifted.length === 0
        ? `0 of ${tested} features drifted`
        : `${drifted.length} of ${tested} feature${tested === 1 ? '' : 's'} drifted (largest: ${top.name}, ${effectSizeSymbol(top.effectSizeName)} = ${top.effectSize.toFixed(2)})`;
  return {
    name: 'data_drift',
    available: tested > 0,
    value: tested > 0 ? share : null,
    threshold: config.dataDriftThreshold,
    detail,
    dataDrift: {
      drifted: drifted.length,
      share,
      maxEffect: top?.effectSize ?? 0,
      minEffect: config.minEffectSize,
    },
  };
}

/**
 * Relative change (value - baseline) / |baseline|; null when either is unknown or
 * undefined (R² of a single prediction is NaN, as in scikit-learn).
 */
function relativeChange(value: number | undefined, baseline: number | undefined): number | null {
  if (value === undefined || baseline === undefined) return null;
  if (Number.isNaN(value) || Number.isNaN(baseline)) return null;
  if (baseline === 0) return value === 0 ? 0 : Math.sign(value) * Number.MAX_VALUE;
  return (value - baseline) / Math.abs(baseline);
}

function modelMeasurements(
  metrics: MetricsReport,
  config: DetectionConfig,
  predictionsOnly = false,
): SignalMeasurement[] {
  const { current, baseline, task } = metrics;
  const why =
    task === 'none'
      ? predictionsOnly
        ? 'no actuals given'
        : 'no predictions and actuals given'
      : metrics.count === 0
        ? 'no prediction with its actual value'
        : 'no baseline metric to compare with';

  // Error for concept drift: MAE when the baseline has it (robust to a few large
  // misses), else RMSE; for classifiers the error rate 1 - accuracy.
  let errorName = 'error';
  let errorIncrease: number | null = null;
  if (
    task === 'classification' &&
    current.accuracy !== undefined &&
    baseline.accuracy !== undefined
  ) {
    errorName = 'error rate';
    errorIncrease = relativeChange(1 - current.accuracy, 1 - baseline.accuracy);
  } else if (task === 'regression' && current.mae !== undefined && baseline.mae !== undefined) {
    errorName = 'MAE';
    errorIncrease = relativeChange(current.mae, baseline.mae);
  } else if (task === 'regression' && current.rmse !== undefined && baseline.rmse !== undefined) {
    errorName = 'RMSE';
    errorIncrease = relativeChange(current.rmse, baseline.rmse);
  }

  const qualityName = task === 'classification' ? 'accuracy' : 'R²';
  const qualityNow = task === 'classification' ? current.accuracy : current.r2;
  const qualityBase = task === 'classification' ? baseline.accuracy : baseline.r2;
  const change = relativeChange(qualityNow, qualityBase);
  const qualityDrop = change === null ? null : -change;

  const rmseIncrease = task === 'regression' ? relativeChange(current.rmse, baseline.rmse) : null;

  return [
    {
      name: 'concept_drift',
      available: errorIncrease !== null,
      value: errorIncrease,
      threshold: config.conceptDriftThreshold,
      detail:
        errorIncrease === null
          ? `error increase not checked (${why})`
          : `${errorName} ${errorIncrease >= 0 ? 'rose' : 'fell'} ${percent(Math.abs(errorIncrease))} against baseline (threshold ${percent(config.conceptDriftThreshold)})`,
    },
    {
      name: 'performance_drop',
      available: qualityDrop !== null,
      value: qualityDrop,
      threshold: config.performanceThreshold,
      detail:
        qualityDrop === null
          ? `${qualityName} drop not checked (${qualityNow !== undefined && Number.isNaN(qualityNow) ? `${qualityName} is undefined for fewer than two predictions` : why})`
          : `${qualityName} ${qualityDrop >= 0 ? 'dropped' : 'rose'} ${percent(Math.abs(qualityDrop))} from ${formatNumber(qualityBase as number)} to ${formatNumber(qualityNow as number)} (threshold ${percent(config.performanceThreshold)})`,
    },
    {
      name: 'rmse_increase',
      available: rmseIncrease !== null,
      value: rmseIncrease,
      threshold: config.rmseThreshold,
      detail:
        rmseIncrease === null
          ? `RMSE increase not checked (${task === 'classification' ? 'classification model' : why})`
          : `RMSE ${rmseIncrease >= 0 ? 'rose' : 'fell'} ${percent(Math.abs(rmseIncrease))} from ${formatNumber(baseline.rmse as number)} to ${formatNumber(current.rmse as number)} (threshold ${percent(config.rmseThreshold)})`,
    },
  ];
}

function percent(share: number): string {
  if (share >= 1e6) return 'over 100000000%';
  const value = share * 100;
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}%`;
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
    return value.toExponential(2);
  return Number(value.toPrecision(3)).toString();
}
