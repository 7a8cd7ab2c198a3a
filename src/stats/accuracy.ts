import { assertPairedSamples } from './paired-samples.ts';

/**
 * Classification accuracy: the share of predictions exactly equal to the actual label,
 * `Σ[y = ŷ] / n`.
 *
 * Matches `sklearn.metrics.accuracy_score(actual, predicted)` for label vectors.
 * Equality is JavaScript's `===`: labels must have the same type on both sides (`1` and
 * `'1'` differ), and NaN never equals NaN, so drop rows with missing labels first.
 *
 * Source: https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.accuracy_score.html
 *
 * @param actual - observed labels.
 * @param predicted - predicted labels, same length.
 * @returns accuracy in [0, 1].
 * @throws Error naming both lengths on a mismatch or empty input.
 * @example
 * accuracy(['cat', 'dog', 'dog', 'bird'], ['cat', 'dog', 'cat', 'bird']); // => 0.75
 */
export function accuracy<Label extends number | string | boolean>(
  actual: ArrayLike<Label>,
  predicted: ArrayLike<Label>,
): number {
  assertPairedSamples(actual, predicted, 'accuracy', false);
  let correct = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i] === predicted[i]) correct++;
  return correct / actual.length;
}
