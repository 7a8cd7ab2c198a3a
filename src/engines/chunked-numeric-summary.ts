/**
 * A numeric column's compact-profile parts, built from its values streamed in chunks,
 * in memory bounded by one chunk: the quantile sketch with its certified rank-error
 * bound, the moments, whether every value is whole, and the distinct values with their
 * counts while there are few enough to keep the column exactly.
 *
 * Each full chunk is sorted and summarized with a sketch of rank error ε/2 built from
 * its exact ranks; at the end the chunks' sketches are merged in one sweep and pruned
 * once. Why the result is within ε (the bound compact mode promises, as the in-memory
 * sketch does):
 *
 * 1. A chunk of n_j values summarized with `quantileSketchFromCounts`'s rule at ε/2
 *    keeps a value wherever its rank range crosses a multiple of `step = ⌊ε·n_j⌋ + 1`,
 *    so fewer than `step` values lie strictly between two kept values: every interval
 *    of the chunk's sketch is at most ε·n_j wide, and at a kept value it has width 0
 *    (its ranks are exact).
 * 2. Merging (`mergeManyQuantileSketches`, as in Agarwal et al. 2013 §3) bounds the
 *    count at or below any value by the sum of the parts' bounds, so every merged
 *    interval is at most Σ_j ε·n_j = ε·n wide: a `rankErrorBound` (half the widest
 *    interval over n) of at most ε/2.
 * 3. `pruneQuantileSketch(…, ε)` drops values only while every interval it leaves is at
 *    most 2·ε·n wide: the bound is at most ε, and the KS D against the sketch is within
 *    ε of the exact D (quantile-sketch.ts).
 * A column that fits in one chunk is summarized once at ε from its exact ranks: the very
 * sketch `quantileSketchFromSorted` gives in memory.
 *
 * Memory: the chunk (8 bytes a value) and each chunk's sketch until the end (about
 * 1/ε kept values of 32 bytes: 32 KB at ε = 0.001, 3% of a 131,072-value chunk). The
 * sketches are kept rather than merged as they come because merging two sketches that
 * are each at their bound leaves a prune at that bound almost nothing to drop: a
 * running merge would grow by a chunk's sketch at every step all the same, and
 * rebuild itself each time.
 */
import { chanCombinedMoments } from '../stats/chan-combined-moments.ts';
import type { SampleMoments } from '../stats/chan-combined-moments.ts';
import { meanAndStandardDeviation } from '../stats/mean-and-standard-deviation.ts';
import type { QuantileSketch } from '../profile/quantile-sketch.ts';
import {
  mergeManyQuantileSketches,
  pruneQuantileSketch,
  quantileSketchFromRanks,
} from '../profile/quantile-sketch.ts';

/** What {@link ChunkedNumericSummary.finish} returns. */
export interface ChunkedNumericParts {
  /** Non-missing (non-NaN) values seen. */
  readonly count: number;
  /** The sketch, bound at most ε; absent when there was no value. */
  readonly sketch?: QuantileSketch;
  /** Every distinct value and its count, ascending, when there are at most `distinctLimit`. */
  readonly exact?: { readonly values: Float64Array; readonly counts: Float64Array };
  readonly mean: number;
  readonly standardDeviation: number;
  /** Every value is a finite whole number (true when there is none). */
  readonly integerValued: boolean;
  /**
   * Distinct values: exact when the column fit in one chunk or kept `exact`; else the
   * sum of the chunks' distinct counts, capped at `count`, an upper bound (a value in
   * several chunks counts once per chunk), as for merged profiles (merge-column-profiles.ts).
   */
  readonly distinct: number;
  /** Chunks summarized (1 when the column fit in one). */
  readonly chunks: number;
}

export class ChunkedNumericSummary {
  private readonly maxRankError: number;
  private readonly distinctLimit: number;
  private readonly buffer: Float64Array;
  private filled = 0;
  /** Each summarized chunk's sketch, merged once at the end. */
  private readonly sketches: QuantileSketch[] = [];
  private moments: SampleMoments = { count: 0, mean: NaN, standardDeviation: NaN };
  private integerValued = true;
  private exact: { values: Float64Array; counts: Float64Array } | undefined = {
    values: new Float64Array(0),
    counts: new Float64Array(0),
  };
  private chunks = 0;
  private distinctSum = 0;

  /**
   * @param maxRankError ε in (0, 0.5]
   * @param chunkValues values held before a chunk is summarized (its memory: 8 bytes each)
   * @param distinctLimit keep exact values and counts up to this many distinct values
   */
  constructor(maxRankError: number, chunkValues: number, distinctLimit: number) {
    this.maxRankError = maxRankError;
    this.distinctLimit = distinctLimit;
    if (!(Number.isInteger(chunkValues) && chunkValues >= 1)) {
      throw new RangeError(
        `ChunkedNumericSummary: chunk size ${chunkValues} is not a positive integer.`,
      );
    }
    this.buffer = new Float64Array(chunkValues);
  }

