import { NeumaierSum } from './neumaier-sum.ts';
import { assertPairedSamples } from './paired-samples.ts';

/**
 * Coefficient of determination `R² = 1 - Σ(y - ŷ)² / Σ(y - ȳ)²`: the share of the
 * variance of the actual values that the predictions explain. 1 is perfect, 0 is no
 * better than always predicting the mean, and it is negative for worse models.
 *
 * Matches `sklearn.metrics.r2_score(actual, predicted)` (scikit-learn 1.2.1), including
 * its conventions, checked against that version:
 * - constant actual values (Σ(y - ȳ)² = 0): 1 if the predictions are perfect, else 0
 *   (instead of -∞ or NaN);
 * - a single sample: NaN (scikit-learn warns "not well-defined with less than two
 *   samples").
 *
 * simple-statistics' `rSquared` is not used: it takes points and a function and returns 1
 * for fewer than two samples and NaN for constant actual values.
 *
 * Source: https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.r2_score.html;
 * definition: https://en.wikipedia.org/wiki/Coefficient_of_determination
 *
 * @param actual - observed values, finite.
 * @param predicted - the model's predictions, finite, same length.
 * @throws Error naming both lengths on a mismatch or empty input, or the index and value
 *   of a non-finite entry.
 * @example
 * rSquared([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // => 0.9486081370449679
 */
export function rSquared(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  assertPairedSamples(actual, predicted, 'rSquared', true);
  const n = actual.length;
  if (n < 2) return NaN;
  const actualSum = new NeumaierSum();
  for (let i = 0; i < n; i++) actualSum.add(actual[i]);
  const actualMean = actualSum.value / n;
  const residual = new NeumaierSum();
  const total = new NeumaierSum();
  for (let i = 0; i < n; i++) {
    const error = actual[i] - predicted[i];
    const deviation = actual[i] - actualMean;
    residual.add(error * error);
    total.add(deviation * deviation);
  }
  const numerator = residual.value;
  const denominator = total.value;
  if (numerator === 0) return 1;
  if (denominator === 0) return 0;
  return 1 - numerator / denominator;
}
