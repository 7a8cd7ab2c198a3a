/**
 * The registry of feature tests: each compares the reference and recent profiles of
 * one column (see src/profile/) and returns the feature's result before the
 * correction across features. Each test declares the column kind it applies to, its
 * effect-size measure with its range, and labels for people, so renderers read them
 * from here instead of knowing every test. Pure.
 *
 * A new test: write its statistic in src/stats/ (one per file, with SciPy vectors),
 * add a FeatureTest below and list it in FEATURE_TESTS.
 */
import { ksTestSorted } from '../stats/ks-test.ts';
import { chiSquareContingency } from '../stats/chi-square-contingency.ts';
import { cramersV } from '../stats/cramers-v.ts';
import { totalVariationDistance } from '../stats/total-variation-distance.ts';
import { zScoreOutlierShare } from '../stats/z-score-outlier-share.ts';
import { poolRareCategories } from '../stats/pool-rare-categories.ts';
import { quantileSorted } from 'simple-statistics';
import type {
  CategoricalProfile,
  ColumnKind,
  ColumnProfile,
  NumericProfile,
} from '../profile/column-profile.ts';
import type { DetectionConfig } from './detection-config.ts';
import { compareNumericAgainstSketch } from './sketch-feature-test.ts';
import { overlayHistogram, sortedSide } from './overlay-histogram.ts';
import { detectColumnRole } from './column-roles.ts';
import type { SetAsideColumn } from './column-roles.ts';
import type { Distribution, FeatureResult } from './drift-report.ts';

/**
 * A feature's result before the correction across features decides `drifted`, with the
 * column's role when it is an identifier or time column (analyzeDrift sets it aside).
 */
export type UnadjustedFeature = Omit<
  FeatureResult,
  'adjustedPValue' | 'drifted' | 'missingShare'
> & {
  readonly setAside?: SetAsideColumn;
};

/** A column set aside as an identifier or time column: never compared. */
export interface SetAsideExamination {
  readonly name: string;
  readonly setAside: SetAsideColumn;
}

/** What the check learns about one column: its test result, or why it was set aside. */
export type ColumnExamination = UnadjustedFeature | SetAsideExamination;

/** Whether an examination set its column aside (no test was run). */
export function isSetAside(examination: ColumnExamination): examination is SetAsideExamination {
  return !('test' in examination);
}

/** What a report reader needs to know about a feature test. */
export interface FeatureTestDescription {
  /** Stable id written to the report as FeatureResult.test, e.g. `ks`. */
  readonly id: string;
  /** Name for people, e.g. `Kolmogorov-Smirnov`. */
  readonly label: string;
  /** Short symbol for tables, e.g. `KS`, `χ²`. */
  readonly symbol: string;
  readonly appliesTo: ColumnKind;
  readonly effectSize: {
    /** Stable id written to the report as FeatureResult.effectSizeName. */
    readonly id: string;
    readonly label: string;
    /** Short symbol for tables and charts, e.g. `KS D`, `TVD`. */
    readonly symbol: string;
    /** Smallest and largest possible value. */
    readonly range: readonly [number, number];
  };
}

export interface FeatureTest<
  P extends ColumnProfile = ColumnProfile,
> extends FeatureTestDescription {
  compare(reference: P, recent: P, config: DetectionConfig): UnadjustedFeature;
}

/**
 * New (or vanished) categories of one feature kept in the result: the first this many,
 * with the full number in `newCategoryCount` / `vanishedCategoryCount` when there are
 * more (a column of a million distinct values would otherwise carry a million-element
 * list only for the report to cut it). At least the JSON report's MAX_JSON_CATEGORIES.
 */
export const MAX_KEPT_CATEGORIES = 1000;

/** The first MAX_KEPT_CATEGORIES values added, and how many were added. */
function cappedList(): { values: string[]; count: number; add(value: string): void } {
  const list = {
    values: [] as string[],
    count: 0,
    add(value: string) {
      if (list.values.length < MAX_KEPT_CATEGORIES) list.values.push(value);
      list.count++;
    },
  };
  return list;
}

/** Categories shown in a categorical chart before the rest are summed as "(other)". */
const MAX_CHART_CATEGORIES = 10;

/** Two-sample Kolmogorov-Smirnov on the sorted values, exact as scipy.stats.ks_2samp. */
export const KS_TEST: FeatureTest<NumericProfile> = {
  id: 'ks',
  label: 'Kolmogorov-Smirnov',
  symbol: 'KS',
  appliesTo: 'numeric',
  effectSize: { id: 'ks_d', label: 'KS statistic D', symbol: 'KS D', range: [0, 1] },
  compare: compareNumeric,
};

