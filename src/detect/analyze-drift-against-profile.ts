/**
 * The drift check with a saved reference profile instead of reference data: each
 * recent column is profiled and compared with the saved profile of its reference
 * column by the same feature tests, so against an exact profile the report equals the
 * one against the data; sketched columns of a compact profile come out approximate.
 */
import type { Column, NumericColumn, Table } from '../shared/table.ts';
import { findColumn, loadedColumn } from '../shared/table.ts';
import { profileColumn } from '../profile/profile-column.ts';
import { sortedFromRuns } from '../profile/quantile-sketch.ts';
import type { SavedProfile } from '../profile/saved-profile.ts';
import type { DriftCheckInput } from './analyze-drift.ts';
import { analyzeDrift, pairFeatures } from './analyze-drift.ts';
import type { DetectionConfig } from './detection-config.ts';
import { resolveDetectionConfig } from './detection-config.ts';
import type { DriftReport } from './drift-report.ts';
import { examineProfiles } from './feature-tests.ts';
import { predictionValuesOfColumn } from './prediction-drift.ts';
import type { PredictionValues } from './prediction-drift.ts';
import type { ColumnExamination } from './feature-tests.ts';

export interface ProfileCheckInput extends Omit<DriftCheckInput, 'reference'> {
  readonly reference: SavedProfile;
}

/** As `analyzeDrift`, with the reference given as a saved profile. */
export function analyzeDriftAgainstProfile(
  input: ProfileCheckInput,
  partialConfig: Partial<DetectionConfig> = {},
): DriftReport {
  const config = resolveDetectionConfig(partialConfig);
  const profiles = new Map(input.reference.columns.map((p) => [p.name, p]));
  const tableInput: DriftCheckInput = { ...input, reference: schemaTable(input.reference) };
  const precomputed = new Map<string, ColumnExamination>();
  for (const [ref, rec] of pairFeatures(tableInput, config).pairs) {
    const reference = profiles.get(ref.name);
    if (reference)
      precomputed.set(
        ref.name,
        examineProfiles(reference, () => profileColumn(loadedColumn(rec, input.recent)), config),
      );
  }
  const referencePredictions = predictionsFromProfile(input);
  const recent = input.predictions?.recent ?? recentPredictions(input);
  return analyzeDrift(
    referencePredictions && recent
      ? { ...tableInput, predictions: { recent, reference: referencePredictions } }
      : tableInput,
    config,
    precomputed,
  );
}

/**
 * The reference side of prediction drift from the saved profile of the prediction
 * column: the sorted values of an exact profile (the KS test needs no row order) or the
 * class counts; undefined for a sketched column or when reference predictions were given.
 */
function predictionsFromProfile(input: ProfileCheckInput): PredictionValues | undefined {
  const name = input.predictionColumn;
  if (name === undefined || input.predictions?.reference) return undefined;
  const profile = input.reference.columns.find((p) => p.name === name);
  const source = `${input.reference.source.name} column '${name}' (saved profile)`;
  if (!profile || (profile.kind === 'numeric' && (profile.sketch || profile.count === 0))) {
    return undefined;
  }
  if (profile.kind === 'numeric') return { values: profile.sorted, source };
  // Each class code repeated its count times.
  const codes = Float64Array.from(profile.counts, (_, code) => code);
  const values = sortedFromRuns(codes, profile.counts, profile.count);
  return { values, labels: profile.categories, source };
}

function recentPredictions(input: ProfileCheckInput): PredictionValues | undefined {
  const name = input.predictionColumn;
  const column = name !== undefined ? findColumn(input.recent, name) : undefined;
  if (column) {
    return predictionValuesOfColumn(
      loadedColumn(column, input.recent),
      `${input.recent.source} column '${name}'`,
    );
  }
  if (!input.modelOutputs) return undefined;
  return {
    values: input.modelOutputs.predictions,
    ...(input.modelOutputs.labels ? { labels: input.modelOutputs.labels } : {}),
    source: 'recent predictions',
  };
}

/**
 * A table with the profile's column names and kinds and no values: what the schema
 * comparison reads. Every column's test result is precomputed from the profiles.
 */
function schemaTable(profile: SavedProfile): Table {
  const columns: Column[] = profile.columns.map((p) =>
    p.kind === 'numeric'
      ? ({
          kind: 'numeric',
          name: p.name,
          values: new Float64Array(0),
          missing: p.missing,
        } satisfies NumericColumn)
      : {
          kind: 'categorical',
          name: p.name,
          codes: new Int32Array(0),
          categories: [],
          missing: p.missing,
        },
  );
  return { source: profile.source.name, rowCount: profile.source.rowCount, columns };
}
