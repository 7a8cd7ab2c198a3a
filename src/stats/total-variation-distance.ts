/**
 * Total variation distance between two categorical distributions given as counts over
 * the same categories: `TVD = ½ Σ_i |a_i / Σa - b_i / Σb|`, the largest difference in
 * probability the two distributions assign to any set of categories.
 *
 * An effect size for categorical drift that, unlike a chi-square p-value, does not grow
 * with the sample size: 0 for identical category mixes, 1 for disjoint ones, and "0.1"
 * reads as "10% of the probability mass moved". Pass counts over the union of both
 * samples' categories, aligned by index (a category missing from one sample has count 0
 * there).
 *
 * Definition: https://en.wikipedia.org/wiki/Total_variation_distance_of_probability_measures
 * (equals half of `scipy.spatial.distance.cityblock` between the two probability vectors).
 *
 * @param countsA - non-negative finite counts of the first sample, at least one positive.
 * @param countsB - counts of the second sample over the same categories, same length.
 * @returns the distance in [0, 1].
 * @throws Error naming both lengths when they differ, or the index and value of a negative
 *   or non-finite count, or the sample whose counts sum to 0.
 * @example
 * totalVariationDistance([25, 25, 50], [25, 50, 25]); // => 0.25
 */
export function totalVariationDistance(
  countsA: ArrayLike<number>,
  countsB: ArrayLike<number>,
): number {
  if (countsA.length !== countsB.length) {
    throw new Error(
      `totalVariationDistance: countsA has ${countsA.length} categories and countsB has ${countsB.length}, expected the same categories in both.`,
    );
  }
  const totalA = countTotal(countsA, 'countsA');
  const totalB = countTotal(countsB, 'countsB');
  let sum = 0;
  for (let i = 0; i < countsA.length; i++) {
    sum += Math.abs(countsA[i] / totalA - countsB[i] / totalB);
  }
  return 0.5 * sum;
}

function countTotal(counts: ArrayLike<number>, name: string): number {
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i];
    if (!(count >= 0) || count === Infinity) {
      throw new Error(
        `totalVariationDistance: ${name}[${i}] is ${count}, expected a finite count >= 0.`,
      );
    }
    total += count;
  }
  if (!(total > 0)) {
    throw new Error(
      `totalVariationDistance: ${name} sums to 0 over ${counts.length} categories, expected at least one positive count.`,
    );
  }
  return total;
}
