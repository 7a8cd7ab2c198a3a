import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ChunkedNumericSummary } from '../../src/engines/chunked-numeric-summary.ts';
import { ksTestAgainstSketch } from '../../src/profile/ks-test-against-sketch.ts';
import { estimatedCdf, quantileSketchFromSorted } from '../../src/profile/quantile-sketch.ts';
import type { QuantileSketch } from '../../src/profile/quantile-sketch.ts';
import { ksTestSorted } from '../../src/stats/ks-test.ts';
import { meanAndStandardDeviation } from '../../src/stats/mean-and-standard-deviation.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

/** Normal values rounded to 2 decimals (many ties), with every 50th value missing (NaN). */
function column(seed: number, n: number, mean = 0): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from(normalSample(random, n, mean), (x, i) =>
    i % 50 === 7 ? NaN : Math.round(x * 100) / 100,
  );
}

/** Feeds values in pieces of 777, as a streamed scan's chunks arrive. */
function summarize(
  values: Float64Array,
  epsilon: number,
  chunkValues: number,
  distinctLimit = 100,
) {
  const summary = new ChunkedNumericSummary(epsilon, chunkValues, distinctLimit);
  for (let at = 0; at < values.length; at += 777) summary.add(values.subarray(at, at + 777));
  return summary.finish();
}

function sortedWithoutNaN(values: Float64Array): Float64Array {
  return values.filter((v) => v === v).sort();
}

/** Largest |F̂(x) - F(x)| over every data value and the midpoints between distinct values. */
function worstCdfError(sketch: QuantileSketch, sorted: Float64Array): number {
  const n = sorted.length;
  let worst = Math.abs(estimatedCdf(sketch, sorted[0] - 1));
  for (let i = 0; i < n; i++) {
    if (i + 1 < n && sorted[i + 1] === sorted[i]) continue;
    worst = Math.max(worst, Math.abs(estimatedCdf(sketch, sorted[i]) - (i + 1) / n));
    if (i + 1 < n) {
      const between = (sorted[i] + sorted[i + 1]) / 2;
      worst = Math.max(worst, Math.abs(estimatedCdf(sketch, between) - (i + 1) / n));
    }
  }
  return worst;
}

const reference = column(11, 60_000);
const sorted = sortedWithoutNaN(reference);

test('a column that fits in one chunk gets the same sketch and moments as the in-memory profile', () => {
  const parts = summarize(reference, 0.001, reference.length);
  assert.equal(parts.chunks, 1);
  assert.equal(parts.count, sorted.length);
  assert.deepEqual(parts.sketch, quantileSketchFromSorted(sorted, 0.001));
  const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
  assert.equal(parts.mean, mean);
  assert.equal(parts.standardDeviation, standardDeviation);
  assert.equal(parts.integerValued, false);
  assert.equal(parts.exact, undefined);
  assert.equal(parts.distinct, new Set(sorted).size);
});

test('a column streamed in 30 chunks has a sketch within the requested rank error of the exact CDF', () => {
  for (const epsilon of [0.001, 0.01]) {
    const parts = summarize(reference, epsilon, 2000);
    assert.equal(parts.chunks, Math.ceil(sorted.length / 2000));
    assert.equal(parts.count, sorted.length);
    const sketch = parts.sketch!;
    assert.equal(sketch.count, sorted.length);
    assert.equal(sketch.values[0], sorted[0]);
    assert.equal(sketch.values.at(-1), sorted.at(-1));
    assert.ok(sketch.rankErrorBound <= epsilon, `ε ${epsilon}: bound ${sketch.rankErrorBound}`);
    assert.ok(worstCdfError(sketch, sorted) <= sketch.rankErrorBound, `ε ${epsilon}`);
    // Pruned back to about one sketch's size, not 30 chunks' worth.
    const inMemory = quantileSketchFromSorted(sorted, epsilon);
    assert.ok(sketch.values.length <= 2 * inMemory.values.length, `ε ${epsilon}`);
    const { mean, standardDeviation } = meanAndStandardDeviation(sorted);
    assert.ok(Math.abs(parts.mean - mean) <= 1e-12 * Math.abs(standardDeviation));
    assert.ok(Math.abs(parts.standardDeviation - standardDeviation) <= 1e-12 * standardDeviation);
    // Across chunks the distinct count is an upper bound, at most the count.
    assert.ok(parts.distinct >= new Set(sorted).size && parts.distinct <= parts.count);
  }
});

test('the KS test of a recent window against the chunked sketch is within the bound of the exact test', () => {
  for (const shift of [0, 0.05, 0.5]) {
    const recent = sortedWithoutNaN(column(12, 5000, shift));
    const sketch = summarize(reference, 0.001, 4096).sketch!;
    const exact = ksTestSorted(sorted, recent, { method: 'asymp' }).statistic;
    const approximate = ksTestAgainstSketch(sketch, recent).statistic;
    assert.ok(
      Math.abs(approximate - exact) <= sketch.rankErrorBound,
      `shift ${shift}: sketch D ${approximate}, exact D ${exact}, bound ${sketch.rankErrorBound}`,
    );
  }
});

test('a column with few distinct values keeps them and their exact counts across chunks', () => {
  const random = seededRandom(5);
  const values = Float64Array.from({ length: 20_000 }, () => Math.floor(random() * 12) - 3);
  values[17] = NaN;
  const parts = summarize(values, 0.001, 1500, 12);
  const expected = new Map<number, number>();
  for (const v of values) if (v === v) expected.set(v, (expected.get(v) ?? 0) + 1);
  const keys = [...expected.keys()].sort((a, b) => a - b);
  assert.deepEqual([...parts.exact!.values], keys);
  assert.deepEqual(
    [...parts.exact!.counts],
    keys.map((k) => expected.get(k)),
  );
  assert.equal(parts.integerValued, true);
  assert.equal(parts.count, values.length - 1);
  assert.equal(parts.distinct, 12);
  // One more distinct value than the limit: no longer kept exactly.
  assert.equal(summarize(values, 0.001, 1500, 11).exact, undefined);
});

test('a column without any value has no sketch, a zero count and NaN moments', () => {
  const parts = summarize(new Float64Array([NaN, NaN, NaN]), 0.001, 2);
  assert.equal(parts.count, 0);
  assert.equal(parts.sketch, undefined);
  assert.ok(Number.isNaN(parts.mean));
  assert.equal(parts.chunks, 0);
});

test('a chunk size that is not a positive whole number is refused', () => {
  assert.throws(
    () => new ChunkedNumericSummary(0.001, 0, 10),
    /chunk size 0 is not a positive integer/,
  );
});
