/**
 * The numeric feature test against a compact profile's quantile sketch: KS against the
 * sketch's estimated CDF, outlier shares and chart from the sketch. Its statistic is
 * within the sketch's certified rank error of the exact KS D, and the result says so
 * (`approximate`), so every output can mark it.
 */
import type { NumericProfile } from '../profile/column-profile.ts';
import { estimatedCdf, estimatedQuantile } from '../profile/quantile-sketch.ts';
import type { QuantileSketch } from '../profile/quantile-sketch.ts';
import { ksTestAgainstSketch } from '../profile/ks-test-against-sketch.ts';
import { zScoreOutlierShare } from '../stats/z-score-outlier-share.ts';
import type { DetectionConfig } from './detection-config.ts';
import type { Distribution } from './drift-report.ts';
import type { UnadjustedFeature } from './feature-tests.ts';
import { overlayHistogram, sortedSide } from './overlay-histogram.ts';
import { quantileSorted } from 'simple-statistics';

/**
 * The KS feature test (feature-tests.ts KS_TEST, whose ids it reports) when the
 * reference profile holds a sketch instead of sorted values.
 */
export function compareNumericAgainstSketch(
  ref: NumericProfile & { readonly sketch: QuantileSketch },
  rec: NumericProfile,
  config: DetectionConfig,
): UnadjustedFeature {
  const sketch = ref.sketch;
  const b = rec.sorted;
  const common = {
    name: ref.name,
    type: 'numeric' as const,
    test: 'ks',
    effectSizeName: 'ks_d',
    referenceCount: sketch.count,
    recentCount: b.length,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    approximate: { rankErrorBound: sketch.rankErrorBound },
  };
  if (sketch.count === 0 || b.length === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${sketch.count === 0 ? 'reference' : 'recent'} data`,
    };
  }
  const ks = ksTestAgainstSketch(sketch, b);
  const { mean, standardDeviation: std } = ref;
  const z = config.outlierZScore;
  return {
    ...common,
    statistic: ks.statistic,
    pValue: ks.pValue,
    method: ks.method,
    effectSize: ks.statistic,
    referenceMean: mean,
    referenceStd: std,
    recentMean: rec.mean,
    referenceMedian: estimatedQuantile(sketch, 0.5),
    recentMedian: quantileSorted(b as unknown as number[], 0.5),
    ...(Number.isFinite(mean) && Number.isFinite(std)
      ? {
          outlierShare: zScoreOutlierShare(mean, std, b, z).share,
          referenceOutlierShare: sketchOutlierShare(sketch, mean, std, z),
        }
      : {}),
    distribution: sketchDistribution(sketch, b),
  };
}

/** Share of values with |x - mean| / std > z, from the sketch (within its rank error, twice). */
function sketchOutlierShare(sketch: QuantileSketch, mean: number, std: number, z: number): number {
  // A zero standard deviation means every value equals the mean: no outliers.
  if (std === 0) return 0;
  // F(mean - z std) counts values at the edge, which are not outliers; the edge has
  // measure zero in any summary of continuous data, so the estimate ignores it.
  const below = estimatedCdf(sketch, mean - z * std);
  const above = 1 - estimatedCdf(sketch, mean + z * std);
  return Math.min(1, Math.max(0, below + above));
}

/** The chart of feature-tests.ts (overlay-histogram.ts), the reference read from the sketch. */
function sketchDistribution(sketch: QuantileSketch, b: Float64Array): Distribution {
  const reference = {
    quantile: (p: number) => estimatedQuantile(sketch, p),
    // A sketch estimates F(x) = share at or below x; the mass at exactly x is within
    // its rank error, so "below" and "at most" are the same estimate.
    shareBelow: (x: number) => estimatedCdf(sketch, x),
    shareAtMost: (x: number) => estimatedCdf(sketch, x),
  };
  return overlayHistogram(
    reference,
    sortedSide(b, (p) => quantileSorted(b as unknown as number[], p)),
  );
}
