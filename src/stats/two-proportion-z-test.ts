/**
 * Two-sided two-proportion z-test with the pooled variance, as statsmodels'
 * `proportions_ztest(count=[x1, x2], nobs=[n1, n2])` computes it: with
 * `p = (x1 + x2) / (n1 + n2)`,
 *
 *     z = (x1/n1 - x2/n2) / sqrt(p (1 - p) (1/n1 + 1/n2)),   P = 2 · Φ(-|z|).
 *
 * z² is Pearson's chi-square of the 2 x 2 table without Yates' correction, so the
 * p-value is the chi-square(1) survival of z², which is exact to the last digits
 * where 2 · Φ(-|z|) would be computed through an erfc of its own. Pure.
 */
import { chiSquareSurvival } from './chi-square-survival.ts';

export interface TwoProportionZTest {
  /** z of the first proportion minus the second; NaN when both are 0 or both 1. */
  readonly statistic: number;
  /** Two-sided p-value; NaN with the statistic. */
  readonly pValue: number;
  /** x1/n1 - x2/n2. */
  readonly difference: number;
}

/**
 * @param count1 successes in the first sample (e.g. missing cells of the reference)
 * @param nobs1 size of the first sample
 * @throws RangeError when a count is negative, not whole, or larger than its sample.
 */
export function twoProportionZTest(
  count1: number,
  nobs1: number,
  count2: number,
  nobs2: number,
): TwoProportionZTest {
  check(count1, nobs1, 'first');
  check(count2, nobs2, 'second');
  const p1 = count1 / nobs1;
  const p2 = count2 / nobs2;
  const pooled = (count1 + count2) / (nobs1 + nobs2);
  const difference = p1 - p2;
  const variance = pooled * (1 - pooled) * (1 / nobs1 + 1 / nobs2);
  if (!(variance > 0)) return { statistic: Number.NaN, pValue: Number.NaN, difference };
  const statistic = difference / Math.sqrt(variance);
  return { statistic, pValue: chiSquareSurvival(statistic * statistic, 1), difference };
}

function check(count: number, nobs: number, which: string): void {
  if (!Number.isInteger(nobs) || nobs < 1) {
    throw new RangeError(
      `twoProportionZTest: the ${which} sample size is ${nobs}, expected a whole number >= 1.`,
    );
  }
  if (!Number.isInteger(count) || count < 0 || count > nobs) {
    throw new RangeError(
      `twoProportionZTest: the ${which} count is ${count}, expected a whole number from 0 to ${nobs}.`,
    );
  }
}
