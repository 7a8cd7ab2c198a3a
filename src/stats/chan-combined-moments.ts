/** Moments of one sample: count, mean and population standard deviation (ddof = 0). */
export interface SampleMoments {
  readonly count: number;
  readonly mean: number;
  readonly standardDeviation: number;
}

/**
 * Count, mean and population standard deviation of the union of two samples from
 * their own moments, by Chan, Golub and LeVeque's pairwise update:
 * `n = na + nb`, `δ = μb - μa`, `μ = μa + δ·nb/n`, `M2 = M2a + M2b + δ²·na·nb/n` with
 * `M2 = n·σ²`.
 *
 * Use it where only the moments of parts are known (profiles computed in a database,
 * or a quantile sketch without the values). It agrees with
 * {@link meanAndStandardDeviation} of the concatenated values to rounding (about 1e-15
 * relative for well-conditioned data), not bit for bit: where the values are at hand,
 * recompute from them instead.
 *
 * Definition: T. F. Chan, G. H. Golub, R. J. LeVeque (1979), "Updating formulae and a
 * pairwise algorithm for computing sample variances";
 * https://en.wikipedia.org/wiki/Algorithms_for_calculating_variance#Parallel_algorithm
 *
 * @example
 * chanCombinedMoments({ count: 2, mean: 2, standardDeviation: 1 }, { count: 2, mean: 6, standardDeviation: 1 });
 * // => { count: 4, mean: 4, standardDeviation: 2.23606797749979 }
 */
export function chanCombinedMoments(a: SampleMoments, b: SampleMoments): SampleMoments {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  const mean = a.mean + (delta * b.count) / count;
  const m2 =
    a.count * a.standardDeviation ** 2 +
    b.count * b.standardDeviation ** 2 +
    ((delta * delta * a.count) / count) * b.count;
  return { count, mean, standardDeviation: Math.sqrt(m2 / count) };
}
