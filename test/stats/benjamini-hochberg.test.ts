import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benjaminiHochberg } from '../../src/stats/benjamini-hochberg.ts';
import { assertClose, readVectors } from './assert-close.ts';

interface AdjustmentCase {
  name: string;
  pValues: number[];
  benjaminiHochberg: number[];
}

for (const reference of readVectors<AdjustmentCase>('p-value-adjustment')) {
  test(`benjaminiHochberg matches statsmodels multipletests fdr_bh: ${reference.name}`, () => {
    const adjusted = benjaminiHochberg(reference.pValues);
    assert.equal(adjusted.length, reference.pValues.length);
    adjusted.forEach((p, i) => assertClose(p, reference.benjaminiHochberg[i], `[${i}]`));
  });
}

test('benjaminiHochberg gives the documented example', () => {
  assert.deepEqual(
    benjaminiHochberg([0.01, 0.04, 0.03, 0.2]),
    new Float64Array([0.04, 0.05333333333333334, 0.05333333333333334, 0.2]),
  );
});

test('benjaminiHochberg never lowers a p-value and returns an empty array for no tests', () => {
  const p = [0.3, 0.001, 0.04, 0.04, 0.9];
  benjaminiHochberg(p).forEach((adjusted, i) => assert.ok(adjusted >= p[i]));
  assert.equal(benjaminiHochberg([]).length, 0);
});

test('benjaminiHochberg rejects NaN and values outside [0, 1] naming the index', () => {
  assert.throws(
    () => benjaminiHochberg([0.1, NaN]),
    /pValues\[1\] is NaN, expected a p-value in \[0, 1\]/,
  );
  assert.throws(() => benjaminiHochberg([1.5]), /pValues\[0\] is 1.5/);
});
