import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logGamma } from '../../src/stats/log-gamma.ts';

test('logGamma(0.5) is ln √π, the documented example', () => {
  assert.equal(logGamma(0.5), 0.5723649429247);
  assert.ok(Math.abs(logGamma(0.5) - Math.log(Math.sqrt(Math.PI))) < 1e-15);
});

test('logGamma is exactly 0 at 1 and 2, where ln Γ has its zeros', () => {
  assert.equal(logGamma(1), 0);
  assert.equal(logGamma(2), 0);
});

test('logGamma matches ln((n - 1)!) for integers across the rational and Stirling branches', () => {
  let logFactorial = 0;
  for (let n = 2; n <= 60; n++) {
    logFactorial += Math.log(n - 1);
    const error = Math.abs(logGamma(n) - logFactorial);
    assert.ok(error <= 1e-13 * Math.max(1, logFactorial), `n = ${n}: error ${error}`);
  }
});

test('logGamma matches scipy.special.gammaln at large arguments', () => {
  // scipy.special.gammaln(1000.5), gammaln(1e5), gammaln(1e9)
  assert.ok(Math.abs(logGamma(1000.5) / 5908.674175848678 - 1) < 1e-14);
  assert.ok(Math.abs(logGamma(1e5) / 1051287.7089736569 - 1) < 1e-14);
  assert.ok(Math.abs(logGamma(1e9) / 19723265827.503716 - 1) < 1e-14);
});

test('logGamma rejects zero, negative and NaN arguments naming the value', () => {
  assert.throws(() => logGamma(0), /x must be a positive number, got 0/);
  assert.throws(() => logGamma(-1.5), /got -1.5/);
  assert.throws(() => logGamma(NaN), /got NaN/);
});