  /** Adds values; NaN (missing) is skipped. */
  add(values: Float64Array): void {
    for (let i = 0; i < values.length; i++) {
      const x = values[i];
      if (x !== x) continue;
      this.buffer[this.filled++] = x;
      if (this.filled === this.buffer.length) this.summarizeChunk(this.maxRankError / 2);
    }
  }

  /** The parts of everything added; the summary is spent afterwards. */
  finish(): ChunkedNumericParts {
    // A column that fits in one chunk: summarized once at ε, exactly as in memory.
    if (this.filled > 0)
      this.summarizeChunk(this.chunks === 0 ? this.maxRankError : this.maxRankError / 2);
    const sketch =
      this.sketches.length === 0
        ? undefined
        : this.sketches.length === 1
          ? this.sketches[0]
          : pruneQuantileSketch(mergeManyQuantileSketches(this.sketches), this.maxRankError);
    this.sketches.length = 0;
    return {
      count: this.moments.count,
      ...(sketch ? { sketch } : {}),
      ...(this.exact ? { exact: this.exact } : {}),
      mean: this.moments.mean,
      standardDeviation: this.moments.standardDeviation,
      integerValued: this.integerValued,
      distinct: this.exact
        ? this.exact.values.length
        : Math.min(this.distinctSum, this.moments.count),
      chunks: this.chunks,
    };
  }

  private summarizeChunk(rankError: number): void {
    const sorted = this.buffer.subarray(0, this.filled).sort();
    const chunk = summarizeSorted(sorted, rankError, this.exact ? this.distinctLimit : 0);
    if (this.integerValued) this.integerValued = chunk.integerValued;
    this.distinctSum += chunk.distinct;
    this.moments = chanCombinedMoments(this.moments, meanAndStandardDeviation(sorted));
    if (this.exact) {
      this.exact = chunk.exact && mergeCounts(this.exact, chunk.exact, this.distinctLimit);
    }
    this.sketches.push(chunk.sketch);
    this.filled = 0;
    this.chunks++;
  }
}

/**
 * One pass over a sorted chunk, allocating nothing of its size (V8 frees large typed
 * arrays only when it collects, so per-chunk copies would pile up): the sketch that
 * `quantileSketchFromCounts(distinctCountsSorted(sorted), rankError)` gives, whether
 * every value is whole, and the distinct values and counts when at most `distinctLimit`.
 */
export function summarizeSorted(
  sorted: Float64Array,
  rankError: number,
  distinctLimit: number,
): {
  sketch: QuantileSketch;
  integerValued: boolean;
  distinct: number;
  exact?: { values: Float64Array; counts: Float64Array };
} {
  const n = sorted.length;
  const step = Math.floor(2 * rankError * n) + 1;
  const values: number[] = [];
  const lessThan: number[] = [];
  const atMost: number[] = [];
  let exactValues: number[] | undefined = distinctLimit > 0 ? [] : undefined;
  let exactCounts: number[] = [];
  let integerValued = true;
  let first = true;
  let distinct = 0;
  for (let start = 0; start < n;) {
    const v = sorted[start];
    let end = start + 1;
    // -0 and +0 are one value here, as in distinctCountsSorted.
    while (end < n && sorted[end] === v) end++;
    if (integerValued && !Number.isInteger(v)) integerValued = false;
    // Keep the first and last value, and each whose rank range (start, end] holds a
    // multiple of step (quantileSketchFromCounts's rule).
    if (first || end === n || Math.floor(start / step) < Math.floor(end / step)) {
      values.push(v);
      lessThan.push(start);
      atMost.push(end);
    }
    if (exactValues) {
      if (exactValues.length === distinctLimit) {
        exactValues = undefined;
        exactCounts = [];
      } else {
        exactValues.push(v);
        exactCounts.push(end - start);
      }
    }
    first = false;
    distinct++;
    start = end;
  }
  return {
    sketch: quantileSketchFromRanks(
      Float64Array.from(values),
      Float64Array.from(lessThan),
      Float64Array.from(atMost),
      n,
    ),
    integerValued,
    distinct,
    ...(exactValues
      ? {
          exact: { values: Float64Array.from(exactValues), counts: Float64Array.from(exactCounts) },
        }
      : {}),
  };
}

/** Merged ascending distinct values and counts, or undefined beyond `limit` values. */
function mergeCounts(
  a: { values: Float64Array; counts: Float64Array },
  b: { values: Float64Array; counts: Float64Array },
  limit: number,
): { values: Float64Array; counts: Float64Array } | undefined {
  const { values, counts } = b;
  const outValues: number[] = [];
  const outCounts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.values.length || j < values.length) {
    const x = i < a.values.length ? a.values[i] : Infinity;
    const y = j < values.length ? values[j] : Infinity;
    if (j >= values.length || (i < a.values.length && x < y)) {
      outValues.push(x);
      outCounts.push(a.counts[i++]);
    } else if (i >= a.values.length || y < x) {
      outValues.push(y);
      outCounts.push(counts[j++]);
    } else {
      outValues.push(x);
      outCounts.push(a.counts[i++] + counts[j++]);
    }
    if (outValues.length > limit) return undefined;
  }
  return { values: Float64Array.from(outValues), counts: Float64Array.from(outCounts) };
}
