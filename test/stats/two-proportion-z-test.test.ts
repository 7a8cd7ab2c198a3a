import assert from 'node:assert/strict';
import { test } from 'node:test';
import { twoProportionZTest } from '../../src/stats/two-proportion-z-test.ts';
import { assertClose, readVectors } from './assert-close.ts';

interface Case {
  count1: number;
  nobs1: number;
  count2: number;
  nobs2: number;
  statistic: number | null;
  pValue: number | null;
}

for (const c of readVectors<Case>('two-proportion-z-test')) {
  test(`twoProportionZTest matches statsmodels proportions_ztest for ${c.count1}/${c.nobs1} vs ${c.count2}/${c.nobs2}`, () => {
    const result = twoProportionZTest(c.count1, c.nobs1, c.count2, c.nobs2);
    assertClose(result.statistic, c.statistic, 'statistic');
    // Far in the tail statsmodels' 2 * norm.sf and the chi-square(1) survival both
    // keep full relative precision, so the tolerance is the same everywhere.
    assertClose(result.pValue, c.pValue, 'pValue');
    assert.equal(result.difference, c.count1 / c.nobs1 - c.count2 / c.nobs2);
  });
}

test('twoProportionZTest is undefined (NaN) when neither sample has a success', () => {
  const result = twoProportionZTest(0, 100, 0, 50);
  assert.ok(Number.isNaN(result.statistic));
  assert.ok(Number.isNaN(result.pValue));
  assert.equal(result.difference, 0);
});

test('twoProportionZTest refuses a count larger than its sample, naming it', () => {
  assert.throws(
    () => twoProportionZTest(5, 4, 1, 10),
    /the first count is 5, expected a whole number from 0 to 4/,
  );
  assert.throws(() => twoProportionZTest(1, 10, 1, 0), /the second sample size is 0/);
});