/**
 * Chi-square test of the 2 x k contingency table of category counts, after pooling the
 * categories too rare for the test into one "other" (pool-rare-categories.ts); the
 * effect (TVD) and Cramér's V are measured on the pooled table too.
 */
export const CHI_SQUARE_TEST: FeatureTest<CategoricalProfile> = {
  id: 'chi2',
  label: 'chi-square',
  symbol: 'χ²',
  appliesTo: 'categorical',
  effectSize: {
    id: 'total_variation_distance',
    label: 'total variation distance',
    symbol: 'TVD',
    range: [0, 1],
  },
  compare: compareCategorical,
};

/** Every feature test, one per column kind. */
export const FEATURE_TESTS: readonly FeatureTest[] = [KS_TEST, CHI_SQUARE_TEST] as const;

/** The test for a column kind. */
export function featureTestFor(kind: ColumnKind): FeatureTest {
  const found = FEATURE_TESTS.find((t) => t.appliesTo === kind);
  if (!found) throw new Error(`No feature test applies to ${kind} columns.`);
  return found;
}

/** The description of the test a report names by id, or undefined for an unknown id. */
export function describeFeatureTest(id: string): FeatureTestDescription | undefined {
  return FEATURE_TESTS.find((t) => t.id === id);
}

/** The short symbol of a report's effect-size id (e.g. `ks_d` -> `KS D`), or the id itself. */
export function effectSizeSymbol(effectSizeId: string): string {
  return (
    FEATURE_TESTS.find((t) => t.effectSize.id === effectSizeId)?.effectSize.symbol ?? effectSizeId
  );
}

/**
 * Compares two profiles of one column with the test for its kind, and names the
 * column's role when it is an identifier or time column. The test always runs; the
 * drift check uses {@link examineProfiles}, which skips it for such columns.
 * @throws Error naming the column when the profiles differ in kind.
 */
export function compareProfiles(
  reference: ColumnProfile,
  recent: ColumnProfile,
  config: DetectionConfig,
): UnadjustedFeature {
  checkSameKind(reference, recent);
  const result = featureTestFor(reference.kind).compare(reference, recent, config);
  const setAside = detectColumnRole(reference, recent, roleOptions(config));
  return setAside ? { ...result, setAside } : result;
}

/**
 * The role of the column first (identifier, time), from the reference profile; only a
 * column that is not set aside is compared with the test for its kind. A column of a
 * million distinct ids thus never builds its contingency table, pools its categories or
 * lists its new and vanished values. `recent` may be a function making the recent
 * profile: it is then called only when the column is compared or is a time column.
 * @throws Error naming the column when the profiles differ in kind.
 */
export function examineProfiles(
  reference: ColumnProfile,
  recent: ColumnProfile | (() => ColumnProfile),
  config: DetectionConfig,
): ColumnExamination {
  let recentProfile: ColumnProfile | undefined = typeof recent === 'function' ? undefined : recent;
  const getRecent = () => (recentProfile ??= (recent as () => ColumnProfile)());
  const setAside = detectColumnRole(reference, getRecent, roleOptions(config));
  if (setAside) return { name: reference.name, setAside };
  const other = getRecent();
  checkSameKind(reference, other);
  return featureTestFor(reference.kind).compare(reference, other, config);
}

function roleOptions(config: DetectionConfig) {
  return {
    identifierColumns: config.identifierColumns,
    timeColumn: config.timeColumn,
    detectRoles: !config.noRoleDetection,
  };
}

function checkSameKind(reference: ColumnProfile, recent: ColumnProfile): void {
  if (reference.kind !== recent.kind) {
    throw new Error(
      `Column '${reference.name}' is ${reference.kind} in the reference and ${recent.kind} in the recent data. Expected one kind on both sides.`,
    );
  }
}

