import assert from 'node:assert/strict';
import { test } from 'node:test';

import { kolmogorovSmirnovTwoSidedSf } from '../../src/stats/kolmogorov-smirnov-two-sided-sf.ts';
import { closeToReference, loadKsVectors } from './ks-vectors.ts';

test('kolmogorovSmirnovTwoSidedSf matches scipy.stats.kstwo.sf over every branch to 1e-9', () => {
  const { kstwoSf } = loadKsVectors();
  assert.ok(kstwoSf.length > 1000, 'the fixture holds the full grid');
  const failures: string[] = [];
  for (const [x, n, want] of kstwoSf) {
    const got = kolmogorovSmirnovTwoSidedSf(x, n);
    if (!closeToReference(got, want)) failures.push(`sf(${x}, ${n}) = ${got}, SciPy ${want}`);
  }
  assert.deepEqual(failures, []);
});

test('kolmogorovSmirnovTwoSidedSf JSDoc example: sf(0.1, 100)', () => {
  assert.equal(kolmogorovSmirnovTwoSidedSf(0.1, 100), 0.2526927570063875);
});

test('kolmogorovSmirnovTwoSidedSf is 1 below the support 1/(2n) and 0 from 1 on', () => {
  assert.equal(kolmogorovSmirnovTwoSidedSf(0.005, 100), 1);
  assert.equal(kolmogorovSmirnovTwoSidedSf(1, 100), 0);
  assert.equal(kolmogorovSmirnovTwoSidedSf(2, 3), 0);
});

test('kolmogorovSmirnovTwoSidedSf is NaN for a sample size that is not a positive integer', () => {
  assert.ok(Number.isNaN(kolmogorovSmirnovTwoSidedSf(0.2, 0)));
  assert.ok(Number.isNaN(kolmogorovSmirnovTwoSidedSf(0.2, 2.5)));
  assert.ok(Number.isNaN(kolmogorovSmirnovTwoSidedSf(NaN, 10)));
});
