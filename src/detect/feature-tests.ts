/**
 * The per-feature drift tests: KS for numeric columns, chi-square for categorical
 * ones, with effect sizes, outlier shares and chart distributions. Pure; the
 * multiple-testing correction across features happens in analyze-drift.ts.
 */
import type { CategoricalColumn, NumericColumn } from '../data/table.ts';
import { ksTestSorted } from '../stats/ks-test.ts';
import { chiSquareContingency } from '../stats/chi-square-contingency.ts';
import { cramersV } from '../stats/cramers-v.ts';
import { totalVariationDistance } from '../stats/total-variation-distance.ts';
import { meanAndStandardDeviation } from '../stats/mean-and-standard-deviation.ts';
import { zScoreOutlierShare } from '../stats/z-score-outlier-share.ts';
import { sortedWithoutNaN } from '../stats/sorted-without-nan.ts';
import type { SortWorkspace } from '../stats/sorted-without-nan.ts';
import { quantileSorted } from 'simple-statistics';
import type { DetectionConfig } from './detection-config.ts';
import type { Distribution, FeatureResult } from './drift-report.ts';

/** A feature's result before the correction across features decides `drifted`. */
export type UnadjustedFeature = Omit<FeatureResult, 'adjustedPValue' | 'drifted'>;

/** Number of bins in the numeric distribution charts. */
const HISTOGRAM_BINS = 12;
/** Categories shown in a categorical chart before the rest are summed as "(other)". */
const MAX_CHART_CATEGORIES = 10;

/** Sort buffers reused across features (see SortWorkspace): one per sample. */
export interface FeatureWorkspace {
  readonly reference: SortWorkspace;
  readonly recent: SortWorkspace;
}

