import assert from 'node:assert/strict';
import { test } from 'node:test';
import { meanAndStandardDeviation } from '../../src/stats/mean-and-standard-deviation.ts';
import { assertClose, readVectors } from './assert-close.ts';
import { deterministicSample, type SampleSpec } from './deterministic-sample.ts';

interface MomentsCase {
  sample: SampleSpec;
  count: number;
  firstValues: (number | null)[];
  mean: number;
  standardDeviation: number;
  exactMean: number;
}

for (const reference of readVectors<MomentsCase>('mean-and-standard-deviation')) {
  const { seed, length, center } = reference.sample;
  test(`meanAndStandardDeviation matches numpy mean/std(ddof=0) to 1e-12: seed ${seed}, ${length} values around ${center}`, () => {
    const values = deterministicSample(reference.sample);
    // The generator must reproduce the Python one bit for bit, or the comparison is void.
    reference.firstValues.forEach((v, i) => assert.equal(values[i], v ?? NaN));
    const result = meanAndStandardDeviation(values);
    assert.equal(result.count, reference.count);
    assertClose(result.mean, reference.mean, 'mean vs numpy', 1e-12);
    assertClose(result.mean, reference.exactMean, 'mean vs math.fsum', 1e-15);
    assertClose(result.standardDeviation, reference.standardDeviation, 'std vs numpy', 1e-12);
  });
}

test('meanAndStandardDeviation skips NaN, the documented example', () => {
  assert.deepEqual(meanAndStandardDeviation(new Float64Array([2, 4, NaN, 4, 4, 5, 5, 7, 9])), {
    mean: 5,
    standardDeviation: 2,
    count: 8,
  });
});

test('meanAndStandardDeviation of an all-missing or empty column is NaN with count 0', () => {
  const result = meanAndStandardDeviation(new Float64Array([NaN, NaN]));
  assert.equal(result.count, 0);
  assert.ok(Number.isNaN(result.mean) && Number.isNaN(result.standardDeviation));
  assert.equal(meanAndStandardDeviation(new Float64Array(0)).count, 0);
});

test('meanAndStandardDeviation has no cancellation for a large offset and a tiny spread', () => {
  const result = meanAndStandardDeviation(new Float64Array([1e9 + 1, 1e9 - 1, 1e9 + 1, 1e9 - 1]));
  assert.equal(result.mean, 1e9);
  assert.equal(result.standardDeviation, 1);
});

test('meanAndStandardDeviation stays finite for finite values near the float64 limit (no overflow of the sum or the squares)', () => {
  // numpy overflows to inf here; the exact answer is finite, and the z-score needs it.
  const { mean, standardDeviation } = meanAndStandardDeviation(
    Float64Array.of(1e308, 1.5e308, 1e308, -1e200),
  );
  assert.ok(Math.abs(mean - 0.875e308) <= 1e-15 * 0.875e308, `mean ${mean}`);
  // Deviations from 0.875e308: 0.125, 0.625, 0.125, -0.875 (x 1e308).
  const exact = 1e308 * Math.sqrt((0.125 ** 2 + 0.625 ** 2 + 0.125 ** 2 + 0.875 ** 2) / 4);
  assert.ok(Math.abs(standardDeviation - exact) <= 1e-14 * exact, `std ${standardDeviation}`);
});

test('meanAndStandardDeviation of values around 1e200 has a finite standard deviation', () => {
  const { mean, standardDeviation } = meanAndStandardDeviation(Float64Array.of(1e200, -1e200));
  assert.equal(mean, 0);
  assert.equal(standardDeviation, 1e200);
});
