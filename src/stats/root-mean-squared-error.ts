import { NeumaierSum } from './neumaier-sum.ts';
import { assertPairedSamples } from './paired-samples.ts';

/**
 * Root mean squared error `RMSE = √(Σ(y - ŷ)² / n)`, in the units of the target; it
 * weighs large errors more than {@link meanAbsoluteError}.
 *
 * Matches `sklearn.metrics.mean_squared_error(actual, predicted, squared=False)`
 * (`root_mean_squared_error` in scikit-learn >= 1.4).
 *
 * Source: https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.mean_squared_error.html;
 * definition: https://en.wikipedia.org/wiki/Root_mean_square_deviation
 *
 * @param actual - observed values, finite.
 * @param predicted - the model's predictions, finite, same length.
 * @throws Error naming both lengths on a mismatch or empty input, or the index and value
 *   of a non-finite entry.
 * @example
 * rootMeanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // => 0.6123724356957945
 */
export function rootMeanSquaredError(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
): number {
  assertPairedSamples(actual, predicted, 'rootMeanSquaredError', true);
  const squares = new NeumaierSum();
  for (let i = 0; i < actual.length; i++) {
    const error = actual[i] - predicted[i];
    squares.add(error * error);
  }
  return Math.sqrt(squares.value / actual.length);
}
