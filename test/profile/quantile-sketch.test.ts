import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  countAtMostBounds,
  distinctCountsSorted,
  estimatedCdf,
  estimatedQuantile,
  mergeQuantileSketches,
  quantileSketchFromCounts,
  quantileSketchFromSorted,
  sortedFromRuns,
} from '../../src/profile/quantile-sketch.ts';
import type { QuantileSketch } from '../../src/profile/quantile-sketch.ts';
import { ksTestAgainstSketch } from '../../src/profile/ks-test-against-sketch.ts';
import { ksTestSorted } from '../../src/stats/ks-test.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

/** Normal values rounded to 2 decimals, so the data has many ties, as real columns do. */
function sample(seed: number, n: number, mean = 0): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from(normalSample(random, n, mean), (x) => Math.round(x * 100) / 100).sort();
}

/** Largest |F̂(x) - F(x)| over every data value and the midpoints between distinct values. */
function worstCdfError(sketch: QuantileSketch, sorted: Float64Array): number {
  const n = sorted.length;
  let worst = 0;
  let atMost = 0;
  for (let i = 0; i < n; i++) {
    if (i + 1 < n && sorted[i + 1] === sorted[i]) continue;
    atMost = i + 1;
    worst = Math.max(worst, Math.abs(estimatedCdf(sketch, sorted[i]) - atMost / n));
    if (i + 1 < n) {
      const between = (sorted[i] + sorted[i + 1]) / 2;
      worst = Math.max(worst, Math.abs(estimatedCdf(sketch, between) - atMost / n));
    }
  }
  return Math.max(worst, Math.abs(estimatedCdf(sketch, sorted[0] - 1)));
}

test('quantileSketchFromCounts JSDoc example: three values at rank error 0.5 keep the ends, bound 1/6', () => {
  const s = quantileSketchFromCounts(Float64Array.of(1, 2, 3), Float64Array.of(1, 1, 1), 0.5);
  assert.deepEqual([...s.values], [1, 3]);
  assert.equal(s.rankErrorBound, 1 / 6);
});

test('a sketch states a bound within the requested rank error and keeps about 1/(2ε) values', () => {
  const data = sample(1, 50_000);
  for (const epsilon of [0.01, 0.001]) {
    const s = quantileSketchFromSorted(data, epsilon);
    assert.ok(s.rankErrorBound <= epsilon, `bound ${s.rankErrorBound} <= ${epsilon}`);
    assert.ok(s.values.length <= 1 / (2 * epsilon) + 3, `${s.values.length} values kept`);
    assert.equal(s.values[0], data[0]);
    assert.equal(s.values[s.values.length - 1], data[data.length - 1]);
  }
});

test('the estimated CDF is within the stated bound of the exact CDF everywhere', () => {
  const data = sample(2, 20_000);
  const s = quantileSketchFromSorted(data, 0.005);
  const worst = worstCdfError(s, data);
  assert.ok(worst <= s.rankErrorBound + 1e-15, `worst ${worst} vs bound ${s.rankErrorBound}`);
  assert.ok(worst > 0, 'dropping values does lose information');
});

test('a sketch that drops nothing is exact: bound 0 and the exact KS D', () => {
  const reference = sample(3, 3_000);
  const recent = sample(4, 1_000, 0.2);
  const s = quantileSketchFromSorted(reference, 1e-6);
  assert.equal(s.rankErrorBound, 0);
  const exact = ksTestSorted(reference, recent, { method: 'asymp' });
  assert.equal(ksTestAgainstSketch(s, recent).statistic, exact.statistic);
  assert.equal(ksTestAgainstSketch(s, recent).pValue, exact.pValue);
});

test('KS D against a sketch is within its bound of the exact D, with and without drift', () => {
  for (const [seed, shift] of [
    [5, 0],
    [6, 0.05],
    [7, 0.5],
  ]) {
    const reference = sample(seed, 40_000);
    const recent = sample(seed + 100, 8_000, shift);
    const exact = ksTestSorted(reference, recent, { method: 'asymp' });
    const s = quantileSketchFromSorted(reference, 0.002);
    const approx = ksTestAgainstSketch(s, recent);
    assert.ok(
      Math.abs(approx.statistic - exact.statistic) <= approx.rankErrorBound,
      `shift ${shift}: |${approx.statistic} - ${exact.statistic}| <= ${approx.rankErrorBound}`,
    );
    assert.equal(approx.method, 'asymp');
    assert.ok(approx.pValue >= 0 && approx.pValue <= 1);
  }
});

test('merging the sketches of two parts summarizes the union within the merged bound', () => {
  const left = sample(8, 30_000);
  const right = sample(9, 10_000, 1);
  const union = Float64Array.from([...left, ...right]).sort();
  const merged = mergeQuantileSketches(
    quantileSketchFromSorted(left, 0.002),
    quantileSketchFromSorted(right, 0.002),
    0.004,
  );
  assert.equal(merged.count, union.length);
  assert.ok(merged.rankErrorBound <= 0.004, `merged bound ${merged.rankErrorBound}`);
  const worst = worstCdfError(merged, union);
  assert.ok(worst <= merged.rankErrorBound + 1e-15, `worst ${worst} vs ${merged.rankErrorBound}`);
});

test('merging exact sketches of parts gives the exact sketch of the whole', () => {
  const left = sample(10, 500);
  const right = sample(11, 700, 0.3);
  const union = Float64Array.from([...left, ...right]).sort();
  const merged = mergeQuantileSketches(
    quantileSketchFromSorted(left, 1e-6),
    quantileSketchFromSorted(right, 1e-6),
    1e-6,
  );
  const whole = quantileSketchFromSorted(union, 1e-6);
  assert.deepEqual(merged, whole);
});

test('bounds and quantiles: below the minimum nothing, at the maximum everything, the median near 0', () => {
  const data = sample(12, 10_000);
  const s = quantileSketchFromSorted(data, 0.01);
  assert.deepEqual(countAtMostBounds(s, data[0] - 1), { low: 0, high: 0 });
  assert.deepEqual(countAtMostBounds(s, data[data.length - 1]), { low: 10_000, high: 10_000 });
  const median = estimatedQuantile(s, 0.5);
  assert.ok(Math.abs(estimatedCdf(s, median) - 0.5) <= 0.02, `F̂(${median})`);
});

test('a rank error outside (0, 0.5] is refused with the value and the expected range', () => {
  assert.throws(
    () => quantileSketchFromSorted(Float64Array.of(1), 0),
    /rank error 0 is out of range; expected a number in \(0, 0\.5\]/,
  );
});

test('sortedFromRuns matches the documented example and undoes distinctCountsSorted, signed zeros kept', () => {
  assert.deepEqual(
    sortedFromRuns(Float64Array.of(1, 2), Float64Array.of(2, 1)),
    Float64Array.of(1, 1, 2),
  );
  const sorted = Float64Array.of(-3, -0, -0, 0, 2.5, 2.5, 2.5, 7);
  const { distinct, counts } = distinctCountsSorted(sorted, true);
  const back = sortedFromRuns(distinct, counts);
  assert.equal(back.length, sorted.length);
  sorted.forEach((v, i) => assert.ok(Object.is(back[i], v), `index ${i}`));
});
