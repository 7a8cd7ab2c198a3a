import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ksTest, ksTestSorted } from '../../src/stats/ks-test.ts';
import { closeToReference, loadKsVectors, materialize } from './ks-vectors.ts';

const vectors = loadKsVectors();

test('ksTest matches scipy.stats.ks_2samp on every reference vector to 1e-9 relative', () => {
  assert.ok(vectors.ks2samp.length > 90, 'the fixture holds the full vector set');
  const failures: string[] = [];
  for (const v of vectors.ks2samp) {
    const got = ksTest(materialize(v.a), materialize(v.b), { method: v.method });
    if (!closeToReference(got.statistic, v.statistic)) {
      failures.push(`${v.name}: statistic ${got.statistic} vs SciPy ${v.statistic}`);
    }
    if (!closeToReference(got.pValue, v.pValue)) {
      failures.push(`${v.name}: p ${got.pValue} vs SciPy ${v.pValue}`);
    }
    if (got.method !== v.methodUsed) {
      failures.push(`${v.name}: method ${got.method} vs SciPy ${v.methodUsed}`);
    }
    if ((got.warning !== undefined) !== v.warned) {
      failures.push(`${v.name}: warning ${got.warning} but SciPy warned=${v.warned}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('ksTest JSDoc example: 3 values entirely below 7 give D = 1 and the exact p = 1/60', () => {
  assert.deepEqual(ksTest([1, 2, 3], [4, 5, 6, 7, 8, 9, 10]), {
    statistic: 1,
    pValue: 0.01666666666666667,
    method: 'exact',
  });
});

test('ksTestSorted JSDoc example: identical samples give D = 0 and p = 1', () => {
  assert.deepEqual(ksTestSorted(Float64Array.of(0, 1, 2), Float64Array.of(0, 1, 2)), {
    statistic: 0,
    pValue: 1,
    method: 'exact',
  });
});

test('ksTest uses the exact method up to 10000 values per sample and asymp beyond', () => {
  const small = Float64Array.from({ length: 10000 }, (_, i) => i);
  const interleaved = Float64Array.from({ length: 5000 }, (_, i) => 2 * i + 0.5);
  const large = Float64Array.from({ length: 10001 }, (_, i) => i + 0.5);
  assert.equal(ksTest(small, interleaved).method, 'exact');
  assert.equal(ksTest(large, small).method, 'asymp');
});

test('ksTest does not modify or depend on the order of its inputs', () => {
  const a = [3, 1, 2, 9, -4];
  const b = [0.5, 7, 7, -1];
  const before = [...a];
  const forward = ksTest(a, b);
  assert.deepEqual(a, before);
  assert.deepEqual(ksTest([...a].reverse(), [...b].reverse()), forward);
});

test('ksTest treats -0 and +0 as the same value, as a tie', () => {
  const result = ksTest([-0, 1], [0, 1]);
  assert.equal(result.statistic, 0);
  assert.equal(result.pValue, 1);
});

test('ksTest forced exact on sizes whose lcm overflows int32 falls back to asymp and says why', () => {
  const a = Float64Array.from({ length: 46341 }, (_, i) => i / 46341);
  const b = Float64Array.from({ length: 46343 }, (_, i) => (i + 0.3) / 46343);
  const result = ksTest(a, b, { method: 'exact' });
  assert.equal(result.method, 'asymp');
  assert.match(result.warning ?? '', /samples sizes 46341 and 46343\. Switching to 'asymp'/);
});

test('ksTest rejects an empty sample and names it', () => {
  assert.throws(() => ksTest([], [1]), /sample 'a' is empty/);
  assert.throws(() => ksTest([1], new Float64Array(0)), /sample 'b' is empty/);
});

test('ksTest rejects NaN and names the sample and index', () => {
  assert.throws(() => ksTest([1, 2], [3, NaN]), /sample 'b' has NaN at index 1/);
});

test('ksTestSorted rejects an empty sample', () => {
  assert.throws(() => ksTestSorted(new Float64Array(0), Float64Array.of(1)), /sample 'a' is empty/);
});
