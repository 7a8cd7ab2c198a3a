import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chiSquareContingency } from '../../src/stats/chi-square-contingency.ts';
import { poolRareCategories } from '../../src/stats/pool-rare-categories.ts';
import { totalVariationDistance } from '../../src/stats/total-variation-distance.ts';
import { assertClose, readVectors } from './assert-close.ts';

interface Case {
  name: string;
  a: number[];
  b: number[];
  pooledA: number[];
  pooledB: number[];
  pooled: number;
  statistic: number;
  pValue: number;
  degreesOfFreedom: number;
  totalVariationDistance: number;
}

for (const c of readVectors<Case>('pooled-chi-square')) {
  test(`the pooled chi-square matches scipy.stats.chi2_contingency on the pooled table: ${c.name}`, () => {
    const pooled = poolRareCategories(c.a, c.b);
    assert.deepEqual(pooled.a, c.pooledA);
    assert.deepEqual(pooled.b, c.pooledB);
    assert.equal(pooled.pooled.length, c.pooled);
    const chi = chiSquareContingency([pooled.a, pooled.b]);
    assert.equal(chi.degreesOfFreedom, c.degreesOfFreedom);
    assertClose(chi.statistic, c.statistic, 'statistic');
    assertClose(chi.pValue, c.pValue, 'pValue');
    assertClose(
      totalVariationDistance(pooled.a, pooled.b),
      c.totalVariationDistance,
      'total variation distance',
    );
  });
}

test('after pooling no kept category expects fewer than 5 cells in either row', () => {
  const a = [900, 80, 4, 4, 3, 2, 2, 1, 1, 1, 1, 1];
  const b = [90, 12, 1, 0, 1, 0, 1, 2, 0, 0, 1, 1];
  const pooled = poolRareCategories(a, b);
  const totalA = pooled.a.reduce((s, x) => s + x, 0);
  const totalB = pooled.b.reduce((s, x) => s + x, 0);
  const total = totalA + totalB;
  pooled.a.forEach((x, j) => {
    const expected = ((x + pooled.b[j]) * Math.min(totalA, totalB)) / total;
    assert.ok(expected >= 5, `column ${j} expects ${expected}`);
  });
  assert.deepEqual(
    pooled.members.flat().sort((x, y) => x - y),
    a.map((_, j) => j),
  );
});

test('a table with nothing rare is left as it is', () => {
  const pooled = poolRareCategories([50, 60, 70], [55, 65, 60]);
  assert.deepEqual(pooled, {
    a: [50, 60, 70],
    b: [55, 65, 60],
    members: [[0], [1], [2]],
    pooled: [],
  });
});
