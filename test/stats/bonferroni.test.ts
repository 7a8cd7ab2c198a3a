import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bonferroni } from '../../src/stats/bonferroni.ts';
import { assertClose, readVectors } from './assert-close.ts';

interface AdjustmentCase {
  name: string;
  pValues: number[];
  bonferroni: number[];
}

for (const reference of readVectors<AdjustmentCase>('p-value-adjustment')) {
  test(`bonferroni matches statsmodels multipletests bonferroni: ${reference.name}`, () => {
    const adjusted = bonferroni(reference.pValues);
    assert.equal(adjusted.length, reference.pValues.length);
    adjusted.forEach((p, i) => assertClose(p, reference.bonferroni[i], `[${i}]`));
  });
}

test('bonferroni multiplies by m and caps at 1, the documented example', () => {
  assert.deepEqual(bonferroni([0.01, 0.04, 0.5]), new Float64Array([0.03, 0.12, 1]));
});

test('bonferroni rejects a negative p-value naming the index', () => {
  assert.throws(() => bonferroni([0.2, -0.1]), /bonferroni: pValues\[1\] is -0.1/);
});
