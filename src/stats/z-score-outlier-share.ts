/** Result of {@link zScoreOutlierShare}. */
export interface ZScoreOutlierShare {
  /** Number of recent values with `|x - mean| / std > threshold`. */
  readonly count: number;
  /** `count / observed`; 0 when there are no non-missing recent values. */
  readonly share: number;
  /** Number of non-NaN recent values examined. */
  readonly observed: number;
}

/**
 * Share of recent values that are outliers with respect to the reference distribution:
 * values whose z-score `|x - μ| / σ` exceeds `threshold` (strictly), with μ and σ the
 * reference mean and population standard deviation (ddof = 0, as `scipy.stats.zscore`;
 * compute them with {@link meanAndStandardDeviation}). NaN recent values are missing and
 * skipped.
 *
 * When σ = 0 (a constant reference column) the IEEE arithmetic gives the sensible
 * answer and is kept on purpose: any value different from μ has an infinite z-score and
 * is an outlier; a value equal to μ has 0/0 = NaN, which is not greater than the
 * threshold, so a recent column equal to the constant has no outliers.
 *
 * Matches `numpy.count_nonzero(numpy.abs(x - mean) / std > threshold)` over the non-NaN x.
 * Definition: https://en.wikipedia.org/wiki/Standard_score
 *
 * @param referenceMean - μ of the reference column, finite.
 * @param referenceStd - σ (ddof = 0) of the reference column, finite and `>= 0`.
 * @param recent - the recent values; NaN is skipped.
 * @param threshold - z-score above which a value is an outlier, finite and `>= 0`; 3 by
 *   default (the three-sigma rule).
 * @throws RangeError naming the parameter and value when mean, std or threshold is
 *   invalid.
 * @example
 * zScoreOutlierShare(0, 1, [0.5, -3.5, 4, NaN, 3]); // => { count: 2, share: 0.5, observed: 4 }
 */
export function zScoreOutlierShare(
  referenceMean: number,
  referenceStd: number,
  recent: ArrayLike<number>,
  threshold = 3,
): ZScoreOutlierShare {
  if (!Number.isFinite(referenceMean)) {
    throw new RangeError(
      `zScoreOutlierShare: referenceMean is ${referenceMean}, expected a finite number.`,
    );
  }
  if (!(referenceStd >= 0) || referenceStd === Infinity) {
    throw new RangeError(
      `zScoreOutlierShare: referenceStd is ${referenceStd}, expected a finite number >= 0.`,
    );
  }
  if (!(threshold >= 0) || threshold === Infinity) {
    throw new RangeError(
      `zScoreOutlierShare: threshold is ${threshold}, expected a finite number >= 0.`,
    );
  }
  let count = 0;
  let observed = 0;
  for (let i = 0; i < recent.length; i++) {
    const x = recent[i];
    if (x !== x) continue;
    observed++;
    if (Math.abs(x - referenceMean) / referenceStd > threshold) count++;
  }
  return { count, share: observed === 0 ? 0 : count / observed, observed };
}
