/**
 * Merges the profiles of two parts of one data set (rows of `first`, then rows of
 * `second`) into the profile of the whole. Which fields merge exactly is documented in
 * column-profile.ts: with sorted values present, everything but capped `invalid`
 * examples is exactly what profiling the whole would give.
 */
import { meanAndStandardDeviation } from '../stats/mean-and-standard-deviation.ts';
import { chanCombinedMoments } from '../stats/chan-combined-moments.ts';
import type { CategoricalProfile, ColumnProfile, NumericProfile } from './column-profile.ts';
import { mergeQuantileSketches, quantileSketchFromSorted } from './quantile-sketch.ts';

/** Examples of invalid cells kept in a merged profile. */
const MAX_INVALID_EXAMPLES = 5;

/**
 * @throws Error naming the column when the parts differ in name or kind.
 */
export function mergeColumnProfiles(first: ColumnProfile, second: ColumnProfile): ColumnProfile {
  if (first.name !== second.name || first.kind !== second.kind) {
    throw new Error(
      `Cannot merge the profile of ${first.kind} column '${first.name}' with that of ${second.kind} column '${second.name}'. Expected two parts of the same column.`,
    );
  }
  return first.kind === 'numeric'
    ? mergeNumeric(first, second as NumericProfile)
    : mergeCategorical(first, second as CategoricalProfile);
}

function mergeNumeric(a: NumericProfile, b: NumericProfile): NumericProfile {
  if (a.sketch || b.sketch) return mergeSketched(a, b);
  const sorted = mergeSorted(a.sorted, b.sorted);
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  }
  const invalidCount = (a.invalid?.count ?? 0) + (b.invalid?.count ?? 0);
  const examples = [...new Set([...(a.invalid?.examples ?? []), ...(b.invalid?.examples ?? [])])];
  return {
    kind: 'numeric',
    name: a.name,
    rowCount: a.rowCount + b.rowCount,
    missing: a.missing + b.missing,
    count: sorted.length,
    sorted,
    mean,
    standardDeviation,
    distinct,
    integerValued: a.integerValued && b.integerValued,
    order: mergedOrder(a, b),
    ...(invalidCount > 0
      ? { invalid: { count: invalidCount, examples: examples.slice(0, MAX_INVALID_EXAMPLES) } }
      : {}),
  };
}

/**
 * Parts of which at least one holds a quantile sketch (a compact profile): the sketches
 * merge (mergeQuantileSketches; a part with sorted values counts as an exact sketch) and
 * are pruned back to the coarser part's bound; moments combine by Chan's formulas; the
 * distinct count is an upper bound; row order is unknown.
 */
function mergeSketched(a: NumericProfile, b: NumericProfile): NumericProfile {
  // Below 1 / (2 count) the sketch keeps every distinct value: exact.
  const asSketch = (p: NumericProfile) =>
    p.sketch ?? quantileSketchFromSorted(p.sorted, 0.5 / (p.count + 1));
  const bound = Math.max(a.sketch?.rankErrorBound ?? 0, b.sketch?.rankErrorBound ?? 0);
  const sketch = mergeQuantileSketches(asSketch(a), asSketch(b), Math.max(bound, Number.MIN_VALUE));
  const moments = chanCombinedMoments(a, b);
  const invalidCount = (a.invalid?.count ?? 0) + (b.invalid?.count ?? 0);
  const examples = [...new Set([...(a.invalid?.examples ?? []), ...(b.invalid?.examples ?? [])])];
  return {
    kind: 'numeric',
    name: a.name,
    rowCount: a.rowCount + b.rowCount,
    missing: a.missing + b.missing,
    count: a.count + b.count,
    sorted: new Float64Array(0),
    sketch,
    mean: moments.mean,
    standardDeviation: moments.standardDeviation,
    distinct: a.distinct + b.distinct,
    integerValued: a.integerValued && b.integerValued,
    order: 'none',
    ...(invalidCount > 0
      ? { invalid: { count: invalidCount, examples: examples.slice(0, MAX_INVALID_EXAMPLES) } }
      : {}),
  };
}

/** Row order of `a` followed by `b`; a constant part is both increasing and decreasing. */
function mergedOrder(a: NumericProfile, b: NumericProfile): NumericProfile['order'] {
  if (a.count === 0) return b.order;
  if (b.count === 0) return a.order;
  const constant = (p: NumericProfile) => p.sorted[0] === p.sorted[p.count - 1];
  const rising = (p: NumericProfile) => p.order === 'increasing';
  const falling = (p: NumericProfile) => p.order === 'decreasing' || constant(p);
  if (rising(a) && rising(b) && a.sorted[a.count - 1] <= b.sorted[0]) return 'increasing';
  if (falling(a) && falling(b) && a.sorted[0] >= b.sorted[b.count - 1]) return 'decreasing';
  return 'none';
}

/** Merge of two ascending arrays, -0 before +0 as Float64Array.prototype.sort orders them. */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    const takeB = y < x || (y === 0 && x === 0 && Object.is(y, -0) && !Object.is(x, -0));
    out[k++] = takeB ? b[j++] : a[i++];
  }
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

function mergeCategorical(a: CategoricalProfile, b: CategoricalProfile): CategoricalProfile {
  const byLabel = new Map<string, number>();
  a.categories.forEach((label, i) => byLabel.set(label, a.counts[i]));
  b.categories.forEach((label, i) => byLabel.set(label, (byLabel.get(label) ?? 0) + b.counts[i]));
  return {
    kind: 'categorical',
    name: a.name,
    rowCount: a.rowCount + b.rowCount,
    missing: a.missing + b.missing,
    count: a.count + b.count,
    categories: [...byLabel.keys()],
    counts: Float64Array.from(byLabel.values()),
  };
}
