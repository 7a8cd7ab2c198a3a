import assert from 'node:assert/strict';
import { test } from 'node:test';

import { kolmogorovDurbinMatrixCdf } from '../../src/stats/ks-durbin-matrix-cdf.ts';
import { greatestCommonDivisor, ksExactTwoSidedPValue } from '../../src/stats/ks-exact-p-value.ts';
import { kolmogorovPelzGoodCdf } from '../../src/stats/ks-pelz-good-cdf.ts';
import { kolmogorovPomeranzCdf } from '../../src/stats/ks-pomeranz-cdf.ts';
import { smirnovOneSidedSf } from '../../src/stats/ks-smirnov-one-sided-sf.ts';

// Literal values of the JSDoc examples; SciPy's own values, for reference, are in comments
// (they agree to the last digit or two).
test('kolmogorovDurbinMatrixCdf JSDoc example', () => {
  assert.equal(kolmogorovDurbinMatrixCdf(10, 0.274), 0.6284796154565043); // SciPy: same
});

test('kolmogorovPomeranzCdf JSDoc example', () => {
  assert.equal(kolmogorovPomeranzCdf(10, 0.5), 0.9922225900000009); // SciPy: same
});

test('kolmogorovPelzGoodCdf JSDoc example', () => {
  assert.equal(kolmogorovPelzGoodCdf(1000, 0.03), 0.6773097856085364); // SciPy: same
});

test('smirnovOneSidedSf JSDoc example', () => {
  assert.equal(smirnovOneSidedSf(5, 0.5), 0.055999999999999994); // SciPy: 0.056
});

test('ksExactTwoSidedPValue JSDoc example: disjoint 3 vs 7 is 2 paths out of C(10, 3) = 120', () => {
  assert.equal(ksExactTwoSidedPValue(3, 7, 21), 0.01666666666666667);
  assert.ok(Math.abs(ksExactTwoSidedPValue(3, 7, 21) - 2 / 120) < 1e-15);
});

test('ksExactTwoSidedPValue is 1 when the statistic is 0', () => {
  assert.equal(ksExactTwoSidedPValue(4, 6, 0), 1);
});

test('the Durbin and Pomeranz CDFs agree where both are exact', () => {
  for (const [n, x] of [
    [10, 0.25],
    [30, 0.2],
    [100, 0.1],
  ]) {
    const durbin = kolmogorovDurbinMatrixCdf(n, x);
    const pomeranz = kolmogorovPomeranzCdf(n, x);
    assert.ok(Math.abs(durbin - pomeranz) < 1e-12, `n=${n} x=${x}: ${durbin} vs ${pomeranz}`);
  }
});

test('greatestCommonDivisor', () => {
  assert.equal(greatestCommonDivisor(20000, 3000), 1000);
  assert.equal(greatestCommonDivisor(7, 13), 1);
});
