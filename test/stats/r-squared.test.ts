import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rSquared } from '../../src/stats/r-squared.ts';
import { assertClose } from './assert-close.ts';
import { regressionCases } from './regression-metric-vectors.ts';

for (const reference of regressionCases) {
  test(`rSquared matches sklearn r2_score: ${reference.name}`, () => {
    assertClose(rSquared(reference.actual, reference.predicted), reference.rSquared, 'R²');
  });
}

test('rSquared gives the documented example (the scikit-learn docs example)', () => {
  assert.equal(rSquared([3, -0.5, 2, 7], [2.5, 0, 2, 8]), 0.9486081370449679);
});

test('rSquared follows sklearn for constant actual values: 1 if perfect, else 0', () => {
  assert.equal(rSquared([4, 4, 4], [4, 4, 4]), 1);
  assert.equal(rSquared([4, 4, 4], [4, 4, 5]), 0);
});

test('rSquared of a single sample is NaN, as sklearn', () => {
  assert.ok(Number.isNaN(rSquared([2], [3])));
});

test('rSquared rejects mismatched lengths, empty input and non-finite values', () => {
  assert.throws(() => rSquared([1, 2, 3], [1, 2]), /actual has 3 values and predicted has 2/);
  assert.throws(() => rSquared([], []), /actual has 0 values and predicted has 0/);
  assert.throws(
    () => rSquared([1, 2], [1, NaN]),
    /predicted\[1\] is NaN, expected a finite number/,
  );
});
