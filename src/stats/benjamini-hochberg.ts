import { assertPValues } from './p-values.ts';

/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate): with the m p-values ranked
 * `p_(1) <= … <= p_(m)`, `adjusted_(i) = min(1, min_{j >= i} p_(j) · m / j)`, returned in
 * the input order. Rejecting every hypothesis whose adjusted p-value is `<= α` keeps the
 * expected share of false discoveries `<= α` (for independent or positively dependent
 * tests).
 *
 * drift-sentinel uses it across features: with 50 features and no drift at all, raw
 * p < 0.05 fires 92% of the time; BH-adjusted p < 0.05 rarely. Prefer it to
 * {@link bonferroni}, which controls the chance of any false alarm and loses more power.
 *
 * Matches `statsmodels.stats.multitest.multipletests(p, method='fdr_bh')[1]` and
 * `scipy.stats.false_discovery_control(p)` (SciPy >= 1.11). Ties get equal adjusted values
 * whatever their order.
 *
 * Source: Benjamini & Hochberg (1995), https://doi.org/10.1111/j.2517-6161.1995.tb02031.x;
 * https://www.statsmodels.org/stable/generated/statsmodels.stats.multitest.multipletests.html
 *
 * @param pValues - p-values in [0, 1], any order; may be empty.
 * @returns adjusted p-values, same order and length.
 * @throws Error naming the index and value of a p-value that is NaN or outside [0, 1].
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
 * // => Float64Array [0.04, 0.05333333333333334, 0.05333333333333334, 0.2]
 */
export function benjaminiHochberg(pValues: ArrayLike<number>): Float64Array {
  assertPValues(pValues, 'benjaminiHochberg');
  const m = pValues.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => pValues[i] - pValues[j]);
  const adjusted = new Float64Array(m);
  let runningMinimum = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    // p / (rank / m), the operation order of statsmodels' `pvals / ecdffactor`.
    runningMinimum = Math.min(runningMinimum, pValues[index] / (rank / m));
    adjusted[index] = runningMinimum;
  }
  return adjusted;
}
