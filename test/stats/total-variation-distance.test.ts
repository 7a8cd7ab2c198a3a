import assert from 'node:assert/strict';
import { test } from 'node:test';
import { totalVariationDistance } from '../../src/stats/total-variation-distance.ts';
import { assertClose, readVectors } from './assert-close.ts';

interface DistanceCase {
  countsA: number[];
  countsB: number[];
  distance: number;
}

test('totalVariationDistance matches half the numpy L1 distance of the proportions', () => {
  const cases = readVectors<DistanceCase>('total-variation-distance');
  assert.ok(cases.length > 10);
  for (const { countsA, countsB, distance } of cases) {
    assertClose(totalVariationDistance(countsA, countsB), distance, `${countsA} vs ${countsB}`);
  }
});

test('totalVariationDistance moves a quarter of the mass in the documented example', () => {
  assert.equal(totalVariationDistance([25, 25, 50], [25, 50, 25]), 0.25);
});

test('totalVariationDistance is 0 for proportional counts and 1 for disjoint categories', () => {
  assert.equal(totalVariationDistance(new Float64Array([1, 2, 3]), [10, 20, 30]), 0);
  assert.equal(totalVariationDistance([3, 0], [0, 7]), 1);
});

test('totalVariationDistance rejects mismatched lengths, negative counts and empty samples', () => {
  assert.throws(
    () => totalVariationDistance([1, 2], [1, 2, 3]),
    /countsA has 2 categories and countsB has 3/,
  );
  assert.throws(() => totalVariationDistance([1, -2], [1, 2]), /countsA\[1\] is -2/);
  assert.throws(() => totalVariationDistance([1, 2], [0, 0]), /countsB sums to 0/);
});
