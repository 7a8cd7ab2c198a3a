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

/** As feature-tests.ts: bins of the numeric charts. */
const HISTOGRAM_BINS = 12;

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

/** The chart of feature-tests.ts (1st to 99th reference percentile, 12 bins), from the sketch. */
function sketchDistribution(sketch: QuantileSketch, b: Float64Array): Distribution {
  const lo = estimatedQuantile(sketch, 0.01);
  const hi = estimatedQuantile(sketch, 0.99);
  if (!(hi > lo) || !Number.isFinite(hi - lo)) {
    return { labels: [formatBinLabel(lo)], reference: [1], recent: [1] };
  }
  const width = (hi - lo) / HISTOGRAM_BINS;
  const labels: string[] = [];
  const reference: number[] = [];
  const recent: number[] = [];
  let prevA = 0;
  let prevB = 0;
  for (let bin = 0; bin < HISTOGRAM_BINS; bin++) {
    const last = bin === HISTOGRAM_BINS - 1;
    const upper = lo + (bin + 1) * width;
    const endA = last ? 1 : estimatedCdf(sketch, upper);
    const endB = last ? b.length : upperBound(b, upper);
    labels.push(formatBinLabel(lo + (bin + 0.5) * width));
    reference.push(endA - prevA);
    recent.push((endB - prevB) / b.length);
    prevA = endA;
    prevB = endB;
  }
  return { labels, reference, recent };
}

function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function formatBinLabel(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
    return value.toExponential(2);
  return Number(value.toPrecision(3)).toString();
}
