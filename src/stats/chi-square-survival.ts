import { regularizedGammaQ } from './regularized-gamma.ts';

/**
 * Survival function of the chi-square distribution with `k` degrees of freedom,
 * `P(X > x) = Q(k/2, x/2)`, the regularized upper incomplete gamma function.
 *
 * Matches `scipy.stats.chi2.sf(x, k)` (Cephes `chdtrc`), including its convention that
 * `x < 0` gives 1. This is the p-value of a chi-square test statistic `x`.
 *
 * Source: https://github.com/scipy/scipy/blob/v1.10.1/scipy/special/cephes/chdtr.c;
 * definition: https://dlmf.nist.gov/8.11.E5 and https://en.wikipedia.org/wiki/Chi-squared_distribution
 *
 * @param x - the statistic, any number except NaN.
 * @param k - degrees of freedom, a positive finite number.
 * @returns P(X > x), in [0, 1].
 * @throws RangeError when `x` is NaN or `k` is not a positive finite number.
 * @example
 * chiSquareSurvival(3.8414588206941285, 1); // => 0.05000000000000004
 */
export function chiSquareSurvival(x: number, k: number): number {
  if (Number.isNaN(x)) {
    throw new RangeError('chiSquareSurvival: x must be a number, got NaN.');
  }
  if (!(k > 0) || k === Infinity) {
    throw new RangeError(
      `chiSquareSurvival: degrees of freedom k must be a positive finite number, got ${k}.`,
    );
  }
  if (x < 0) return 1;
  return regularizedGammaQ(k / 2, x / 2);
}
