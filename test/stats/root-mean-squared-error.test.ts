import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rootMeanSquaredError } from '../../src/stats/root-mean-squared-error.ts';
import { assertClose } from './assert-close.ts';
import { regressionCases } from './regression-metric-vectors.ts';

for (const reference of regressionCases) {
  test(`rootMeanSquaredError matches sklearn mean_squared_error(squared=False): ${reference.name}`, () => {
    assertClose(
      rootMeanSquaredError(reference.actual, reference.predicted),
      reference.rootMeanSquaredError,
      'RMSE',
    );
  });
}

test('rootMeanSquaredError gives the documented example', () => {
  assert.equal(rootMeanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]), 0.6123724356957945);
});

test('rootMeanSquaredError rejects mismatched lengths and infinite values', () => {
  assert.throws(() => rootMeanSquaredError([1], [1, 2]), /actual has 1 values and predicted has 2/);
  assert.throws(() => rootMeanSquaredError([Infinity], [1]), /actual\[0\] is Infinity/);
});
