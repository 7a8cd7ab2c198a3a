import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chanCombinedMoments } from '../../src/stats/chan-combined-moments.ts';
import { meanAndStandardDeviation } from '../../src/stats/mean-and-standard-deviation.ts';
import { assertClose } from './assert-close.ts';
import { normalSample, seededRandom } from '../helpers/random.ts';

test('chanCombinedMoments gives the documented example', () => {
  assert.deepEqual(
    chanCombinedMoments(
      { count: 2, mean: 2, standardDeviation: 1 },
      { count: 2, mean: 6, standardDeviation: 1 },
    ),
    { count: 4, mean: 4, standardDeviation: 2.23606797749979 },
  );
});

test('chanCombinedMoments of two parts agrees with the moments of the whole to 1e-12', () => {
  const random = seededRandom(5);
  for (const [n, split, offset] of [
    [1000, 1, 0],
    [5000, 2500, 1e6],
    [777, 700, -3],
  ]) {
    const values = Float64Array.from(normalSample(random, n, offset, 2));
    const whole = meanAndStandardDeviation(values);
    const combined = chanCombinedMoments(
      meanAndStandardDeviation(values.subarray(0, split)),
      meanAndStandardDeviation(values.subarray(split)),
    );
    assert.equal(combined.count, n);
    assertClose(combined.mean, whole.mean, `mean n=${n}`, 1e-12);
    assertClose(combined.standardDeviation, whole.standardDeviation, `std n=${n}`, 1e-12);
  }
});

test('chanCombinedMoments returns the other part when one part is empty', () => {
  const part = { count: 3, mean: 1, standardDeviation: 0.5 };
  assert.equal(
    chanCombinedMoments({ count: 0, mean: Number.NaN, standardDeviation: Number.NaN }, part),
    part,
  );
});
