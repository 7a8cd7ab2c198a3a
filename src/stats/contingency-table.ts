/**
 * A contingency table reduced to its informative part: the rows and columns whose total
 * is positive, with the margins the chi-square family needs.
 *
 * Shared by {@link chiSquareContingency} and {@link cramersV}. A category that neither
 * sample contains (an all-zero column) or an empty sample (an all-zero row) carries no
 * information, but its expected frequencies are 0 and SciPy's `chi2_contingency` raises
 * on a zero expected frequency. drift-sentinel therefore drops such rows and columns
 * before testing, which is what SciPy computes on the table without them.
 */
export interface ReducedContingencyTable {
  /** Observed counts of the kept rows and columns. */
  readonly observed: readonly (readonly number[])[];
  /** Original index of each kept row. */
  readonly rowIndices: readonly number[];
  /** Original index of each kept column. */
  readonly columnIndices: readonly number[];
  /** Total of each kept row. */
  readonly rowTotals: readonly number[];
  /** Total of each kept column. */
  readonly columnTotals: readonly number[];
  /** Grand total. */
  readonly total: number;
}

/**
 * Validates a rows × columns table of counts and drops its all-zero rows and columns.
 *
 * @param table - non-negative finite counts, every row the same length, at least one
 *   positive count. Counts need not be integers (as in SciPy).
 * @param caller - the public function's name, for error messages.
 * @throws Error naming the cell and its value when the table is ragged, empty, has a
 *   negative or non-finite count, or sums to 0.
 */
export function reduceContingencyTable(
  table: readonly (readonly number[])[],
  caller: string,
): ReducedContingencyTable {
  if (table.length === 0 || table[0].length === 0) {
    throw new Error(
      `${caller}: the table must have at least one row and one column, got an empty table.`,
    );
  }
  const columns = table[0].length;
  const rowSums = new Array<number>(table.length).fill(0);
  const columnSums = new Array<number>(columns).fill(0);
  for (let i = 0; i < table.length; i++) {
    const row = table[i];
    if (row.length !== columns) {
      throw new Error(
        `${caller}: row ${i} has ${row.length} counts, expected ${columns} as in row 0.`,
      );
    }
    for (let j = 0; j < columns; j++) {
      const count = row[j];
      if (!(count >= 0) || count === Infinity) {
        throw new Error(
          `${caller}: count at row ${i}, column ${j} is ${count}, expected a finite number >= 0.`,
        );
      }
      rowSums[i] += count;
      columnSums[j] += count;
    }
  }
  const rowIndices = rowSums.flatMap((sum, i) => (sum > 0 ? [i] : []));
  const columnIndices = columnSums.flatMap((sum, j) => (sum > 0 ? [j] : []));
  if (rowIndices.length === 0) {
    throw new Error(
      `${caller}: every count in the table is 0, expected at least one positive count.`,
    );
  }
  const observed = rowIndices.map((i) => columnIndices.map((j) => table[i][j]));
  const rowTotals = rowIndices.map((i) => rowSums[i]);
  const columnTotals = columnIndices.map((j) => columnSums[j]);
  let total = 0;
  for (const sum of rowTotals) total += sum;
  return { observed, rowIndices, columnIndices, rowTotals, columnTotals, total };
}

/**
 * Pearson's chi-square statistic `Σ (O - E)² / E` of a reduced table with
 * `E = rowTotal · columnTotal / total`, optionally with Yates' continuity correction
 * (each `O` moved toward `E` by `min(0.5, |O - E|)`, as SciPy does since 1.7, gh-13875).
 *
 * @returns the statistic and the expected frequencies of the kept cells.
 */
export function pearsonChiSquare(
  reduced: ReducedContingencyTable,
  yatesCorrection: boolean,
): { statistic: number; expected: number[][] } {
  const { observed, rowTotals, columnTotals, total } = reduced;
  let statistic = 0;
  const expected = rowTotals.map((rowTotal, i) =>
    columnTotals.map((columnTotal, j) => {
      // (row · column) / total in this order, as scipy.stats.contingency.expected_freq.
      const e = (rowTotal * columnTotal) / total;
      let o = observed[i][j];
      if (yatesCorrection) {
        const difference = e - o;
        o += Math.sign(difference) * Math.min(0.5, Math.abs(difference));
      }
      statistic += ((o - e) * (o - e)) / e;
      return e;
    }),
  );
  return { statistic, expected };
}