export function testNumericFeature(
  ref: NumericColumn,
  rec: NumericColumn,
  config: DetectionConfig,
  workspace?: FeatureWorkspace,
): UnadjustedFeature {
  const a = sortedWithoutNaN(ref.values, workspace?.reference);
  const b = sortedWithoutNaN(rec.values, workspace?.recent);
  const common = {
    name: ref.name,
    type: 'numeric' as const,
    test: 'ks' as const,
    effectSizeName: 'ks_d' as const,
    referenceCount: a.length,
    recentCount: b.length,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
  };
  if (a.length === 0 || b.length === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${a.length === 0 ? 'reference' : 'recent'} data`,
    };
  }
  const ks = ksTestSorted(a, b, { method: config.ksMethod });
  if (Number.isNaN(ks.pValue)) {
    // SciPy's asymptotic p-value is NaN for one value per sample (kstwo with n = 0);
    // ranking a NaN among the other features' p-values is impossible.
    return {
      ...common,
      statistic: ks.statistic,
      pValue: Number.NaN,
      method: ks.method,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped:
        'the asymptotic KS p-value is undefined with one value per sample (use the exact method)',
    };
  }
  const { mean, standardDeviation: std } = meanAndStandardDeviation(a);
  const recentMean = meanAndStandardDeviation(b).mean;
  return {
    ...common,
    statistic: ks.statistic,
    pValue: ks.pValue,
    method: ks.method,
    effectSize: ks.statistic,
    referenceMean: mean,
    referenceStd: std,
    recentMean,
    // An infinite reference value leaves no finite mean to measure z-scores against.
    ...(Number.isFinite(mean) && Number.isFinite(std)
      ? {
          outlierShare: zScoreOutlierShare(mean, std, b, config.outlierZScore).share,
          referenceOutlierShare: zScoreOutlierShare(mean, std, a, config.outlierZScore).share,
        }
      : {}),
    distribution: numericDistribution(a, b),
  };
}

/** Index of the first element > x in a sorted array. */
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

/**
 * Shares of reference and recent values in equal-width bins spanning the reference's
 * 1st to 99th percentile (so one extreme value does not squash the chart); values
 * outside fall into the edge bins. Counting uses binary search on the sorted arrays.
 */
function numericDistribution(a: Float64Array, b: Float64Array): Distribution {
  // simple-statistics reads any array-like; its types ask for number[].
  const lo = quantileSorted(a as unknown as number[], 0.01);
  const hi = quantileSorted(a as unknown as number[], 0.99);
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
    const endA = last ? a.length : upperBound(a, upper);
    const endB = last ? b.length : upperBound(b, upper);
    labels.push(formatBinLabel(lo + (bin + 0.5) * width));
    reference.push((endA - prevA) / a.length);
    recent.push((endB - prevB) / b.length);
    prevA = endA;
    prevB = endB;
  }
  return { labels, reference, recent };
}

function categoryCounts(column: CategoricalColumn): Map<string, number> {
  const counts = new Float64Array(column.categories.length);
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i];
    if (code >= 0) counts[code]++;
  }
  const byLabel = new Map<string, number>();
  column.categories.forEach((label, i) => {
    if (counts[i] > 0) byLabel.set(label, (byLabel.get(label) ?? 0) + counts[i]);
  });
  return byLabel;
}

export function testCategoricalFeature(
  ref: CategoricalColumn,
  rec: CategoricalColumn,
): UnadjustedFeature {
  const refCounts = categoryCounts(ref);
  const recCounts = categoryCounts(rec);
  const labels = [...new Set([...refCounts.keys(), ...recCounts.keys()])];
  const a = labels.map((l) => refCounts.get(l) ?? 0);
  const b = labels.map((l) => recCounts.get(l) ?? 0);
  const referenceCount = a.reduce((s, x) => s + x, 0);
  const recentCount = b.reduce((s, x) => s + x, 0);
  const common = {
    name: ref.name,
    type: 'categorical' as const,
    test: 'chi2' as const,
    effectSizeName: 'total_variation_distance' as const,
    referenceCount,
    recentCount,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    newCategories: labels.filter((l) => !refCounts.has(l)),
    vanishedCategories: labels.filter((l) => !recCounts.has(l)),
  };
  if (referenceCount === 0 || recentCount === 0) {
    return {
      ...common,
      statistic: Number.NaN,
      pValue: Number.NaN,
      effectSize: 0,
      distribution: { labels: [], reference: [], recent: [] },
      skipped: `no non-missing values in the ${referenceCount === 0 ? 'reference' : 'recent'} data`,
    };
  }
  const chi = chiSquareContingency([a, b]);
  return {
    ...common,
    statistic: chi.statistic,
    pValue: chi.pValue,
    effectSize: totalVariationDistance(a, b),
    cramersV: labels.length > 1 ? cramersV([a, b]) : 0,
    distribution: categoricalDistribution(labels, a, b, referenceCount, recentCount),
  };
}

function categoricalDistribution(
  labels: readonly string[],
  a: readonly number[],
  b: readonly number[],
  totalA: number,
  totalB: number,
): Distribution {
  const order = labels
    .map((_, i) => i)
    .sort((i, j) => a[i] / totalA + b[i] / totalB - (a[j] / totalA + b[j] / totalB));
  order.reverse();
  const shown = order.slice(0, MAX_CHART_CATEGORIES);
  const rest = order.slice(MAX_CHART_CATEGORIES);
  const distribution = {
    labels: shown.map((i) => labels[i]),
    reference: shown.map((i) => a[i] / totalA),
    recent: shown.map((i) => b[i] / totalB),
  };
  if (rest.length > 0) {
    distribution.labels.push(`(${rest.length} other)`);
    distribution.reference.push(rest.reduce((s, i) => s + a[i], 0) / totalA);
    distribution.recent.push(rest.reduce((s, i) => s + b[i], 0) / totalB);
  }
  return distribution;
}

/** A bin label: 3 significant digits, exponent form for very large or small values. */
function formatBinLabel(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3))
    return value.toExponential(2);
  return Number(value.toPrecision(3)).toString();
}
