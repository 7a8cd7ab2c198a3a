import { pearsonChiSquare, reduceContingencyTable } from './contingency-table.ts';

/**
 * Cramér's V, the strength of association between the rows and columns of a contingency
 * table: `V = √(χ² / (n · (min(r, c) - 1)))`, with Pearson's χ² WITHOUT Yates'
 * correction and n the grand total. 0 means the rows have identical category mixes,
 * 1 means the row determines the column.
 *
 * Matches `scipy.stats.contingency.association(table, method='cramer')` (whose default is
 * `correction=False`). As in {@link chiSquareContingency}, rows and columns whose total
 * is 0 are dropped first (SciPy raises on them), and r and c count the kept ones, so V
 * still reaches 1 for complete association. With fewer than two kept rows or columns V is
 * 0/0 mathematically; drift-sentinel returns 0 (nothing can be associated).
 *
 * Source: https://docs.scipy.org/doc/scipy-1.10.1/reference/generated/scipy.stats.contingency.association.html;
 * definition: https://en.wikipedia.org/wiki/Cram%C3%A9r%27s_V
 *
 * @param table - rows × columns of non-negative finite counts, at least one positive.
 * @returns V in [0, 1].
 * @throws Error naming the cell and value for a ragged, empty, all-zero table or a
 *   negative or non-finite count.
 * @example
 * cramersV([[10, 20], [30, 25]]); // => 0.2030905986149808
 */
export function cramersV(table: readonly (readonly number[])[]): number {
  const reduced = reduceContingencyTable(table, 'cramersV');
  const smallerDimension = Math.min(reduced.rowTotals.length, reduced.columnTotals.length);
  if (smallerDimension < 2) return 0;
  const { statistic } = pearsonChiSquare(reduced, false);
  return Math.sqrt(statistic / reduced.total / (smallerDimension - 1));
}
