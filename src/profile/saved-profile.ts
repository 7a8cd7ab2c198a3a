/**
 * A saved reference profile: what a drift check needs from the reference side, without
 * the rows. Two modes:
 *
 * - `exact`: every distinct value of a numeric column with its count, and every category
 *   with its count. A check against it is bit-identical to a check against the data
 *   (the sorted values, and with them KS, moments, outlier shares and charts, are
 *   recovered exactly).
 * - `compact`: numeric columns keep a {@link QuantileSketch} with a certified rank-error
 *   bound, plus their mean and standard deviation; their KS results are approximate and
 *   say so. Categorical columns stay exact (their counts are small).
 *
 * Plain data; the file format is in profile-codec.ts, documented in docs/profile-format.md.
 */
import type { CategoricalColumn, Column, NumericColumn, Table } from '../data/table.ts';
import { meanAndStandardDeviation } from '../stats/mean-and-standard-deviation.ts';
import { sortedWithoutNaN } from '../stats/sorted-without-nan.ts';
import {
  DEFAULT_RANK_ERROR,
  distinctCountsSorted,
  quantileSketchFromCounts,
} from './quantile-sketch.ts';
import type { QuantileSketch } from './quantile-sketch.ts';

export type ProfileMode = 'exact' | 'compact';

/** A numeric column of the reference. */
export interface NumericColumnSummary {
  readonly kind: 'numeric';
  readonly name: string;
  /** Missing cells (NaN). */
  readonly missing: number;
  /** Non-missing cells. */
  readonly count: number;
  /** Mean and population standard deviation of the non-missing values (NaN when none). */
  readonly mean: number;
  readonly standardDeviation: number;
  /** Exact mode: the distinct values, ascending, and how often each occurs. */
  readonly distinct?: { readonly values: Float64Array; readonly counts: Float64Array };
  /** Compact mode: the quantile sketch. */
  readonly sketch?: QuantileSketch;
}

/** A categorical column of the reference: exact in both modes. */
export interface CategoricalColumnSummary {
  readonly kind: 'categorical';
  readonly name: string;
  readonly missing: number;
  /** Categories in order of first appearance in the source (the order the check uses). */
  readonly categories: readonly string[];
  /** How often each category occurs, parallel to `categories`. */
  readonly counts: readonly number[];
}

export type ColumnSummary = NumericColumnSummary | CategoricalColumnSummary;

/** Where a profile's data came from. */
export interface ProfileSource {
  /** A file path, directory, glob, table or query label, as given. */
  readonly name: string;
  /**
   * `sha256:<hex>` of the source's bytes (for several files: of their sorted names and
   * hashes), or null when the data lives in an engine that was not asked to read it all.
   */
  readonly contentHash: string | null;
  readonly rowCount: number;
}

export interface SavedProfile {
  readonly mode: ProfileMode;
  /** Compact mode: the rank error requested for every sketch (each states its own bound). */
  readonly maxRankError?: number;
  /** drift-sentinel version that wrote it. */
  readonly toolVersion: string;
  readonly source: ProfileSource;
  /** Columns in the source's order. */
  readonly columns: readonly ColumnSummary[];
}

/** Options of {@link profileTable}. */
export interface ProfileOptions {
  /** `exact` (default) or `compact`. */
  readonly mode?: ProfileMode;
  /** Compact mode's requested rank error, in (0, 0.5]; default 0.001. */
  readonly maxRankError?: number;
  /** Content hash of the source, if known (the file layer computes it). */
  readonly contentHash?: string | null;
  readonly toolVersion: string;
}

/** Profiles a loaded table. */
export function profileTable(table: Table, options: ProfileOptions): SavedProfile {
  const mode = options.mode ?? 'exact';
  const maxRankError = options.maxRankError ?? DEFAULT_RANK_ERROR;
  return {
    mode,
    ...(mode === 'compact' ? { maxRankError } : {}),
    toolVersion: options.toolVersion,
    source: {
      name: table.source,
      contentHash: options.contentHash ?? null,
      rowCount: table.rowCount,
    },
    columns: table.columns.map((column) =>
      column.kind === 'numeric'
        ? summarizeNumeric(column, mode, maxRankError)
        : summarizeCategorical(column),
    ),
  };
}

function summarizeNumeric(
  column: NumericColumn,
  mode: ProfileMode,
  maxRankError: number,
): NumericColumnSummary {
  const sorted = sortedWithoutNaN(column.values);
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  const distinct = distinctCountsSorted(sorted);
  // Few distinct values cost no more than a sketch: keep them, and KS stays exact.
  const exact = mode === 'exact' || distinct.distinct.length <= exactDistinctLimit(maxRankError);
  return {
    kind: 'numeric',
    name: column.name,
    missing: column.values.length - sorted.length,
    count: sorted.length,
    mean,
    standardDeviation,
    ...(exact
      ? { distinct: { values: distinct.distinct, counts: distinct.counts } }
      : { sketch: quantileSketchFromCounts(distinct.distinct, distinct.counts, maxRankError) }),
  };
}

/**
 * Compact mode keeps a numeric column's distinct values exactly when there are at most
 * `ceil(1 / ε)` of them, about twice the size of its sketch (the SQL engines apply the
 * same limit).
 */
export function exactDistinctLimit(maxRankError: number): number {
  return Math.ceil(1 / maxRankError);
}

function summarizeCategorical(column: CategoricalColumn): CategoricalColumnSummary {
  const counts = new Array<number>(column.categories.length).fill(0);
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i];
    if (code >= 0) counts[code]++;
  }
  const kept = column.categories.map((_, i) => i).filter((i) => counts[i] > 0);
  return {
    kind: 'categorical',
    name: column.name,
    missing: column.missing,
    categories: kept.map((i) => column.categories[i]),
    counts: kept.map((i) => counts[i]),
  };
}

/**
 * The table a profile stands for. Each numeric column with distinct values holds them in
 * ascending order, each repeated by its count, followed by its missing cells; each
 * categorical column its categories in the profile's order, repeated by count. Every
 * statistic of the check depends on a column's multiset of values only, so against an
 * exact profile the check's report is identical to the one against the original table.
 *
 * A sketched column (compact mode) has no values to expand: it becomes an empty
 * numeric column with the same name and missing count, for the schema comparison;
 * `testNumericFeatureAgainstSketch` tests it.
 */
export function tableFromProfile(profile: SavedProfile): Table {
  const rowCount = profile.source.rowCount;
  const columns: Column[] = profile.columns.map((summary) => {
    if (summary.kind === 'numeric') {
      if (!summary.distinct) {
        return {
          kind: 'numeric',
          name: summary.name,
          values: new Float64Array(0),
          missing: summary.missing,
        };
      }
      const values = new Float64Array(summary.count + summary.missing).fill(Number.NaN);
      const { values: distinct, counts } = summary.distinct;
      let at = 0;
      for (let i = 0; i < distinct.length; i++) {
        values.fill(distinct[i], at, at + counts[i]);
        at += counts[i];
      }
      return { kind: 'numeric', name: summary.name, values, missing: summary.missing };
    }
    const total = summary.counts.reduce((s, c) => s + c, 0);
    const codes = new Int32Array(total + summary.missing).fill(-1);
    let at = 0;
    summary.counts.forEach((count, code) => {
      codes.fill(code, at, at + count);
      at += count;
    });
    return {
      kind: 'categorical',
      name: summary.name,
      codes,
      categories: summary.categories,
      missing: summary.missing,
    };
  });
  return { source: profile.source.name, rowCount, columns };
}