function compareNumeric(
  ref: NumericProfile,
  rec: NumericProfile,
  config: DetectionConfig,
): UnadjustedFeature {
  if (ref.sketch) return compareNumericAgainstSketch({ ...ref, sketch: ref.sketch }, rec, config);
  const a = ref.sorted;
  const b = rec.sorted;
  const common = {
    name: ref.name,
    type: 'numeric' as const,
    test: KS_TEST.id,
    effectSizeName: KS_TEST.effectSize.id,
    referenceCount: a.length,
    recentCount: b.length,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    ...(ref.invalid ? { referenceInvalid: ref.invalid } : {}),
    ...(rec.invalid ? { recentInvalid: rec.invalid } : {}),
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
  const mean = ref.mean;
  const std = ref.standardDeviation;
  return {
    ...common,
    statistic: ks.statistic,
    pValue: ks.pValue,
    method: ks.method,
    effectSize: ks.statistic,
    referenceMean: mean,
    referenceStd: std,
    recentMean: rec.mean,
    referenceMedian: quantileOf(a)(0.5),
    recentMedian: quantileOf(b)(0.5),
    // An infinite reference value leaves no finite mean to measure z-scores against.
    ...(Number.isFinite(mean) && Number.isFinite(std)
      ? {
          outlierShare: zScoreOutlierShare(mean, std, b, config.outlierZScore).share,
          referenceOutlierShare: zScoreOutlierShare(mean, std, a, config.outlierZScore).share,
          ...commonOutlier(b, mean, std, config.outlierZScore),
        }
      : {}),
    distribution: numericDistribution(a, b),
  };
}

/**
 * The most frequent recent value among the outliers when it repeats (a sentinel such as
 * -999 written for "unknown"), as `recentOutlierValue`.
 */
function commonOutlier(
  sorted: Float64Array,
  mean: number,
  std: number,
  threshold: number,
): { recentOutlierValue?: { value: number; count: number } } {
  let best: { value: number; count: number } | undefined;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    if (!(Math.abs(v - mean) / std > threshold)) {
      run = 0;
      continue;
    }
    run = i > 0 && sorted[i - 1] === v ? run + 1 : 1;
    if (run > 1 && (!best || run > best.count)) best = { value: v, count: run };
  }
  return best ? { recentOutlierValue: best } : {};
}

/** The shared-bin histogram of overlay-histogram.ts, from the sorted values. */
function numericDistribution(a: Float64Array, b: Float64Array): Distribution {
  return overlayHistogram(sortedSide(a, quantileOf(a)), sortedSide(b, quantileOf(b)));
}

/** simple-statistics reads any array-like; its types ask for number[]. */
function quantileOf(sorted: Float64Array): (p: number) => number {
  return (p) => quantileSorted(sorted as unknown as number[], p);
}

function compareCategorical(ref: CategoricalProfile, rec: CategoricalProfile): UnadjustedFeature {
  const refCounts = new Map(ref.categories.map((label, i) => [label, ref.counts[i]]));
  const recCounts = new Map(rec.categories.map((label, i) => [label, rec.counts[i]]));
  // The reference's categories in order, then the recent-only ones (the union); the
  // new and vanished lists keep their first MAX_LISTED_CATEGORIES values and count all.
  const labels = [...ref.categories];
  const newList = cappedList();
  for (const label of rec.categories) {
    if (refCounts.has(label)) continue;
    labels.push(label);
    newList.add(label);
  }
  const vanishedList = cappedList();
  for (const label of ref.categories) if (!recCounts.has(label)) vanishedList.add(label);
  const a = labels.map((l) => refCounts.get(l) ?? 0);
  const b = labels.map((l) => recCounts.get(l) ?? 0);
  const referenceCount = a.reduce((s, x) => s + x, 0);
  const recentCount = b.reduce((s, x) => s + x, 0);
  const common = {
    name: ref.name,
    type: 'categorical' as const,
    test: CHI_SQUARE_TEST.id,
    effectSizeName: CHI_SQUARE_TEST.effectSize.id,
    referenceCount,
    recentCount,
    referenceMissing: ref.missing,
    recentMissing: rec.missing,
    newCategories: newList.values,
    vanishedCategories: vanishedList.values,
    ...(newList.count > newList.values.length ? { newCategoryCount: newList.count } : {}),
    ...(vanishedList.count > vanishedList.values.length
      ? { vanishedCategoryCount: vanishedList.count }
      : {}),
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
  const pooled = poolRareCategories(a, b);
  const chi = chiSquareContingency([pooled.a, pooled.b]);
  return {
    ...common,
    statistic: chi.statistic,
    pValue: chi.pValue,
    effectSize: totalVariationDistance(pooled.a, pooled.b),
    cramersV: pooled.a.length > 1 ? cramersV([pooled.a, pooled.b]) : 0,
    ...(pooled.pooled.length > 0 ? { pooledCategories: pooled.pooled.length } : {}),
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
