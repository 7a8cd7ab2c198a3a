/**
 * The drift check with a saved reference profile instead of reference data. Exact
 * columns are expanded back into the values they stand for and tested as usual (the
 * report equals the one against the data); sketched columns of a compact profile are
 * tested against their sketch and marked approximate.
 */
import type { NumericColumnSummary, SavedProfile } from '../profile/saved-profile.ts';
import { tableFromProfile } from '../profile/saved-profile.ts';
import type { QuantileSketch } from '../profile/quantile-sketch.ts';
import type { DriftCheckInput } from './analyze-drift.ts';
import { analyzeDrift, pairFeatures } from './analyze-drift.ts';
import { analyzeDriftInParallel } from './analyze-drift-in-parallel.ts';
import type { DetectionConfig } from './detection-config.ts';
import { resolveDetectionConfig } from './detection-config.ts';
import type { DriftReport } from './drift-report.ts';
import type { UnadjustedFeature } from './feature-tests.ts';
import { testNumericFeatureAgainstSketch } from './sketch-feature-test.ts';

export interface ProfileCheckInput extends Omit<DriftCheckInput, 'reference'> {
  readonly reference: SavedProfile;
}

/** As `analyzeDriftInParallel`, with the reference given as a profile. */
export async function analyzeDriftAgainstProfile(
  input: ProfileCheckInput,
  partialConfig: Partial<DetectionConfig> = {},
): Promise<DriftReport> {
  const config = resolveDetectionConfig(partialConfig);
  const reference = tableFromProfile(input.reference);
  const tableInput: DriftCheckInput = { ...input, reference };
  const sketched = new Map(
    input.reference.columns
      .filter(
        (c): c is NumericColumnSummary & { sketch: QuantileSketch } =>
          c.kind === 'numeric' && c.sketch !== undefined,
      )
      .map((c) => [c.name, c]),
  );
  if (sketched.size === 0) return analyzeDriftInParallel(tableInput, config);
  const precomputed = new Map<string, UnadjustedFeature>();
  for (const [ref, rec] of pairFeatures(tableInput, config).pairs) {
    const summary = sketched.get(ref.name);
    if (summary && rec.kind === 'numeric') {
      precomputed.set(ref.name, testNumericFeatureAgainstSketch(summary, rec, config));
    }
  }
  return analyzeDrift(tableInput, config, precomputed);
}
