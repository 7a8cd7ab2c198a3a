import { chiSquareSurvival } from './chi-square-survival.ts';
import { pearsonChiSquare, reduceContingencyTable } from './contingency-table.ts';

/** Result of {@link chiSquareContingency}. */
export interface ChiSquareContingencyResult {
  /** Pearson's chi-square statistic (Yates-corrected when `degreesOfFreedom` is 1). */
  readonly statistic: number;
  /** `P(χ²(dof) > statistic)`; 1 when no test is possible (`degreesOfFreedom` 0). */
  readonly pValue: number;
  /** `(r - 1)(c - 1)` over the rows and columns that have a positive total. */
  readonly degreesOfFreedom: number;
  /**
   * Expected frequencies under independence, same shape as the input table; 0 in rows
   * and columns whose total is 0.
   */
  readonly expected: number[][];
}

/**
 * Chi-square test of independence of the rows and columns of a contingency table:
 * `χ² = Σ (O - E)² / E` with `E = rowTotal · columnTotal / total`, compared with a
 * chi-square distribution with `(r - 1)(c - 1)` degrees of freedom. In drift-sentinel the
 * rows are the reference and recent samples and the columns a categorical feature's
 * categories, so a small p-value means the category mix changed.
 *
 * Matches `scipy.stats.chi2_contingency(table, correction=True)`, whose conventions it
 * keeps:
 * - Yates' continuity correction is applied only when there is exactly one degree of
 *   freedom (a 2 × 2 table after dropping empty rows/columns), never otherwise.
 * - With 0 degrees of freedom (a single category, or a single non-empty sample) no test
 *   is possible: statistic 0, p-value 1, `degreesOfFreedom` 0.
 *
 * One difference: rows and columns whose total is 0 (a category neither sample has, an
 * empty sample) are dropped before the test, because their expected frequency is 0 and
 * SciPy raises on that. The result equals SciPy's on the table without them. A category
 * present in only one sample is kept: zero observed cells are fine.
 *
 * Source: https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.stats.chi2_contingency.html;
 * definition: https://en.wikipedia.org/wiki/Pearson%27s_chi-squared_test.
 * For the strength rather than the significance of a shift, see {@link cramersV} or
 * {@link totalVariationDistance}: with large samples every tiny shift is significant.
 *
 * @param table - rows × columns of non-negative finite counts, at least one positive.
 * @throws Error naming the cell and value for a ragged, empty, all-zero table or a
 *   negative or non-finite count.
 * @example
 * chiSquareContingency([[10, 20], [30, 25]]);
 * // => { statistic: 2.706155303030302, pValue: 0.0999616438735349, degreesOfFreedom: 1,
 * //      expected: [[14.117647058823529, 15.882352941176471], [25.88235294117647, 29.11764705882353]] }
 */
export function chiSquareContingency(
  table: readonly (readonly number[])[],
): ChiSquareContingencyResult {
  const reduced = reduceContingencyTable(table, 'chiSquareContingency');
  const degreesOfFreedom = (reduced.rowTotals.length - 1) * (reduced.columnTotals.length - 1);
  const { statistic, expected: reducedExpected } = pearsonChiSquare(
    reduced,
    degreesOfFreedom === 1,
  );
  const expected = table.map((row) => new Array<number>(row.length).fill(0));
  reduced.rowIndices.forEach((i, reducedRow) => {
    reduced.columnIndices.forEach((j, reducedColumn) => {
      expected[i][j] = reducedExpected[reducedRow][reducedColumn];
    });
  });
  if (degreesOfFreedom === 0) {
    return { statistic: 0, pValue: 1, degreesOfFreedom, expected };
  }
  return {
    statistic,
    pValue: chiSquareSurvival(statistic, degreesOfFreedom),
    degreesOfFreedom,
    expected,
  };
}
