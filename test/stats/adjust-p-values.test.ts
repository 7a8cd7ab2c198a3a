import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustPValues, type PValueAdjustmentMethod } from '../../src/stats/adjust-p-values.ts';
import { benjaminiHochberg } from '../../src/stats/benjamini-hochberg.ts';

const pValues = [0.01, 0.04, 0.03, 0.2];

test('adjustPValues with bonferroni gives the documented example', () => {
  assert.deepEqual(adjustPValues([0.01, 0.04], 'bonferroni'), new Float64Array([0.02, 0.08]));
});

test('adjustPValues with benjamini-hochberg delegates to benjaminiHochberg', () => {
  assert.deepEqual(adjustPValues(pValues, 'benjamini-hochberg'), benjaminiHochberg(pValues));
});

test('adjustPValues with none returns a validated copy of the raw p-values', () => {
  const input = new Float64Array(pValues);
  const adjusted = adjustPValues(input, 'none');
  assert.deepEqual(adjusted, input);
  assert.notEqual(adjusted, input);
  assert.throws(() => adjustPValues([NaN], 'none'), /adjustPValues: pValues\[0\] is NaN/);
});

test('adjustPValues rejects an unknown method naming the choices', () => {
  assert.throws(
    () => adjustPValues(pValues, 'holm' as PValueAdjustmentMethod),
    /unknown method 'holm', expected one of benjamini-hochberg, bonferroni, none/,
  );
});
