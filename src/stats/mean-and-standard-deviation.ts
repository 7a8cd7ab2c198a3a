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
 * with compensated sums (no catastrophic cancellation of Σx² - nμ²). ddof = 0 is what
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
  const sum = new NeumaierSum();
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) {
      sum.add(x);
      count++;
    }
  }
  if (count === 0) return { mean: NaN, standardDeviation: NaN, count };
  const mean = sum.value / count;
  const squares = new NeumaierSum();
  for (let i = 0; i < values.length; i++) {
    const deviation = values[i] - mean;
    if (deviation === deviation) squares.add(deviation * deviation);
  }
  return { mean, standardDeviation: Math.sqrt(squares.value / count), count };
}
