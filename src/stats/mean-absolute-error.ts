import { NeumaierSum } from './neumaier-sum.ts';
import { assertPairedSamples } from './paired-samples.ts';

/**
 * Mean absolute error `MAE = Σ|y - ŷ| / n`, in the units of the target; less sensitive
 * to a few large errors than {@link rootMeanSquaredError}.
 *
 * Matches `sklearn.metrics.mean_absolute_error(actual, predicted)`.
 *
 * Source: https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.mean_absolute_error.html;
 * definition: https://en.wikipedia.org/wiki/Mean_absolute_error
 *
 * @param actual - observed values, finite.
 * @param predicted - the model's predictions, finite, same length.
 * @throws Error naming both lengths on a mismatch or empty input, or the index and value
 *   of a non-finite entry.
 * @example
 * meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // => 0.5
 */
export function meanAbsoluteError(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  assertPairedSamples(actual, predicted, 'meanAbsoluteError', true);
  const sum = new NeumaierSum();
  for (let i = 0; i < actual.length; i++) sum.add(Math.abs(actual[i] - predicted[i]));
  return sum.value / actual.length;
}
