/**
 * Builds the profile of one loaded column (see column-profile.ts). Pure.
 */
import type { CategoricalColumn, Column, NumericColumn } from '../shared/table.ts';
import { meanAndStandardDeviation } from '../stats/mean-and-standard-deviation.ts';
import { sortedWithoutNaN } from '../stats/sorted-without-nan.ts';
import type { SortWorkspace } from '../stats/sorted-without-nan.ts';
import type {
  CategoricalProfile,
  ColumnProfile,
  NumericProfile,
  ValueOrder,
} from './column-profile.ts';

/**
 * The profile of a numeric column. With a workspace, `sorted` is a view of the
 * workspace's buffer (valid until its next use), so a worker profiling column after
 * column allocates nothing per column; copy `sorted` to keep the profile.
 */
export function profileNumericColumn(
  column: NumericColumn,
  workspace?: SortWorkspace,
): NumericProfile {
  // Row order first: a workspace whose output is the column's own buffer sorts it in place.
  const order = valueOrder(column.values);
  const sorted = sortedWithoutNaN(column.values, workspace);
  // The moments are taken over the sorted values, as the KS test has always done: a
  // merged profile recomputes them from merged sorted values and gets the same bits.
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  let distinct = 0;
  let integerValued = true;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
    if (integerValued && !Number.isInteger(sorted[i])) integerValued = false;
  }
  return {
    kind: 'numeric',
    name: column.name,
    rowCount: column.values.length,
    missing: column.missing,
    count: sorted.length,
    sorted,
    mean,
    standardDeviation,
    distinct,
    integerValued,
    order,
    ...(column.invalid ? { invalid: column.invalid } : {}),
  };
}

/** Row order of the non-NaN values (see ValueOrder). */
export function valueOrder(values: Float64Array): ValueOrder {
  let increasing = true;
  let decreasing = true;
  let previous = Number.NaN;
  for (let i = 0; i < values.length && (increasing || decreasing); i++) {
    const v = values[i];
    if (v !== v) continue;
    if (previous === previous) {
      if (v < previous) increasing = false;
      if (v > previous) decreasing = false;
    }
    previous = v;
  }
  return increasing ? 'increasing' : decreasing ? 'decreasing' : 'none';
}

/** The profile of a categorical column: its category counts, labels merged by name. */
export function profileCategoricalColumn(column: CategoricalColumn): CategoricalProfile {
  const byCode = new Float64Array(column.categories.length);
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i];
    if (code >= 0) byCode[code]++;
  }
  // Two codes can carry one label (a loader that merged parts): count them as one.
  const byLabel = new Map<string, number>();
  column.categories.forEach((label, i) => {
    if (byCode[i] > 0) byLabel.set(label, (byLabel.get(label) ?? 0) + byCode[i]);
  });
  const counts = Float64Array.from(byLabel.values());
  return {
    kind: 'categorical',
    name: column.name,
    rowCount: column.codes.length,
    missing: column.missing,
    count: counts.reduce((sum, c) => sum + c, 0),
    categories: [...byLabel.keys()],
    counts,
  };
}

export function profileColumn(column: Column, workspace?: SortWorkspace): ColumnProfile {
  return column.kind === 'numeric'
    ? profileNumericColumn(column, workspace)
    : profileCategoricalColumn(column);
}
