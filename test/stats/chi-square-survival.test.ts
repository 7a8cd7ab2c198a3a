import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chiSquareSurvival } from '../../src/stats/chi-square-survival.ts';
import { assertClose, readVectors } from './assert-close.ts';

interface SurvivalCase {
  x: number;
  k: number;
  p: number;
}

test('chiSquareSurvival matches scipy.stats.chi2.sf from p = 1e-300 to 1 and k from 1 to 4999', () => {
  const cases = readVectors<SurvivalCase>('chi-square-survival');
  assert.ok(cases.length > 250);
  for (const { x, k, p } of cases) assertClose(chiSquareSurvival(x, k), p, `sf(${x}; ${k})`);
});

test('chiSquareSurvival at the 5% critical value of one degree of freedom is 0.05, the documented example', () => {
  assert.equal(chiSquareSurvival(3.8414588206941285, 1), 0.05000000000000004);
});

test('chiSquareSurvival is 1 for x <= 0, as SciPy', () => {
  assert.equal(chiSquareSurvival(0, 4), 1);
  assert.equal(chiSquareSurvival(-3, 4), 1);
});

test('chiSquareSurvival rejects NaN statistics and non-positive degrees of freedom', () => {
  assert.throws(() => chiSquareSurvival(NaN, 2), /x must be a number, got NaN/);
  assert.throws(
    () => chiSquareSurvival(1, 0),
    /degrees of freedom k must be a positive finite number, got 0/,
  );
});
