/**
 * Pools the categories of a 2 x k table that are too rare for the chi-square
 * approximation, before the test. Pure.
 *
 * Rule (the README, "How the decision is made"): a category is rare when its expected
 * count under independence is below 5 in either row, that is when
 * `total_j · min(rowTotal) / N < 5`. All rare categories are summed into one "other"
 * column. When that column is itself still below 5 expected, it is added to the kept
 * category with the smallest total (so no cell of the tested table expects fewer than
 * 5 unless the whole table is too small to reach 5 anywhere). Cochran's rule asks for
 * expected counts >= 5; with 5,000 Zipf levels and 2,000 recent rows, 89% of the
 * unpooled cells miss it, and chi-square and TVD both read noise as drift.
 */

/** Least expected count in every cell of a tested table. */
export const MIN_EXPECTED_COUNT = 5;

export interface PooledTable {
  /** The pooled first row (e.g. reference counts). */
  readonly a: number[];
  readonly b: number[];
  /**
   * For each pooled column, the input columns summed into it, ascending; the column of
   * rare categories (if any) is last.
   */
  readonly members: number[][];
  /** Input columns pooled for being rare (empty when nothing was pooled). */
  readonly pooled: number[];
}

/**
 * @param a counts of the first row (category j in `a[j]`)
 * @param b counts of the second row, same categories
 */
export function poolRareCategories(
  a: readonly number[],
  b: readonly number[],
  minExpected: number = MIN_EXPECTED_COUNT,
): PooledTable {
  if (a.length !== b.length) {
    throw new Error(
      `poolRareCategories: the rows have ${a.length} and ${b.length} categories, expected the same categories in both.`,
    );
  }
  let totalA = 0;
  let totalB = 0;
  for (let j = 0; j < a.length; j++) {
    totalA += a[j];
    totalB += b[j];
  }
  const total = totalA + totalB;
  const smallerRow = Math.min(totalA, totalB);
  const kept: number[] = [];
  const rare: number[] = [];
  for (let j = 0; j < a.length; j++) {
    const columnTotal = a[j] + b[j];
    if (columnTotal === 0) continue;
    if ((columnTotal * smallerRow) / total < minExpected) rare.push(j);
    else kept.push(j);
  }
  const members = kept.map((j) => [j]);
  if (rare.length > 0) {
    const rareTotal = rare.reduce((s, j) => s + a[j] + b[j], 0);
    if ((rareTotal * smallerRow) / total >= minExpected || members.length === 0) {
      members.push(rare);
    } else {
      let smallest = 0;
      for (let m = 1; m < members.length; m++) {
        const t = (x: number[]) => x.reduce((s, j) => s + a[j] + b[j], 0);
        if (t(members[m]) < t(members[smallest])) smallest = m;
      }
      members[smallest] = [...members[smallest], ...rare].sort((x, y) => x - y);
      // Keep the pooled column last, as documented.
      members.push(...members.splice(smallest, 1));
    }
  }
  return {
    a: members.map((m) => m.reduce((s, j) => s + a[j], 0)),
    b: members.map((m) => m.reduce((s, j) => s + b[j], 0)),
    members,
    pooled: rare,
  };
}
