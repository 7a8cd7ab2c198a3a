import { assertPValues } from './p-values.ts';

/**
 * Bonferroni adjusted p-values: `adjusted_i = min(1, p_i · m)` for m p-values. Rejecting
 * where `adjusted_i <= α` keeps the probability of even one false rejection `<= α`, under
 * any dependence between the tests; the price is power, so prefer
 * {@link benjaminiHochberg} unless every single false alarm is costly.
 *
 * Matches `statsmodels.stats.multitest.multipletests(p, method='bonferroni')[1]`.
 *
 * Definition: https://en.wikipedia.org/wiki/Bonferroni_correction
 *
 * @param pValues - p-values in [0, 1]; may be empty.
 * @returns adjusted p-values, same order and length.
 * @throws Error naming the index and value of a p-value that is NaN or outside [0, 1].
 * @example
 * bonferroni([0.01, 0.04, 0.5]); // => Float64Array [0.03, 0.12, 1]
 */
export function bonferroni(pValues: ArrayLike<number>): Float64Array {
  assertPValues(pValues, 'bonferroni');
  const m = pValues.length;
  const adjusted = new Float64Array(m);
  for (let i = 0; i < m; i++) adjusted[i] = Math.min(1, pValues[i] * m);
  return adjusted;
}
