import { NeumaierSum } from './neumaier-sum.ts';

/** Result of {@link meanAndStandardDeviation}. */
export interface MeanAndStandardDeviation {
  /** Arithmetic mean of the non-NaN values; NaN when there are none. */
  readonly mean: number;
  /** Population standard deviation (ddof = 0) of the non-NaN values; NaN when none. */
  readonly standardDeviation: number;
  /** Number of non-NaN values used. */
  readonly count: number;
}

/**
 * Mean `μ = Σx / n` and population standard deviation `σ = √(Σ(x - μ)² / n)` of the
 * non-missing values of a numeric column, skipping NaN (drift-sentinel's missing value).
 *
 * Matches `numpy.mean(x)` and `numpy.std(x, ddof=0)` on the non-NaN values (also
 * `numpy.nanmean` / `numpy.nanstd`) to about 1e-12 relative or better, using two passes
 * with compensated sums (no catastrophic cancellation of Σx² - nμ²). Values beyond 2^500
 * are scaled by a power of two first, so finite data always gives a finite result where
 * numpy overflows to inf. ddof = 0 is what
 * `scipy.stats.zscore` uses, hence {@link zScoreOutlierShare}. simple-statistics' `mean`
 * and `standardDeviation` compute the same quantities but take only `number[]` and do
 * not skip NaN, which would mean copying every column.
 *
 * Definition: https://numpy.org/doc/stable/reference/generated/numpy.std.html
 *
 * @param values - the column; NaN entries are skipped, ±Infinity is not.
 * @returns mean, standard deviation and the count of values used; NaN mean and standard
 *   deviation when every value is NaN or the column is empty.
 * @example
 * meanAndStandardDeviation(new Float64Array([2, 4, NaN, 4, 4, 5, 5, 7, 9]));
 * // => { mean: 5, standardDeviation: 2, count: 8 }
 */
export function meanAndStandardDeviation(values: Float64Array): MeanAndStandardDeviation {
  let count = 0;
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) {
      count++;
      const magnitude = Math.abs(x);
      if (magnitude > largest) largest = magnitude;
    }
  }
  if (count === 0) return { mean: NaN, standardDeviation: NaN, count };
  // Squared deviations overflow once |x| nears 2^511 (1e154), and the sum near 1e308,
  // which made the z-score check throw on finite data. Scaling by a power of two is
  // exact, so below that size nothing changes and results stay numpy's bit for bit.
  const scale =
    largest >= SCALE_ABOVE && largest !== Infinity ? 2 ** -Math.ceil(Math.log2(largest)) : 1;
  const sum = new NeumaierSum();
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) sum.add(x * scale);
  }
  const scaledMean = sum.value / count;
  const squares = new NeumaierSum();
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i] * scale - scaledMean;
    if (deviation === deviation) squares.add(deviation * deviation);
  }
  return {
    mean: scaledMean / scale,
    standardDeviation: Math.sqrt(squares.value / count) / scale,
    count,
  };
}

/** 2^500: below it neither the sum nor the squared deviations of finite values overflow. */
const SCALE_ABOVE = 2 ** 500;
