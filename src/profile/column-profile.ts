/**
 * Column profiles: what one side of a comparison needs to know about a column, apart
 * from the comparison itself. A profile is plain data (typed arrays, numbers, strings)
 * so it can be posted to a worker, saved to a file and read back, and two profiles of
 * parts of one data set can be merged (see merge-column-profiles.ts).
 *
 * Which fields merge exactly (the merged profile equals the profile of the whole):
 * - exactly: `rowCount`, `missing`, `count`, `distinct`, `integerValued`, `sorted`
 *   (a merge of two sorted arrays), and with it `mean` and `standardDeviation`, which
 *   are recomputed from the merged sorted values in the same order as for the whole;
 *   `categories` and `counts` (labels keep the order of first appearance when parts
 *   are merged in row order); `order` when parts are merged in row order;
 * - not bit-exactly: moments of profiles without sorted values (a future quantile
 *   sketch) combine by Chan's parallel formulas (chanCombinedMoments), which agree
 *   with the moments of the whole to rounding, not bit for bit.
 */

import type { QuantileSketch } from './quantile-sketch.ts';

/** The two column kinds a loader produces. */
export type ColumnKind = 'numeric' | 'categorical';

/**
 * Row order of a numeric column's non-missing values: `increasing` when each value is
 * >= the one before (a row counter, a timestamp of appended rows), `decreasing` the
 * reverse, `none` otherwise. A column with fewer than two values is `increasing`.
 */
export type ValueOrder = 'increasing' | 'decreasing' | 'none';

export interface NumericProfile {
  readonly kind: 'numeric';
  readonly name: string;
  /** Cells in the column, missing ones included. */
  readonly rowCount: number;
  /** Missing cells (NaN in the column). */
  readonly missing: number;
  /** Non-missing values: `sorted.length`, or `sketch.count` for a sketched column. */
  readonly count: number;
  /**
   * The non-missing values, ascending (as Float64Array.prototype.sort orders them);
   * empty when `sketch` stands for them.
   */
  readonly sorted: Float64Array;
  /**
   * A compact saved profile's summary of the values (saved-profile.ts) instead of
   * `sorted`: the KS test against it is approximate, within its rank-error bound.
   * Sketches merge with mergeQuantileSketches, not bit-exactly.
   */
  readonly sketch?: QuantileSketch;
  /** Mean of `sorted` (meanAndStandardDeviation); NaN when there is no value. */
  readonly mean: number;
  /** Population standard deviation (ddof = 0) of `sorted`; NaN when there is no value. */
  readonly standardDeviation: number;
  /** Distinct non-missing values. */
  readonly distinct: number;
  /** Every non-missing value is a finite whole number (identifiers, epoch seconds). */
  readonly integerValued: boolean;
  readonly order: ValueOrder;
  /**
   * Cells that were neither a number nor a missing-value marker (the CSV reader keeps
   * a column numeric when only a few are), with a few examples as typed.
   */
  readonly invalid?: { readonly count: number; readonly examples: readonly string[] };
}

export interface CategoricalProfile {
  readonly kind: 'categorical';
  readonly name: string;
  readonly rowCount: number;
  readonly missing: number;
  /** Non-missing cells: the sum of `counts`. */
  readonly count: number;
  /** Labels seen at least once, in order of first appearance. */
  readonly categories: readonly string[];
  /** `counts[i]` cells hold `categories[i]`. */
  readonly counts: Float64Array;
}

export type ColumnProfile = NumericProfile | CategoricalProfile;
