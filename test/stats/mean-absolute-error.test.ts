import assert from 'node:assert/strict';
import { test } from 'node:test';
import { meanAbsoluteError } from '../../src/stats/mean-absolute-error.ts';
import { assertClose } from './assert-close.ts';
import { regressionCases } from './regression-metric-vectors.ts';

for (const reference of regressionCases) {
  test(`meanAbsoluteError matches sklearn mean_absolute_error: ${reference.name}`, () => {
    assertClose(
      meanAbsoluteError(reference.actual, reference.predicted),
      reference.meanAbsoluteError,
      'MAE',
    );
  });
}

test('meanAbsoluteError gives the documented example', () => {
  assert.equal(meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 8]), 0.5);
});

test('meanAbsoluteError rejects empty input naming both lengths', () => {
  assert.throws(
    () => meanAbsoluteError([], []),
    /actual has 0 values and predicted has 0, expected the same non-zero length/,
  );
});
