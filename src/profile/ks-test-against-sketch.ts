/**
 * The two-sample KS test of a recent sample against a reference known only through a
 * quantile sketch: the approximate KS of a compact profile.
 */
import { kolmogorovSmirnovTwoSidedSf } from '../stats/kolmogorov-smirnov-two-sided-sf.ts';
import type { QuantileSketch } from './quantile-sketch.ts';

/** Result of {@link ksTestAgainstSketch}. */
export interface ApproximateKsResult {
  /** `D̂ = sup_x |F̂_ref(x) - F_recent(x)|`; the exact D lies within `rankErrorBound` of it. */
  readonly statistic: number;
  /** Asymptotic p-value of `D̂` (SciPy's `kstwo(round(n1 n2 / (n1 + n2)))` survival). */
  readonly pValue: number;
  readonly method: 'asymp';
  /** The sketch's certified rank error: `|D̂ - D| <= rankErrorBound`. */
  readonly rankErrorBound: number;
}

/**
 * KS statistic between the sketch's estimated CDF and the exact empirical CDF of
 * `recentSorted`. The sup of `|F̂ - F_recent|` is taken over every place either step
 * function can change: below the first kept value (F̂ = 0), at each kept value, and on
 * each open interval between kept values, where F̂ is constant and F_recent runs from
 * its value just after the lower kept value to its value just before the upper one.
 * Since `|F̂ - F_ref| <= ε` everywhere, `|D̂ - D| <= ε` (a sup moves by at most the sup
 * of the perturbation). The p-value is the asymptotic one, which is what
 * `scipy.stats.ks_2samp` uses for samples over 10 000 values anyway.
 *
 * @param sketch the reference's summary, `count > 0`
 * @param recentSorted recent values, ascending, no NaN, non-empty
 * @example
 * // An exact sketch (nothing dropped) reproduces the exact D:
 * ksTestAgainstSketch(quantileSketchFromSorted(Float64Array.of(1, 2, 3)), Float64Array.of(2, 3, 4)).statistic;
 * // 1/3
 */
export function ksTestAgainstSketch(
  sketch: QuantileSketch,
  recentSorted: Float64Array,
): ApproximateKsResult {
  const n1 = sketch.count;
  const n2 = recentSorted.length;
  if (n1 === 0 || n2 === 0) {
    throw new Error(
      `ksTestAgainstSketch: the ${n1 === 0 ? 'reference sketch' : 'recent sample'} is empty; expected at least one value.`,
    );
  }
  const { values, atMostLow, atMostHigh, lessThanHigh } = sketch;
  const k = values.length;
  let j = 0; // recent values < the current point
  let d = 0;
  const consider = (refCount: number, recentCount: number) => {
    const diff = Math.abs(refCount / n1 - recentCount / n2);
    if (diff > d) d = diff;
  };
  for (let i = 0; i < k; i++) {
    const v = values[i];
    while (j < n2 && recentSorted[j] < v) j++;
    // Just below v: on (values[i-1], v), or below the minimum where F̂ = 0.
    const below = i === 0 ? 0 : (atMostLow[i - 1] + lessThanHigh[i]) / 2;
    consider(below, j);
    while (j < n2 && recentSorted[j] === v) j++;
    // At v, and just above it (F_recent is right-continuous, F̂ takes the interval's value).
    consider((atMostLow[i] + atMostHigh[i]) / 2, j);
    if (i + 1 < k) consider((atMostLow[i] + lessThanHigh[i + 1]) / 2, j);
  }
  // numpy's round (ties to even), as ksTestSorted rounds the effective size.
  const exactEn = (n1 * n2) / (n1 + n2);
  let en = Math.round(exactEn);
  if (en - exactEn === 0.5 && en % 2 !== 0) en -= 1;
  const pValue = kolmogorovSmirnovTwoSidedSf(d, en);
  return {
    statistic: d,
    pValue: Math.min(1, Math.max(0, pValue)),
    method: 'asymp',
    rankErrorBound: sketch.rankErrorBound,
  };
}
